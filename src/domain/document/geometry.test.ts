import { describe, expect, it } from 'vitest';
import {
  absolutePosition,
  absoluteRect,
  deepestContainerAt,
  boundsOf,
  contains,
  diagramBounds,
  nodeSize,
  wouldCreateCycle,
} from './geometry';
import { diagram, nested, node } from '../commands/testing';
import { LEAF_SIZE, sizeOfKind } from '../kinds/catalogue';

describe('nodeSize', () => {
  it('is the container’s own size, else its kind’s default', () => {
    expect(nodeSize(node('v', 'vpc', { size: { width: 10, height: 20 } }))).toEqual({
      width: 10,
      height: 20,
    });
    expect(nodeSize(node('v', 'vpc'))).toEqual(sizeOfKind('vpc'));
  });

  it('is LEAF_SIZE for a leaf, whatever it says', () => {
    expect(nodeSize(node('e', 'ec2', { size: { width: 500, height: 500 } }))).toEqual(LEAF_SIZE);
  });
});

describe('absolutePosition and absoluteRect', () => {
  it('adds up the parents’ positions', () => {
    expect(absolutePosition(nested(), 'ec2-1')).toEqual({ x: 125, y: 135 });
    expect(absolutePosition(nested(), 'vpc-1')).toEqual({ x: 100, y: 100 });
  });

  it('treats a missing position as the parent’s origin, and an unknown id as the canvas origin', () => {
    const doc = diagram([
      node('v', 'vpc', { position: { x: 7, y: 8 } }),
      { ...node('e', 'ec2', { parent: 'v' }), position: undefined },
    ]);
    expect(absolutePosition(doc, 'e')).toEqual({ x: 7, y: 8 });
    expect(absolutePosition(doc, 'nope')).toEqual({ x: 0, y: 0 });
  });

  it('survives a parent cycle', () => {
    const doc = diagram([
      node('a', 'vpc', { parent: 'b', position: { x: 1, y: 1 } }),
      node('b', 'vpc', { parent: 'a', position: { x: 2, y: 2 } }),
    ]);
    expect(absolutePosition(doc, 'a')).toEqual({ x: 3, y: 3 });
  });

  it('gives the rectangle on the canvas', () => {
    expect(absoluteRect(nested(), 'sub-1')).toEqual({ x: 120, y: 130, width: 300, height: 200 });
    expect(absoluteRect(nested(), 'ec2-1')).toEqual({ x: 125, y: 135, ...LEAF_SIZE });
  });
});

describe('deepestContainerAt', () => {
  it('finds the deepest container under the point', () => {
    expect(deepestContainerAt(nested(), { x: 130, y: 140 })).toBe('sub-1');
    expect(deepestContainerAt(nested(), { x: 650, y: 450 })).toBe('vpc-1');
    expect(deepestContainerAt(nested(), { x: 10, y: 10 })).toBeUndefined();
  });

  it('never answers a leaf', () => {
    expect(deepestContainerAt(nested(), { x: 910, y: 10 })).toBeUndefined();
  });

  it('leaves out the excluded nodes and everything inside them', () => {
    expect(deepestContainerAt(nested(), { x: 130, y: 140 }, new Set(['sub-1']))).toBe('vpc-1');
    expect(deepestContainerAt(nested(), { x: 130, y: 140 }, new Set(['vpc-1']))).toBeUndefined();
  });

  it('prefers the one drawn on top among equally deep ones', () => {
    const doc = diagram([
      node('a', 'vpc', { size: { width: 100, height: 100 } }),
      node('b', 'vpc', { position: { x: 50, y: 50 }, size: { width: 100, height: 100 } }),
    ]);
    expect(deepestContainerAt(doc, { x: 60, y: 60 })).toBe('b');
  });
});

describe('wouldCreateCycle', () => {
  it('is true for the node itself or anything inside it', () => {
    expect(wouldCreateCycle(nested(), 'vpc-1', 'vpc-1')).toBe(true);
    expect(wouldCreateCycle(nested(), 'vpc-1', 'sub-1')).toBe(true);
    expect(wouldCreateCycle(nested(), 'vpc-1', 'ec2-1')).toBe(true);
  });

  it('is false for other parents and for top level', () => {
    expect(wouldCreateCycle(nested(), 'sub-1', 'vpc-1')).toBe(false);
    expect(wouldCreateCycle(nested(), 'ec2-1', 'vpc-1')).toBe(false);
    expect(wouldCreateCycle(nested(), 'vpc-1', null)).toBe(false);
  });
});

describe('diagramBounds', () => {
  it('surrounds every node', () => {
    expect(diagramBounds(nested())).toEqual({
      x: 100,
      y: 0,
      width: 900 + LEAF_SIZE.width - 100,
      height: 500,
    });
  });

  it('is empty for an empty diagram', () => {
    expect(diagramBounds(diagram([]))).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('boundsOf', () => {
  it('bounds every rect, and is null for none', () => {
    expect(
      boundsOf([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: -5, y: 20, width: 5, height: 5 },
      ]),
    ).toEqual({ x: -5, y: 0, width: 15, height: 25 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('contains', () => {
  it('holds the points of a rectangle, its edges included, and no other', () => {
    const rect = { x: 10, y: 10, width: 20, height: 5 };
    expect(contains(rect, { x: 10, y: 15 })).toBe(true);
    expect(contains(rect, { x: 20, y: 12 })).toBe(true);
    expect(contains(rect, { x: 31, y: 12 })).toBe(false);
    expect(contains(rect, { x: 20, y: 9 })).toBe(false);
  });
});
