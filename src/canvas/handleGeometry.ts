/**
 * Where a node's connection handles sit, computed instead of read from the DOM.
 * React Flow takes `node.handles` as the handle bounds of a node it re-adopts, so edges
 * attach at once; the numbers must equal what it would measure, or an edge would jump
 * by a pixel at the next measurement (an e2e test compares both).
 */
import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { FlowNode, Side } from './flowTypes';
import { SIDES } from './flowTypes';

/** `.asp-handle` in app.css: 9 px square, border-box, centred on the side's midpoint. */
export const HANDLE_SIZE = 9;

/**
 * Handles are absolutely positioned inside the node's body, so they sit on the inner
 * edge of its border: `.asp-container` has a 2 px border, `.asp-leaf` none.
 */
const BODY_BORDER: Record<FlowNode['type'] & string, number> = { leaf: 0, container: 2 };

export const POSITION_OF: Readonly<Record<Side, Position>> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

const handlesBySize = new Map<string, NodeHandle[]>();

/**
 * All four handles (every side, as a node shows them when hovered) of a node of this
 * size. Shared per size: React Flow only reads them, and a layout asks for hundreds.
 */
export function handlesOf(type: 'leaf' | 'container', width: number, height: number): NodeHandle[] {
  const key = `${type} ${width} ${height}`;
  let handles = handlesBySize.get(key);
  if (!handles) {
    // Every size a resize drag passes through lands here; start over now and then.
    if (handlesBySize.size > 5000) handlesBySize.clear();
    handles = computeHandles(BODY_BORDER[type], width, height);
    handlesBySize.set(key, handles);
  }
  return handles;
}

function computeHandles(inset: number, width: number, height: number): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const topLeft: Record<Side, { x: number; y: number }> = {
    top: { x: width / 2 - half, y: inset - half },
    right: { x: width - inset - half, y: height / 2 - half },
    bottom: { x: width / 2 - half, y: height - inset - half },
    left: { x: inset - half, y: height / 2 - half },
  };
  return SIDES.map((side) => ({
    id: side,
    type: 'source',
    position: POSITION_OF[side],
    ...topLeft[side],
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  }));
}
