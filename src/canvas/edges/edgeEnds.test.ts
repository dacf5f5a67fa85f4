import type { InternalNode } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../flowTypes';
import { edgeEnds, facingSides } from './edgeEnds';

function internal(
  type: 'leaf' | 'container',
  x: number,
  y: number,
  width: number,
  height: number,
): InternalNode<FlowNode> {
  return {
    id: `${type}-${x}-${y}`,
    type,
    position: { x, y },
    data: { kind: type === 'leaf' ? 'ec2' : 'vpc' },
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: {} as FlowNode },
  } as InternalNode<FlowNode>;
}

describe('edgeEnds', () => {
  const a = internal('leaf', 0, 0, 100, 80);

  it('leaves and enters by the facing sides, at the outer middle of their handles', () => {
    // Handles are 9 px squares centred on the side's midpoint (handleGeometry).
    expect(edgeEnds(a, internal('leaf', 300, 0, 100, 80))).toEqual({
      sourceX: 104.5,
      sourceY: 40,
      sourcePosition: Position.Right,
      targetX: 295.5,
      targetY: 40,
      targetPosition: Position.Left,
    });
    expect(edgeEnds(a, internal('leaf', 0, 300, 100, 80))).toMatchObject({
      sourceX: 50,
      sourceY: 84.5,
      sourcePosition: Position.Bottom,
      targetX: 50,
      targetY: 295.5,
      targetPosition: Position.Top,
    });
  });

  it('follows where the nodes are drawn now: the other side once the target moves', () => {
    expect(edgeEnds(a, internal('leaf', -400, 10, 100, 80))).toMatchObject({
      sourcePosition: Position.Left,
      targetPosition: Position.Right,
    });
  });

  it('puts a container handle inside its 2 px border', () => {
    const vpc = internal('container', 300, 0, 400, 300);
    expect(edgeEnds(a, vpc)).toMatchObject({ targetX: 297.5, targetY: 150 });
  });

  it('is undefined until both nodes have a size', () => {
    const unmeasured = { ...internal('leaf', 300, 0, 1, 1), measured: {} };
    expect(edgeEnds(a, unmeasured as InternalNode<FlowNode>)).toBeUndefined();
  });
});

describe('facingSides', () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 100 });
  it('leaves and enters by the sides that face each other', () => {
    expect(facingSides(box(0, 0), box(300, 20))).toEqual({ source: 'right', target: 'left' });
    expect(facingSides(box(300, 0), box(0, 20))).toEqual({ source: 'left', target: 'right' });
    expect(facingSides(box(0, 0), box(20, 300))).toEqual({ source: 'bottom', target: 'top' });
    expect(facingSides(box(0, 300), box(20, 0))).toEqual({ source: 'top', target: 'bottom' });
  });
});
