/**
 * The "Trace traffic" tool's side panel: the question, the answer hop by hop and the
 * exposure map. While it is focused, ← and → step through the hops.
 */
import type { KeyboardEvent } from 'react';
import { isTypingTarget } from '../../canvas/shortcuts';
import { traceStore, useTrace } from '../../store/trace';
import { CloseButton } from '../CloseButton';
import { useT } from '../useT';
import { ExposureList } from './ExposureList';
import { TraceAnswer } from './TraceAnswer';
import { TraceForm } from './TraceForm';
import './trace.css';

export const TRACE_PANEL_ID = 'asp-trace-panel';

function onKeyDown(e: KeyboardEvent) {
  if (isTypingTarget(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
  const { result, step, setStep } = traceStore.getState();
  if (!result || result.hops.length === 0) return;
  if (e.key === 'ArrowRight') setStep(step === null ? 0 : step + 1);
  else if (e.key === 'ArrowLeft') setStep(step === null ? result.hops.length - 1 : step - 1);
  else return;
  e.preventDefault();
}

function PickingNote() {
  const t = useT();
  const picking = useTrace((s) => s.picking);
  if (!picking) return null;
  return (
    <p className="asp-trace__picking" role="status" data-testid="trace-picking">
      {t(`trace.picking.${picking}`)}{' '}
      <button
        type="button"
        className="asp-button asp-button--small"
        onClick={() => traceStore.getState().startPicking(null)}
      >
        {t('trace.picking.cancel')}
      </button>
    </p>
  );
}

export function TracePanel() {
  const t = useT();
  const open = useTrace((s) => s.open);
  if (!open) return null;
  return (
    <aside
      id={TRACE_PANEL_ID}
      className="asp-trace"
      data-testid="trace-panel"
      aria-labelledby={`${TRACE_PANEL_ID}-title`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="asp-trace__section-head">
        <h2 id={`${TRACE_PANEL_ID}-title`} className="asp-panel-title">
          {t('trace.title')}
        </h2>
        <CloseButton
          label={t('trace.close')}
          testId="trace-close"
          onClick={() => traceStore.getState().close()}
        />
      </div>
      <PickingNote />
      <TraceForm />
      <TraceAnswer />
      <ExposureList />
    </aside>
  );
}
