/**
 * A text field that edits a draft and commits it as ONE document change when the user
 * presses Enter or leaves the field (never per keystroke, so undo reverts a whole edit).
 * Escape reverts. An invalid draft stays in the field with its message and is never
 * committed. While not being edited the field shows the document's value, so undo and
 * redo show through; with `validateStored`, a stored value the check refuses (a file
 * written by hand, kept by import with a warning) is marked invalid with its message.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n';
import type { Checked } from './ruleValidation';
import { useT } from '../useT';

export interface DraftInputProps<T> {
  value: string;
  /** Receives the checked value; called only when its text differs from `value`. */
  onCommit: (value: T) => void;
  /** Returns the value to commit, or the message key saying what is wrong. */
  check: (text: string) => Checked<T>;
  /** Visible label; `hiddenLabel` keeps it for screen readers only (table cells). */
  label: string;
  hiddenLabel?: boolean;
  testId?: string;
  placeholder?: string;
  list?: string;
  className?: string;
  /** Also mark the document's own value when `check` refuses it. */
  validateStored?: boolean;
}

/** Text that needs no check (labels, titles). */
export const anyText = (text: string): Checked<string> => ({ ok: true, value: text });

export function DraftInput<T>({
  value,
  onCommit,
  check,
  label,
  hiddenLabel,
  testId,
  placeholder,
  list,
  className,
  validateStored,
}: DraftInputProps<T>) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // The message key, so that the message follows a language switch.
  const [error, setError] = useState<MessageKey | null>(null);
  // The latest pending edit, so that a field removed mid-edit (selection changed by the
  // keyboard) still saves it; kept in a ref because the cleanup outlives the render.
  const pending = useRef<{ draft: string | null; commit: (text: string) => boolean }>({
    draft: null,
    commit: () => true,
  });

  const commit = (text: string): boolean => {
    if (text === value) return true;
    const checked = check(text);
    if (!checked.ok) {
      setError(checked.error);
      return false;
    }
    if (String(checked.value) !== value) onCommit(checked.value);
    return true;
  };
  pending.current.commit = commit;

  const finish = () => {
    if (draft === null) return;
    if (commit(draft)) {
      setDraft(null);
      setError(null);
      pending.current.draft = null;
    }
  };

  useEffect(() => {
    const state = pending.current;
    return () => {
      if (state.draft !== null) state.commit(state.draft);
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      finish();
    } else if (e.key === 'Escape' && draft !== null) {
      // Revert only; the Escape does not reach the canvas (which would clear the selection).
      e.stopPropagation();
      setDraft(null);
      setError(null);
      pending.current.draft = null;
    }
  };

  const errorId = `${id}-error`;
  const stored = validateStored && draft === null && value !== '' ? check(value) : undefined;
  const storedError = stored && !stored.ok ? stored.error : null;
  const shown = error ?? storedError;
  return (
    <div className={`asp-field ${className ?? ''}`}>
      <label htmlFor={id} className={hiddenLabel ? 'asp-sr-only' : 'asp-field__label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="asp-input"
        data-testid={testId}
        value={draft ?? value}
        placeholder={placeholder}
        list={list}
        spellCheck={false}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? errorId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          pending.current.draft = e.target.value;
          if (error) setError(null);
        }}
        onBlur={finish}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <p
          id={errorId}
          className="asp-field__error"
          // Announced when an edit is refused; a stored value is read with its field.
          role={error ? 'alert' : undefined}
          data-testid={testId && `${testId}-error`}
        >
          {t(shown)}
        </p>
      )}
    </div>
  );
}
