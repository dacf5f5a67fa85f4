import { describe, expect, it } from 'vitest';
import { findingKey } from '../domain/rules/engine';
import type { Finding } from '../domain/rules/types';
import { challengeProgress } from './challengeProgress';
import type { TraceGoal } from './traceGoals';

function finding(rule: string, severity: Finding['severity'], node: string): Finding {
  return {
    rule,
    severity,
    nodes: [node],
    message: { en: `${rule} ${node}`, ja: `${rule} ${node}` },
  };
}

const A = finding('PLC-01', 'error', 'a');
const B = finding('WAF-01', 'error', 'b');
const W = finding('GD-01', 'warning', 'c');
const hintOf = (f: Finding) => ({ key: findingKey(f), message: f.message, nodes: f.nodes });

describe('challengeProgress', () => {
  it('counts errors only and hints the first error not revealed yet', () => {
    const start = challengeProgress([A, B, W], []);
    expect(start.errorsLeft).toBe(2);
    expect(start.solved).toBe(false);
    expect(start.nextHint?.message.en).toBe('PLC-01 a');
    expect(challengeProgress([A, B, W], [hintOf(A)]).nextHint?.message.en).toBe('WAF-01 b');
    expect(challengeProgress([A, B, W], [hintOf(A), hintOf(B)]).nextHint).toBeUndefined();
  });

  it('marks a revealed hint fixed once its finding is gone, and is solved with no error left', () => {
    const partly = challengeProgress([B, W], [hintOf(A)]);
    expect([...partly.fixed]).toEqual([findingKey(A)]);
    expect(partly.errorsLeft).toBe(1);
    const done = challengeProgress([W], [hintOf(A)]);
    expect(done.solved).toBe(true);
    expect(done.nextHint).toBeUndefined();
  });

  it('is not solved while a goal trace is unmet, even with no error left', () => {
    const goal = (state: TraceGoal['state']): TraceGoal => ({
      index: 0,
      expect: 'unreachable',
      state,
    });
    const open = challengeProgress([W], [], [goal('unmet')]);
    expect(open.errorsLeft).toBe(0);
    expect(open.goalsLeft).toBe(1);
    expect(open.solved).toBe(false);
    expect(challengeProgress([W], [], [goal('unanswerable')]).solved).toBe(false);
    expect(challengeProgress([A], [], [goal('met')]).solved).toBe(false);
    const done = challengeProgress([W], [], [goal('met')]);
    expect(done.goalsLeft).toBe(0);
    expect(done.solved).toBe(true);
  });
});
