/**
 * Whether the learner solved a challenge (and with how many hints), as a small tag: the
 * gallery's cards and the study path show it. `data-solved` is for tests.
 */
import { useT } from '../panels/useT';
import { solvedOf } from '../domain/learn/progress';
import { useProgress } from './progress';

export function ChallengeStatus({ presetId }: { presetId: string }) {
  const t = useT();
  const solved = useProgress((s) => solvedOf(s, presetId));
  if (!solved)
    return (
      <span className="asp-preset-tag" data-testid="challenge-status" data-solved="false">
        {t('progress.unsolved')}
      </span>
    );
  return (
    <span
      className="asp-preset-tag asp-preset-tag--fixed"
      data-testid="challenge-status"
      data-solved="true"
      data-hints={solved.hints}
      title={t('progress.solvedTitle', { count: solved.hints })}
    >
      <span aria-hidden="true">✓ </span>
      {t('progress.solved')} · {t('progress.hints', { count: solved.hints })}
    </span>
  );
}
