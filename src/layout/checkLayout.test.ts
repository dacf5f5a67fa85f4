import { describe, expect, it } from 'vitest';
import { checkLayout } from './checkLayout';
import { diagram, node } from './testDiagrams';

function placed(
  id: string,
  kind: Parameters<typeof node>[1],
  x: number,
  y: number,
  parent?: string,
  size?: { width: number; height: number },
) {
  return { ...node(id, kind, parent), position: { x, y }, ...(size ? { size } : {}) };
}

describe('checkLayout', () => {
  it('accepts a tidy layout', () => {
    const doc = diagram([
      placed('vpc', 'vpc', 0, 0, undefined, { width: 300, height: 200 }),
      placed('a', 'ec2', 20, 44, 'vpc'),
      placed('b', 'ec2', 140, 44, 'vpc'),
      placed('c', 's3', 400, 0),
    ]);
    expect(checkLayout(doc)).toEqual([]);
  });

  it('reports overlapping siblings, but not a child over its parent', () => {
    const doc = diagram([
      placed('vpc', 'vpc', 0, 0, undefined, { width: 300, height: 200 }),
      placed('a', 'ec2', 20, 44, 'vpc'),
      placed('b', 'ec2', 100, 100, 'vpc'), // overlaps a (LEAF_SIZE 96×88)
      placed('c', 's3', 250, 150), // overlaps the VPC at top level
    ]);
    expect(checkLayout(doc)).toEqual([
      { type: 'overlap', nodes: ['vpc', 'c'] },
      { type: 'overlap', nodes: ['a', 'b'] },
    ]);
  });

  it('reports children outside their parent and nodes without a position', () => {
    const doc = diagram([
      placed('vpc', 'vpc', 0, 0, undefined, { width: 300, height: 200 }),
      placed('a', 'ec2', 250, 44, 'vpc'),
      placed('b', 'ec2', -1, 44, 'vpc'),
      node('lost', 'ec2', 'vpc'),
    ]);
    expect(checkLayout(doc)).toEqual([
      { type: 'unplaced', node: 'lost' },
      { type: 'outside', node: 'a', parent: 'vpc' },
      { type: 'outside', node: 'b', parent: 'vpc' },
    ]);
  });

  it('uses the kind default size for a container without one', () => {
    // vpc default size is 780×540: a child at x=700 sticks out on the right
    const doc = diagram([placed('vpc', 'vpc', 0, 0), placed('a', 'ec2', 700, 44, 'vpc')]);
    expect(checkLayout(doc)).toEqual([{ type: 'outside', node: 'a', parent: 'vpc' }]);
  });
});
