/**
 * Fitting the view in one step, from the nodes React Flow already holds.
 *
 * React Flow's own `fitView` queues the fit behind one more pass of its store over
 * every node (xyflow 12.12 `fitView` pushes a copy of the nodes array and fits in that
 * `setNodes`), and an animated fit re-rasters the whole canvas every frame. With 500
 * nodes on a two-core machine without a GPU each of those costs 40–70 ms
 * (decisions.md, session 7), so a large diagram fits with one viewport change.
 */
import { getViewportForBounds } from '@xyflow/react';
import type { InternalNode, Viewport } from '@xyflow/react';

/** Above this many nodes on the canvas, a fit is never animated. */
export const ANIMATED_FIT_MAX_NODES = 200;

export interface FitArea {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The viewport that frames every visible node with `padding`, or null when there is
 * nothing to frame or some visible node has not been measured yet (React Flow's queued
 * fit waits for the measurement; the caller falls back to it).
 */
export function viewportToFit(
  nodes: Iterable<InternalNode>,
  area: FitArea,
  padding: number,
): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of nodes) {
    if (node.hidden) continue;
    const { width, height } = node.measured;
    if (!width || !height) return null;
    const { x, y } = node.internals.positionAbsolute;
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x + width);
    y2 = Math.max(y2, y + height);
  }
  if (x1 === Infinity || area.width <= 0 || area.height <= 0) return null;
  return getViewportForBounds(
    { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
    area.width,
    area.height,
    area.minZoom,
    area.maxZoom,
    padding,
  );
}
