/**
 * Where an edge leaves its source and enters its target: on the sides of the two nodes
 * that face each other (facingSides), at the outer middle of that side's
 * handle, the point React Flow itself would take for that handle. Computed from where
 * the nodes are drawn now, so edges follow a drag or a layout without new edge objects.
 */
import type { InternalNode } from '@xyflow/react';
import type { Position } from '@xyflow/react';
import type { Rect } from '../../domain/document/geometry';
import type { FlowNode, Side } from '../flowTypes';
import { HANDLE_SIZE, POSITION_OF, handlesOf } from '../handleGeometry';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/** The sides two boxes face each other on, so that an edge takes the short way. */
export function facingSides(a: Rect, b: Rect): { source: Side; target: Side } {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  if (Math.abs(dx) * a.height >= Math.abs(dy) * a.width)
    return dx >= 0 ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' };
  return dy >= 0 ? { source: 'bottom', target: 'top' } : { source: 'top', target: 'bottom' };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  type: 'leaf' | 'container';
}

function boxOf(node: InternalNode<FlowNode>): Box | undefined {
  const width = node.measured.width ?? node.width;
  const height = node.measured.height ?? node.height;
  if (width === undefined || height === undefined) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width, height, type: node.type === 'container' ? 'container' : 'leaf' };
}

/** The outer middle of the handle on `side`, in canvas coordinates. */
function handlePoint(box: Box, side: Side): { x: number; y: number } {
  const handle = handlesOf(box.type, box.width, box.height).find((h) => h.id === side)!;
  const x = box.x + handle.x;
  const y = box.y + handle.y;
  const half = HANDLE_SIZE / 2;
  switch (side) {
    case 'top':
      return { x: x + half, y };
    case 'right':
      return { x: x + HANDLE_SIZE, y: y + half };
    case 'bottom':
      return { x: x + half, y: y + HANDLE_SIZE };
    case 'left':
      return { x, y: y + half };
  }
}

/** Undefined until both nodes have a size. */
export function edgeEnds(
  source: InternalNode<FlowNode>,
  target: InternalNode<FlowNode>,
): EdgeEnds | undefined {
  const from = boxOf(source);
  const to = boxOf(target);
  if (!from || !to) return undefined;
  const sides = facingSides(from, to);
  const start = handlePoint(from, sides.source);
  const end = handlePoint(to, sides.target);
  return {
    sourceX: start.x,
    sourceY: start.y,
    sourcePosition: POSITION_OF[sides.source],
    targetX: end.x,
    targetY: end.y,
    targetPosition: POSITION_OF[sides.target],
  };
}
