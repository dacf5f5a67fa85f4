/**
 * Where a learner stands in a challenge, from the live findings and goal traces: how
 * many errors are left, which error the next hint reveals, which revealed hints are
 * fixed, and whether it is solved (no error left and every goal trace met). Pure.
 */
import { findingKey } from '../domain/rules/engine';
import type { Finding } from '../domain/rules/types';
import type { RevealedHint } from '../store/challenge';
import type { TraceGoal } from './traceGoals';

export interface ChallengeProgress {
  errorsLeft: number;
  /** The first error (validator order) not revealed yet; undefined when none is left. */
  nextHint: RevealedHint | undefined;
  /** Keys of revealed hints whose finding is gone. */
  fixed: ReadonlySet<string>;
  /** Goal traces (suggested traces with `expect`) that do not answer as expected yet. */
  goalsLeft: number;
  solved: boolean;
}

export function challengeProgress(
  findings: readonly Finding[],
  revealed: readonly RevealedHint[],
  goals: readonly TraceGoal[] = [],
): ChallengeProgress {
  const errors = findings.filter((f) => f.severity === 'error');
  const openKeys = new Set(errors.map(findingKey));
  const revealedKeys = new Set(revealed.map((r) => r.key));
  const next = errors.find((f) => !revealedKeys.has(findingKey(f)));
  const goalsLeft = goals.filter((g) => g.state !== 'met').length;
  return {
    errorsLeft: errors.length,
    nextHint: next && { key: findingKey(next), message: next.message, nodes: next.nodes },
    fixed: new Set(revealed.filter((r) => !openKeys.has(r.key)).map((r) => r.key)),
    goalsLeft,
    solved: errors.length === 0 && goalsLeft === 0,
  };
}
