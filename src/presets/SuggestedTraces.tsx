/**
 * The preset's suggested traces ("Try a trace"): one button each, opening the trace
 * tool prefilled with the question and running it at once. Shown while the learner
 * works, so a challenge's goal traces can be read before it is solved. Fields the
 * question leaves out take the tool's defaults, not what the last trace left behind.
 */
import type { PresetTrace } from '../domain/document/types';
import { pick } from '../i18n';
import { useLang, useT } from '../panels/useT';
import { DEFAULT_DRAFT, traceStore } from '../store/trace';

export function SuggestedTraces({ traces }: { traces: readonly PresetTrace[] | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!traces || traces.length === 0) return null;
  return (
    <div className="asp-preset-banner__traces" data-testid="preset-traces">
      <h3>{t('presets.traces.title')}</h3>
      {traces.map((trace, k) => (
        <button
          key={k}
          type="button"
          className="asp-preset-banner__trace"
          data-testid="preset-trace"
          onClick={() =>
            traceStore.getState().openTool({ ...DEFAULT_DRAFT, ...trace.question }, true)
          }
        >
          {t('presets.traces.button', { label: pick(lang, trace.label) })}
        </button>
      ))}
    </div>
  );
}
