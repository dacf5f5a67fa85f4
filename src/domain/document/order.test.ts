import { describe, expect, it } from 'vitest';
import { isParentsFirst, sortParentsFirst } from './order';

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('sortParentsFirst', () => {
  it('keeps an order that already has parents first', () => {
    const nodes = [
      { id: 'vpc' },
      { id: 'sub', parent: 'vpc' },
      { id: 'ec2', parent: 'sub' },
      { id: 'waf' },
    ];
    expect(ids(sortParentsFirst(nodes))).toEqual(['vpc', 'sub', 'ec2', 'waf']);
  });

  it('moves a child right after its parent and keeps the rest in order', () => {
    const nodes = [
      { id: 'ec2', parent: 'sub' },
      { id: 'waf' },
      { id: 'sub', parent: 'vpc' },
      { id: 'rds', parent: 'sub' },
      { id: 'vpc' },
      { id: 's3' },
    ];
    expect(ids(sortParentsFirst(nodes))).toEqual(['waf', 'vpc', 'sub', 'ec2', 'rds', 's3']);
  });

  it('treats a node whose parent is not listed as top level', () => {
    expect(ids(sortParentsFirst([{ id: 'a', parent: 'gone' }, { id: 'b' }]))).toEqual(['a', 'b']);
  });

  it('keeps nodes caught in a cycle, at the end', () => {
    const nodes = [{ id: 'a', parent: 'b' }, { id: 'c' }, { id: 'b', parent: 'a' }];
    expect(ids(sortParentsFirst(nodes))).toEqual(['c', 'a', 'b']);
  });

  it('handles a very deep chain without recursion', () => {
    const depth = 20000;
    const nodes = Array.from({ length: depth }, (_, k) => ({
      id: `n${k}`,
      ...(k > 0 ? { parent: `n${k - 1}` } : {}),
    })).reverse();
    const sorted = sortParentsFirst(nodes);
    expect(sorted[0].id).toBe('n0');
    expect(sorted[depth - 1].id).toBe(`n${depth - 1}`);
  });

  it('returns a new array and leaves the input alone', () => {
    const nodes = [{ id: 'b', parent: 'a' }, { id: 'a' }];
    const sorted = sortParentsFirst(nodes);
    expect(sorted).not.toBe(nodes);
    expect(ids(nodes)).toEqual(['b', 'a']);
  });
});

describe('isParentsFirst', () => {
  it('is true exactly for the orders sortParentsFirst keeps', () => {
    expect(isParentsFirst([{ id: 'vpc' }, { id: 'sub', parent: 'vpc' }, { id: 'waf' }])).toBe(true);
    expect(isParentsFirst([{ id: 'sub', parent: 'vpc' }, { id: 'vpc' }])).toBe(false);
    expect(isParentsFirst([{ id: 'a', parent: 'gone' }])).toBe(true);
    expect(isParentsFirst([])).toBe(true);
  });
});
