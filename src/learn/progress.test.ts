import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../store/testStorage';
import { PROGRESS_KEY, createProgressStore } from './progress';

const NOW = new Date('2026-03-04T05:06:07.000Z');

describe('the progress store', () => {
  it('records solves, hints and rules, and keeps them across visits', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage, () => NOW);
    store.getState().noteHint('c1', 1);
    store.getState().noteHint('c1', 2);
    store.getState().markSolved('c1', 2);
    store.getState().noteRules(['NET-01', 'NET-01', 'WAF-02']);

    const again = createProgressStore(storage).getState();
    expect(again.solved).toEqual({ c1: { hints: 2, at: NOW.toISOString() } });
    expect(again.hintsUsed).toEqual({ c1: 2 });
    expect(again.rulesMet).toEqual(['NET-01', 'WAF-02']);
  });

  it('writes only when something changed', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage, () => NOW);
    store.getState().noteRules(['NET-01']);
    const writes = storage.writes;
    store.getState().noteRules(['NET-01']);
    store.getState().noteHint('c1', 0);
    expect(storage.writes).toBe(writes);
  });

  it('resets everything, in memory and in storage', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage, () => NOW);
    store.getState().markSolved('c1', 0);
    store.getState().resetProgress();
    expect(store.getState().solved).toEqual({});
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(createProgressStore(storage).getState().solved).toEqual({});
  });

  it('ignores a corrupt or foreign stored value', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"solved": {"c1": true}, "rulesMet": "NET-01"');
    const store = createProgressStore(storage, () => NOW);
    expect(store.getState().solved).toEqual({});
    store.getState().markSolved('c1', 1);
    expect(createProgressStore(storage).getState().solved).toEqual({
      c1: { hints: 1, at: NOW.toISOString() },
    });
  });

  it('works in memory when storage is missing, throws or is full', () => {
    const memoryOnly = createProgressStore(undefined, () => NOW);
    memoryOnly.getState().markSolved('c1', 0);
    expect(memoryOnly.getState().solved.c1?.hints).toBe(0);

    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => null,
      length: 0,
    };
    const refused = createProgressStore(throwing, () => NOW);
    refused.getState().noteRules(['NET-01']);
    refused.getState().resetProgress();
    expect(refused.getState().rulesMet).toEqual([]);

    const full = new MemoryStorage();
    full.full = true;
    const store = createProgressStore(full, () => NOW);
    store.getState().noteHint('c1', 3);
    expect(store.getState().hintsUsed).toEqual({ c1: 3 });
  });
});
