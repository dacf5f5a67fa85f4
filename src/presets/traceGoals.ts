/**
 * Goal traces: the suggested traces of a preset that carry an `expect`, answered for
 * the document as it is now (docs/presets.md "Suggested traces"). The banner marks each
 * ✓ or ✗ as the learner edits, and a challenge is solved only when every goal is met,
 * so a challenge about reachability (a database open to the internet, a response a
 * NACL drops) is judged by the trace answer itself, not only by the validator. Pure:
 * no React, no store.
 */
import { differsOnlyInGeometry } from '../domain/document/geometryOnly';
import type { Diagram, PresetTrace } from '../domain/document/types';
import type { TraceExpectation } from '../domain/trace';
import { meetsExpectation, trace, TraceQuestionError } from '../domain/trace';

/**
 * `unanswerable` when the question no longer fits the document (its source or
 * destination was deleted): such a goal is not met.
 */
export type GoalState = 'met' | 'unmet' | 'unanswerable';

export interface TraceGoal {
  /** Index of the trace in `preset.traces`. */
  readonly index: number;
  readonly expect: TraceExpectation;
  readonly state: GoalState;
}

/** Does the answer say what `expect` says? `stopped`: the question's threat is stopped on the way. */

/** The state of one suggested trace as a goal; undefined when it has no `expect`. */
export function goalStatus(doc: Diagram, suggested: PresetTrace): GoalState | undefined {
  if (!suggested.expect) return undefined;
  try {
    return meetsExpectation(trace(doc, suggested.question), suggested.expect) ? 'met' : 'unmet';
  } catch (e) {
    if (e instanceof TraceQuestionError) return 'unanswerable';
    throw e;
  }
}

/** Every goal among `traces`, in their order. */
export function traceGoals(
  doc: Diagram,
  traces: readonly PresetTrace[] | undefined,
): readonly TraceGoal[] {
  const goals: TraceGoal[] = [];
  (traces ?? []).forEach((suggested, index) => {
    const state = goalStatus(doc, suggested);
    if (state && suggested.expect) goals.push({ index, expect: suggested.expect, state });
  });
  return goals;
}

/**
 * `traceGoals` that answers again only when something a trace reads has changed: a
 * drag or a layout (geometry only) returns the previous goals, the same array, so a
 * subscriber sees no change and nothing is traced while nodes move.
 */
export function goalTracker(): (
  doc: Diagram,
  traces: readonly PresetTrace[] | undefined,
) => readonly TraceGoal[] {
  let last:
    | { doc: Diagram; traces: readonly PresetTrace[] | undefined; goals: readonly TraceGoal[] }
    | undefined;
  return (doc, traces) => {
    const prev = last;
    const stillValid =
      prev !== undefined &&
      prev.traces === traces &&
      (prev.doc === doc || differsOnlyInGeometry(prev.doc, doc));
    // Keep the newest document, so the next comparison is against what is on screen.
    last = { doc, traces, goals: stillValid ? prev.goals : traceGoals(doc, traces) };
    return last.goals;
  };
}
