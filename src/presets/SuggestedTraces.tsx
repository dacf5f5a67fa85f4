/**
 * The preset's suggested traces ("Try a trace"): one button each, opening the trace
 * tool prefilled with the question and running it at once. Shown while the learner
 * works, so a challenge's goal traces can be read before it is solved. Fields the
 * question leaves out take the tool's defaults, not what the last trace left behind.
 * A trace with `expect` is a goal: its mark (✓ or ✗) follows the live document.
 */
import type { PresetTrace } from '../domain/document/types';
import { pick } from '../i18n';
import type { MessageKey } from '../i18n';
import { useLang, useT } from '../panels/useT';
import { DEFAULT_DRAFT, traceStore } from '../store/trace';
import type { TraceExpectation } from '../domain/trace';
import type { GoalState, TraceGoal } from './traceGoals';

const EXPECT_TEXT: Record<TraceExpectation, MessageKey> = {
  reachable: 'presets.traces.goal.reachable',
  unreachable: 'presets.traces.goal.unreachable',
  stopped: 'presets.traces.goal.stopped',
};

const STATE_TEXT: Record<GoalState, MessageKey> = {
  met: 'presets.traces.state.met',
  unmet: 'presets.traces.state.unmet',
  unanswerable: 'presets.traces.state.unanswerable',
};

function GoalMark({ goal }: { goal: TraceGoal }) {
  const t = useT();
  const met = goal.state === 'met';
  return (
    <span
      className={`asp-preset-banner__goal asp-preset-banner__goal--${met ? 'met' : 'unmet'}`}
      data-testid="preset-trace-goal"
      data-state={goal.state}
      title={t(STATE_TEXT[goal.state])}
    >
      <span aria-hidden="true">{met ? '✓' : '✗'}</span> {t(EXPECT_TEXT[goal.expect])}
      <span className="asp-sr-only"> ({t(STATE_TEXT[goal.state])})</span>
    </span>
  );
}

export function SuggestedTraces({
  traces,
  goals = [],
}: {
  traces: readonly PresetTrace[] | undefined;
  goals?: readonly TraceGoal[];
}) {
  const t = useT();
  const lang = useLang();
  if (!traces || traces.length === 0) return null;
  return (
    <div className="asp-preset-banner__traces" data-testid="preset-traces">
      <h3>{t('presets.traces.title')}</h3>
      <ul>
        {traces.map((trace, k) => {
          const goal = goals.find((g) => g.index === k);
          return (
            <li key={k} data-testid="preset-trace-item">
              <button
                type="button"
                className="asp-preset-banner__trace"
                data-testid="preset-trace"
                onClick={() =>
                  traceStore.getState().openTool({ ...DEFAULT_DRAFT, ...trace.question }, true)
                }
              >
                {t('presets.traces.button', { label: pick(lang, trace.label) })}
              </button>
              {goal && <GoalMark goal={goal} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
