/**
 * The small × button that closes, dismisses or removes something (dialogs, notices,
 * the preset card, a rule row). Its label is both the accessible name and the tooltip,
 * since the glyph alone says nothing to a screen reader.
 */
import type { Ref } from 'react';

export function CloseButton(props: {
  label: string;
  testId: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={props.ref}
      type="button"
      className="asp-icon-button"
      data-testid={props.testId}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      ×
    </button>
  );
}
