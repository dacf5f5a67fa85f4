import { describe, expect, it } from 'vitest';
import { selectionAfter } from './selectionChanges';

describe('selectionAfter', () => {
  it('adds and removes ids, keeping the order of the rest', () => {
    const next = selectionAfter(
      ['a', 'b', 'c'],
      [
        { type: 'select', id: 'b', selected: false },
        { type: 'select', id: 'd', selected: true },
      ],
    );
    expect(next).toEqual(['a', 'c', 'd']);
  });

  it('returns the same array when nothing changes, so the store does not re-render', () => {
    const current = ['a'];
    expect(
      selectionAfter(current, [
        { type: 'select', id: 'a', selected: true },
        { type: 'select', id: 'z', selected: false },
        { type: 'position', id: 'a', position: { x: 1, y: 1 } },
      ]),
    ).toBe(current);
  });
});
