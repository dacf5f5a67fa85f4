/**
 * The frame every dialog of the app shares: a backdrop that closes on click, a
 * `role="dialog"` box labelled by its heading, and a close button (×) in the head.
 * Focus and keys stay with each dialog, which knows what should take focus first.
 */
import type { ReactNode, RefObject } from 'react';
import { CloseButton } from './CloseButton';

export interface ModalProps {
  /** Id of the heading, for `aria-labelledby`. */
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** Test id of the dialog; its close button gets `${testId}-close`. */
  testId: string;
  className?: string;
  dialogRef?: RefObject<HTMLDivElement | null>;
  closeRef?: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

export function Modal(props: ModalProps) {
  const { titleId, title, closeLabel, onClose, testId, className, dialogRef, closeRef } = props;
  return (
    <div className="asp-modal-backdrop" onClick={onClose}>
      <div
        ref={dialogRef}
        className={className ? `asp-modal ${className}` : 'asp-modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="asp-modal__head">
          <h2 id={titleId}>{title}</h2>
          <CloseButton
            ref={closeRef}
            label={closeLabel}
            testId={`${testId}-close`}
            onClick={onClose}
          />
        </div>
        {props.children}
      </div>
    </div>
  );
}
