/**
 * The preset's card over the canvas: for a challenge, the challenge bar (scenario,
 * suggested traces with their goals, "Check my design", errors and goal traces left,
 * hints, and the lesson once solved); for a reference
 * architecture, its scenario and lesson in a card the user can hide.
 */
import { useMemo, useState } from 'react';
import type { PresetInfo } from '../domain/document/types';
import { pick } from '../i18n';
import { useRecordChallenge } from '../learn/useRecordChallenge';
import { CloseButton } from '../panels/CloseButton';
import { useLang, useT } from '../panels/useT';
import { challengeStore, useChallenge } from '../store/challenge';
import { editorStore, useEditor } from '../store/editorStore';
import { useFindings } from '../store/findings';
import { challengeProgress } from './challengeProgress';
import { SuggestedTraces } from './SuggestedTraces';
import { useTraceGoals } from './useTraceGoals';
import './presets.css';

/** What is left to do, announced as it changes; `data-count` is for tests. */
function Counter({ testId, count, children }: { testId: string; count: number; children: string }) {
  return (
    <span
      className="asp-preset-banner__counter"
      data-testid={testId}
      data-count={count}
      aria-live="polite"
    >
      {children}
    </span>
  );
}

function ChallengeBar({ preset }: { preset: PresetInfo }) {
  const t = useT();
  const lang = useLang();
  const checked = useChallenge((s) => s.checked);
  const revealed = useChallenge((s) => s.revealed);
  const findings = useFindings((s) => s.findings);
  const accepted = useFindings((s) => s.accepted);
  const goals = useTraceGoals(preset.traces);
  // Accepting an error (with a reason) is a design choice elsewhere; here it does not solve it.
  const progress = useMemo(
    () => challengeProgress([...findings, ...accepted], revealed, goals),
    [findings, accepted, revealed, goals],
  );
  useRecordChallenge(preset.id, progress.solved);
  const { hint, check, leave } = challengeStore.getState();

  return (
    <section
      className="asp-preset-banner asp-preset-banner--challenge"
      data-testid="challenge-bar"
      aria-labelledby="asp-challenge-title"
    >
      <p className="asp-preset-banner__kicker">{t('presets.challenge.kicker')}</p>
      <h2
        id="asp-challenge-title"
        className="asp-preset-banner__title"
        data-testid="challenge-title"
      >
        {pick(lang, preset.title)}
      </h2>
      <p className="asp-preset-banner__text" data-testid="challenge-scenario">
        {pick(lang, preset.scenario)}
      </p>
      <SuggestedTraces traces={preset.traces} goals={goals} />
      <div className="asp-preset-banner__actions">
        <Counter testId="challenge-errors-left" count={progress.errorsLeft}>
          {t('presets.challenge.errorsLeft', { count: progress.errorsLeft })}
        </Counter>
        {goals.length > 0 && (
          <Counter testId="challenge-goals-left" count={progress.goalsLeft}>
            {t('presets.challenge.goalsLeft', { count: progress.goalsLeft })}
          </Counter>
        )}
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="challenge-check"
          disabled={checked}
          onClick={check}
        >
          {checked ? t('presets.challenge.checked') : t('presets.challenge.check')}
        </button>
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="challenge-hint"
          disabled={!progress.nextHint}
          title={
            progress.nextHint
              ? t('presets.challenge.hintTitle')
              : t('presets.challenge.noMoreHints')
          }
          onClick={() => progress.nextHint && hint(progress.nextHint)}
        >
          {t('presets.challenge.hint')}
        </button>
        <button
          type="button"
          className="asp-button asp-button--small asp-preset-banner__leave"
          data-testid="challenge-leave"
          title={t('presets.challenge.leaveTitle')}
          onClick={leave}
        >
          {t('presets.challenge.leave')}
        </button>
      </div>
      {revealed.length > 0 && (
        <div className="asp-preset-banner__hints">
          <h3>{t('presets.challenge.hints')}</h3>
          <ol data-testid="challenge-hints">
            {revealed.map((r) => {
              const fixed = progress.fixed.has(r.key);
              return (
                <li key={r.key} data-testid="challenge-hint-item" data-fixed={fixed}>
                  <span className={fixed ? 'asp-preset-banner__fixed' : undefined}>
                    {pick(lang, r.message)}
                  </span>
                  {fixed ? (
                    <span className="asp-preset-tag asp-preset-tag--fixed">
                      {t('presets.challenge.hintFixed')}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="asp-button asp-button--small"
                      title={t('presets.challenge.showOnCanvasTitle')}
                      onClick={() => editorStore.getState().focusOn(r.nodes)}
                    >
                      {t('presets.challenge.showOnCanvas')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {progress.solved && (
        <div className="asp-preset-banner__solved" data-testid="challenge-solved" role="status">
          <p className="asp-preset-banner__congrats">
            {t(goals.length > 0 ? 'presets.challenge.solvedWithGoals' : 'presets.challenge.solved')}
          </p>
          <h3>{t('presets.challenge.lesson')}</h3>
          <p data-testid="challenge-lesson">{pick(lang, preset.lesson)}</p>
        </div>
      )}
    </section>
  );
}

function ReferenceCard({ preset, onHide }: { preset: PresetInfo; onHide: () => void }) {
  const t = useT();
  const lang = useLang();
  const goals = useTraceGoals(preset.traces);
  return (
    <section
      className="asp-preset-banner asp-preset-banner--reference"
      data-testid="reference-card"
      aria-labelledby="asp-reference-title"
    >
      <div className="asp-preset-banner__head">
        <p className="asp-preset-banner__kicker">{t('presets.reference.kicker')}</p>
        <CloseButton
          label={t('presets.reference.dismiss')}
          testId="reference-card-hide"
          onClick={onHide}
        />
      </div>
      <h2
        id="asp-reference-title"
        className="asp-preset-banner__title"
        data-testid="reference-title"
      >
        {pick(lang, preset.title)}
      </h2>
      <h3>{t('presets.reference.scenario')}</h3>
      <p className="asp-preset-banner__text" data-testid="reference-scenario">
        {pick(lang, preset.scenario)}
      </p>
      <h3>{t('presets.reference.lesson')}</h3>
      <p className="asp-preset-banner__text" data-testid="reference-lesson">
        {pick(lang, preset.lesson)}
      </p>
      <SuggestedTraces traces={preset.traces} goals={goals} />
    </section>
  );
}

/** What stays of a hidden reference card: a small button that shows it again. */
function ReferenceReopen({ onShow }: { onShow: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="asp-button asp-button--small asp-preset-banner__reopen"
      data-testid="reference-card-show"
      onClick={onShow}
    >
      {t('presets.reference.show')}
    </button>
  );
}

export function PresetBanner() {
  const preset = useEditor((s) => s.doc.preset);
  const challengeId = useChallenge((s) => s.presetId);
  // Hidden per preset block: opening the preset again (a new block) shows it again.
  const [hidden, setHidden] = useState<PresetInfo | undefined>(undefined);
  if (!preset) return null;
  if (preset.mode === 'challenge')
    return challengeId === preset.id ? <ChallengeBar key={preset.id} preset={preset} /> : null;
  if (hidden === preset) return <ReferenceReopen onShow={() => setHidden(undefined)} />;
  return <ReferenceCard preset={preset} onHide={() => setHidden(preset)} />;
}
