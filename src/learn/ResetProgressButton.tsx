/**
 * "Reset progress": forgets the solved challenges, the hints used and the rules met,
 * after the browser's own confirmation (as deleting a diagram for good asks). Disabled
 * while nothing is recorded.
 */
import { useT } from '../panels/useT';
import { editorStore } from '../store/editorStore';
import { progressStore, useProgress } from './progress';

export function ResetProgressButton() {
  const t = useT();
  const empty = useProgress(
    (s) =>
      Object.keys(s.solved).length === 0 &&
      Object.keys(s.hintsUsed).length === 0 &&
      s.rulesMet.length === 0,
  );
  const reset = () => {
    if (!window.confirm(t('progress.resetConfirm'))) return;
    progressStore.getState().resetProgress();
    editorStore.getState().notify({ tone: 'info', text: t('progress.resetDone') });
  };
  return (
    <button
      type="button"
      className="asp-button asp-button--small"
      data-testid="progress-reset"
      title={t('progress.resetTitle')}
      disabled={empty}
      onClick={reset}
    >
      {t('progress.reset')}
    </button>
  );
}
