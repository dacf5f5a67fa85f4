import { describe, expect, it } from 'vitest';
import { catchUpStep } from './catchUp';

interface Item {
  id: string;
  x: number;
  parent?: string;
}

const never = () => false;
const reparented = (a: Item, b: Item) => a.parent !== b.parent;

function items(n: number, x: number): Item[] {
  return Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x }));
}

describe('catchUpStep', () => {
  it('returns the current array itself when nothing changed', () => {
    const current = items(5, 0);
    const step = catchUpStep(current, [...current], 2, never);
    expect(step.items).toBe(current);
    expect(step.done).toBe(true);
  });

  it('applies at most `limit` changes per step, in target order, until done', () => {
    let current = items(5, 0);
    const target = items(5, 1);
    const shownPerStep: number[][] = [];
    for (let steps = 0; steps < 10; steps++) {
      const step = catchUpStep(current, target, 2, never);
      current = step.items;
      shownPerStep.push(current.map((item) => item.x));
      if (step.done) break;
    }
    expect(shownPerStep).toEqual([
      [1, 1, 0, 0, 0],
      [1, 1, 1, 1, 0],
      [1, 1, 1, 1, 1],
    ]);
    expect(current).toEqual(target);
    expect(current.every((item, i) => item === target[i])).toBe(true);
  });

  it('never holds back additions, removals or what mustShow names', () => {
    const current: Item[] = [
      { id: 'a', x: 0 },
      { id: 'b', x: 0 },
      { id: 'gone', x: 0 },
      { id: 'c', x: 0 },
    ];
    const target: Item[] = [
      { id: 'a', x: 1 },
      { id: 'b', x: 1, parent: 'a' },
      { id: 'c', x: 1 },
      { id: 'new', x: 1 },
    ];
    const step = catchUpStep(current, target, 0, reparented);
    expect(step.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'new']);
    expect(step.items[0]).toBe(current[0]); // held back: only moved
    expect(step.items[1]).toBe(target[1]); // re-parented: shown at once
    expect(step.items[2]).toBe(current[3]);
    expect(step.items[3]).toBe(target[3]); // added: shown at once
    expect(step.done).toBe(false);
  });

  it('releases a group whole, even past the limit, and one group at a time after that', () => {
    const current: Item[] = [
      { id: 'a', x: 0 },
      { id: 'a1', x: 0, parent: 'a' },
      { id: 'a2', x: 0, parent: 'a' },
      { id: 'b', x: 0 },
      { id: 'b1', x: 0, parent: 'b' },
    ];
    const target = current.map((item) => ({ ...item, x: 1 }));
    const topLevel = (item: Item) => item.parent ?? item.id;
    const first = catchUpStep(current, target, 1, never, topLevel);
    expect(first.items.map((item) => item.x)).toEqual([1, 1, 1, 0, 0]);
    expect(first.done).toBe(false);
    const second = catchUpStep(first.items, target, 1, never, topLevel);
    expect(second.items).toEqual(target);
    expect(second.done).toBe(true);
  });

  it('is done in one step when the changes fit in the limit', () => {
    const current = items(3, 0);
    const target = items(3, 1);
    const step = catchUpStep(current, target, 3, never);
    expect(step.done).toBe(true);
    expect(step.items).toEqual(target);
  });
});
