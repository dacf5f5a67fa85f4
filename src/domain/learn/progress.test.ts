import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  hintsUsedOf,
  parseProgress,
  serializeProgress,
  solvedOf,
  withHints,
  withRules,
  withSolved,
} from './progress';

const T1 = new Date('2026-01-02T03:04:05.000Z');
const T2 = new Date('2026-02-03T04:05:06.000Z');

describe('parseProgress', () => {
  it('reads back what serializeProgress wrote', () => {
    let p = withSolved(EMPTY_PROGRESS, 'challenge-a', 1, T1);
    p = withHints(p, 'challenge-a', 2);
    p = withRules(p, ['NET-01', 'WAF-02']);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['text that is not JSON', '{"solved": '],
    ['a JSON list', '[1, 2]'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
  ])('gives empty progress for %s', (_name, raw) => {
    expect(parseProgress(raw)).toEqual(EMPTY_PROGRESS);
  });

  it('keeps the entries that fit and leaves out the others', () => {
    const raw = JSON.stringify({
      solved: {
        ok: { hints: 0, at: T1.toISOString() },
        negative: { hints: -1, at: T1.toISOString() },
        fraction: { hints: 1.5, at: T1.toISOString() },
        'bad-time': { hints: 0, at: 'yesterday' },
        text: 'solved',
        ['x'.repeat(300)]: { hints: 0, at: T1.toISOString() },
      },
      hintsUsed: { ok: 3, text: '3', huge: 1e30 },
      rulesMet: ['NET-01', 7, '', 'NET-01', null, 'WAF-02'],
      unknown: true,
    });
    const p = parseProgress(raw);
    expect(Object.keys(p.solved)).toEqual(['ok']);
    expect(p.hintsUsed).toEqual({ ok: 3 });
    expect(p.rulesMet).toEqual(['NET-01', 'WAF-02']);
  });

  it('treats fields of the wrong type as empty', () => {
    const p = parseProgress(JSON.stringify({ solved: [], hintsUsed: 'x', rulesMet: {} }));
    expect(p).toEqual(EMPTY_PROGRESS);
  });

  it('keeps a __proto__ key as a plain entry and never reads inherited ones', () => {
    const raw =
      '{"solved":{"__proto__":{"hints":0,"at":"2026-01-02T03:04:05.000Z"}},"hintsUsed":{}}';
    const p = parseProgress(raw);
    expect(Object.getPrototypeOf(p.solved)).toBe(Object.prototype);
    expect(solvedOf(p, '__proto__')?.hints).toBe(0);
    expect(solvedOf(p, 'constructor')).toBeUndefined();
    expect(solvedOf(p, 'toString')).toBeUndefined();
    expect(hintsUsedOf(p, 'constructor')).toBe(0);
  });
});

describe('updates', () => {
  it('keeps the best solve: fewer hints replace it, more do not', () => {
    const once = withSolved(EMPTY_PROGRESS, 'c', 2, T1);
    expect(solvedOf(once, 'c')).toEqual({ hints: 2, at: T1.toISOString() });
    expect(withSolved(once, 'c', 3, T2)).toBe(once);
    expect(withSolved(once, 'c', 2, T2)).toBe(once);
    expect(solvedOf(withSolved(once, 'c', 0, T2), 'c')).toEqual({ hints: 0, at: T2.toISOString() });
    expect(EMPTY_PROGRESS.solved).toEqual({});
  });

  it('keeps the most hints seen per challenge', () => {
    const two = withHints(EMPTY_PROGRESS, 'c', 2);
    expect(hintsUsedOf(two, 'c')).toBe(2);
    expect(withHints(two, 'c', 1)).toBe(two);
    expect(hintsUsedOf(withHints(two, 'c', 4), 'c')).toBe(4);
    expect(withHints(two, 'c', -1)).toBe(two);
    expect(hintsUsedOf(two, 'other')).toBe(0);
  });

  it('adds only rules not met yet, in the order met', () => {
    const p = withRules(EMPTY_PROGRESS, ['B-01', 'A-01', 'B-01']);
    expect(p.rulesMet).toEqual(['B-01', 'A-01']);
    expect(withRules(p, ['A-01'])).toBe(p);
    expect(withRules(p, ['C-01', '']).rulesMet).toEqual(['B-01', 'A-01', 'C-01']);
  });

  it('ignores ids that no preset could have', () => {
    expect(withSolved(EMPTY_PROGRESS, '', 0, T1)).toBe(EMPTY_PROGRESS);
    expect(withHints(EMPTY_PROGRESS, 'x'.repeat(300), 1)).toBe(EMPTY_PROGRESS);
  });
});
