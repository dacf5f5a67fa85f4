/** The toolbar's findings count ("2 errors · 3 warnings" or "No findings"); a click opens the panel. */
import { useFindings } from '../../store/findings';
import { useTrace } from '../../store/trace';
import { useLang, useT } from '../useT';
import { FINDINGS_PANEL_ID } from './FindingsPanel';
import { countsText } from './findingText';

function focusPanel(): void {
  const panel = document.getElementById(FINDINGS_PANEL_ID);
  if (!panel) return;
  panel.scrollIntoView({ block: 'nearest' });
  panel.focus();
}

export function FindingsSummary() {
  const t = useT();
  const lang = useLang();
  const counts = useFindings((s) => s.counts);
  const hidden = useFindings((s) => s.hidden);
  // The trace panel takes the findings panel's place while open: nothing to point at then.
  const panelShown = !useTrace((s) => s.open);
  const total = counts.error + counts.warning + counts.info;
  const tone = hidden
    ? 'hidden'
    : counts.error
      ? 'error'
      : counts.warning
        ? 'warning'
        : total
          ? 'info'
          : 'ok';
  const text = hidden
    ? t('findings.summary.hidden')
    : total === 0
      ? t('findings.summary.none')
      : countsText(t, lang, counts);
  return (
    <button
      type="button"
      className={`asp-button asp-findings-summary asp-findings-summary--${tone}`}
      data-testid="findings-summary"
      data-tone={tone}
      title={t('findings.summary.title')}
      aria-controls={panelShown ? FINDINGS_PANEL_ID : undefined}
      onClick={focusPanel}
    >
      <span className="asp-findings-summary__dot" aria-hidden="true" />
      {text}
    </button>
  );
}
