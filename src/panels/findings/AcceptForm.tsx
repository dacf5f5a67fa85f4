/** "Accept…": the reason the user gives for keeping a finding; Enter accepts, Escape cancels. */
import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Finding } from '../../domain/rules/types';
import { useT } from '../useT';
import { acceptFinding } from './findingActions';

export function AcceptForm({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const t = useT();
  const inputId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!acceptFinding(finding, reason)) {
      setMissing(true);
      return;
    }
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDone();
  };

  return (
    <form className="asp-finding__accept" onSubmit={submit} data-testid="finding-accept-form">
      <label htmlFor={inputId} className="asp-finding__label">
        {t('findings.accept.reason')}
      </label>
      <input
        id={inputId}
        className="asp-input"
        value={reason}
        autoFocus
        placeholder={t('findings.accept.placeholder')}
        aria-invalid={missing}
        aria-describedby={missing ? `${inputId}-error` : undefined}
        data-testid="finding-accept-reason"
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
        onKeyDown={onKeyDown}
      />
      {missing && (
        <p id={`${inputId}-error`} role="alert" className="asp-finding__error">
          {t('findings.accept.required')}
        </p>
      )}
      <div className="asp-finding__actions">
        <button
          type="submit"
          className="asp-button asp-button--small"
          data-testid="finding-accept-confirm"
        >
          {t('findings.accept.confirm')}
        </button>
        <button type="button" className="asp-button asp-button--small" onClick={onDone}>
          {t('findings.accept.cancel')}
        </button>
      </div>
    </form>
  );
}
