/**
 * A toolbar button that opens a dialog whose code loads on first open (so it stays out
 * of the initial bundle). The dialog is rendered into the body through a portal: inside
 * the toolbar it would inherit the toolbar's colours and stacking.
 */
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function DialogButton(props: {
  label: string;
  title: string;
  testId: string;
  open: boolean;
  onOpen: () => void;
  /** The dialog, usually a `lazy` component. */
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        className="asp-button"
        data-testid={props.testId}
        title={props.title}
        aria-haspopup="dialog"
        onClick={props.onOpen}
      >
        {props.label}
      </button>
      {props.open &&
        createPortal(<Suspense fallback={null}>{props.children}</Suspense>, document.body)}
    </>
  );
}
