import { describe, expect, it } from 'vitest';
import { moveNodes, reparentKeepingScreenPlace, setLayout } from './index';
import { diagram, frozen, nested, node } from './testing';
import { absolutePosition } from '../document/geometry';

const byId = (doc: ReturnType<typeof nested>, id: string) => doc.nodes.find((n) => n.id === id);

describe('moveNodes', () => {
  it('ignores a move to a position that is not finite', () => {
    const doc = nested();
    expect(moveNodes(doc, [{ id: 'ec2-1', position: { x: Infinity, y: 0 } }])).toBe(doc);
  });

  it('moves within the same parent when parent is undefined', () => {
    const doc = moveNodes(nested(), [{ id: 'ec2-1', position: { x: 40, y: 50 } }]);
    expect(byId(doc, 'ec2-1')).toMatchObject({ parent: 'sub-1', position: { x: 40, y: 50 } });
  });

  it('moves to top level with parent null', () => {
    const doc = moveNodes(nested(), [{ id: 'ec2-1', position: { x: 1, y: 1 }, parent: null }]);
    expect(byId(doc, 'ec2-1')).not.toHaveProperty('parent');
  });

  it('reparents into a container and keeps parents first', () => {
    const doc = moveNodes(frozen(diagram([node('waf-1', 'waf'), node('vpc-2', 'vpc')])), [
      { id: 'waf-1', position: { x: 3, y: 4 }, parent: 'vpc-2' },
    ]);
    expect(doc.nodes.map((n) => n.id)).toEqual(['vpc-2', 'waf-1']);
    expect(doc.nodes[1]).toMatchObject({ parent: 'vpc-2', position: { x: 3, y: 4 } });
  });

  it('ignores a move into a leaf, into itself, into a descendant or into nothing', () => {
    const doc = nested();
    expect(moveNodes(doc, [{ id: 'ec2-1', position: { x: 9, y: 9 }, parent: 'waf-1' }])).toBe(doc);
    expect(moveNodes(doc, [{ id: 'vpc-1', position: { x: 9, y: 9 }, parent: 'vpc-1' }])).toBe(doc);
    expect(moveNodes(doc, [{ id: 'vpc-1', position: { x: 9, y: 9 }, parent: 'sub-1' }])).toBe(doc);
    expect(moveNodes(doc, [{ id: 'ec2-1', position: { x: 9, y: 9 }, parent: 'gone' }])).toBe(doc);
  });

  it('applies the valid moves of a batch and skips the refused ones', () => {
    const doc = moveNodes(nested(), [
      { id: 'vpc-1', position: { x: 9, y: 9 }, parent: 'sub-1' },
      { id: 'waf-1', position: { x: 1, y: 2 } },
    ]);
    expect(byId(doc, 'vpc-1')?.position).toEqual({ x: 100, y: 100 });
    expect(byId(doc, 'waf-1')?.position).toEqual({ x: 1, y: 2 });
  });

  it('returns the same doc when nothing moves', () => {
    const doc = nested();
    expect(moveNodes(doc, [{ id: 'ec2-1', position: { x: 5, y: 5 } }])).toBe(doc);
    expect(moveNodes(doc, [{ id: 'missing', position: { x: 5, y: 5 } }])).toBe(doc);
  });
});

describe('reparentKeepingScreenPlace', () => {
  it('keeps the node where it is on screen', () => {
    const before = absolutePosition(nested(), 'ec2-1');
    const toVpc = reparentKeepingScreenPlace(nested(), 'ec2-1', 'vpc-1');
    expect(byId(toVpc, 'ec2-1')).toMatchObject({ parent: 'vpc-1', position: { x: 25, y: 35 } });
    expect(absolutePosition(toVpc, 'ec2-1')).toEqual(before);
    const toTop = reparentKeepingScreenPlace(nested(), 'ec2-1', null);
    expect(byId(toTop, 'ec2-1')?.position).toEqual(before);
  });

  it('returns the same doc for a refused parent', () => {
    const doc = nested();
    expect(reparentKeepingScreenPlace(doc, 'vpc-1', 'sub-1')).toBe(doc);
  });
});

describe('setLayout', () => {
  it('writes positions and container sizes only', () => {
    const base = nested();
    const doc = setLayout(base, {
      'vpc-1': { position: { x: 1, y: 2 }, size: { width: 10, height: 20 } },
      'ec2-1': { position: { x: 3, y: 4 }, size: { width: 99, height: 99 } },
    });
    expect(byId(doc, 'vpc-1')).toMatchObject({
      position: { x: 1, y: 2 },
      size: { width: 10, height: 20 },
    });
    expect(byId(doc, 'ec2-1')).toMatchObject({ position: { x: 3, y: 4 } });
    expect(byId(doc, 'ec2-1')).not.toHaveProperty('size');
    expect(byId(doc, 'waf-1')).toBe(byId(base, 'waf-1'));
  });

  it('returns the same doc when the layout changes nothing', () => {
    const doc = nested();
    expect(setLayout(doc, { 'vpc-1': { position: { x: 100, y: 100 } } })).toBe(doc);
    expect(setLayout(doc, {})).toBe(doc);
  });
});
