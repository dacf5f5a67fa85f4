/**
 * Fitting the view in one step, from the nodes React Flow already holds.
 *
 * React Flow's own `fitView` queues the fit behind one more pass of its store over
 * every node (xyflow 12.12 `fitView` pushes a copy of the nodes array and fits in that
 * `setNodes`), and an animated fit re-rasters the whole canvas every frame. With 500
 * nodes on a two-core machine without a GPU each of those costs 40–70 ms
 * (docs/decisions.md, Canvas), so a large diagram fits with one viewport change.
 */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
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
 * The viewport that frames every visible node of `nodeLookup` (React Flow's bounds of
 * them) with `padding`, or null when there is nothing to frame or some visible node has
 * not been measured yet (React Flow's queued fit waits for the measurement; the caller
 * falls back to it).
 */
export function viewportToFit(
  nodeLookup: Map<string, InternalNode>,
  area: FitArea,
  padding: number,
): Viewport | null {
  const visible = [...nodeLookup.values()].filter((node) => !node.hidden);
  if (visible.length === 0 || area.width <= 0 || area.height <= 0) return null;
  if (visible.some((node) => !node.measured.width || !node.measured.height)) return null;
  const bounds = getNodesBounds(visible, { nodeLookup });
  return getViewportForBounds(bounds, area.width, area.height, area.minZoom, area.maxZoom, padding);
}
