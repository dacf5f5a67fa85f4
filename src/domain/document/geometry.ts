/**
 * Where nodes are on the canvas. Positions in the document are relative to the
 * parent (as React Flow uses them); these helpers resolve them to canvas coordinates
 * for drops, reparenting, fitting the view and exports. Pure: no DOM.
 */
import type { Diagram, DiagramNode, Point, Size } from './types';
import { LEAF_SIZE, isKindId, sizeOfKind } from '../kinds/catalogue';
import { isContainer, nodesById, parentWouldCycle, withDescendants } from './tree';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ORIGIN: Point = { x: 0, y: 0 };

/** A container's own size, else its kind's default; a leaf always has LEAF_SIZE. */
export function nodeSize(node: DiagramNode): Size {
  if (!isContainer(node)) return { ...LEAF_SIZE };
  const size = node.size ?? (isKindId(node.kind) ? sizeOfKind(node.kind) : LEAF_SIZE);
  return { width: size.width, height: size.height };
}

/**
 * Canvas positions of a whole document, computed once per node on demand. A missing
 * position counts as the parent's origin; an unknown id as the canvas origin.
 */
function positionResolver(doc: Diagram): (id: string) => Point {
  const byId = nodesById(doc);
  const cache = new Map<string, Point>();
  const resolve = (id: string): Point => {
    const hit = cache.get(id);
    if (hit) return hit;
    // Walk up to the nearest resolved ancestor, then fill the cache top-down.
    const chain: DiagramNode[] = [];
    const seen = new Set<string>();
    let current = byId.get(id);
    let base = ORIGIN;
    while (current && !seen.has(current.id)) {
      const cached = cache.get(current.id);
      if (cached) {
        base = cached;
        break;
      }
      seen.add(current.id);
      chain.push(current);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const p = chain[k].position ?? ORIGIN;
      base = { x: base.x + p.x, y: base.y + p.y };
      cache.set(chain[k].id, base);
    }
    return cache.get(id) ?? ORIGIN;
  };
  return resolve;
}

/** Top-left of node `id` on the canvas; the origin for an unknown id. */
export function absolutePosition(doc: Diagram, id: string): Point {
  return positionResolver(doc)(id);
}

/** The node's rectangle on the canvas; an empty rectangle at the origin for an unknown id. */
export function absoluteRect(doc: Diagram, id: string): Rect {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) return { x: 0, y: 0, width: 0, height: 0 };
  const { x, y } = absolutePosition(doc, id);
  return { x, y, ...nodeSize(node) };
}

/** Whether `point` lies in `rect`, edges included. */
export function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}

/**
 * The deepest container whose rectangle holds `point`, leaving out `exclude` and
 * everything inside those nodes (a dragged group cannot be dropped into itself).
 * Of equally deep ones, the one drawn last (on top). Undefined over empty canvas.
 */
export function deepestContainerAt(
  doc: Diagram,
  point: Point,
  exclude: ReadonlySet<string> = new Set(),
): string | undefined {
  const excluded = withDescendants(doc, exclude);
  const byId = nodesById(doc);
  const positionOf = positionResolver(doc);
  let best: { id: string; depth: number } | undefined;
  for (const node of doc.nodes) {
    if (excluded.has(node.id) || !isContainer(node)) continue;
    if (!contains({ ...positionOf(node.id), ...nodeSize(node) }, point)) continue;
    const depth = depthOf(byId, node);
    if (!best || depth >= best.depth) best = { id: node.id, depth };
  }
  return best?.id;
}

function depthOf(byId: ReadonlyMap<string, DiagramNode>, node: DiagramNode): number {
  let depth = 0;
  const seen = new Set<string>([node.id]);
  let parent = node.parent === undefined ? undefined : byId.get(node.parent);
  while (parent && !seen.has(parent.id)) {
    depth++;
    seen.add(parent.id);
    parent = parent.parent === undefined ? undefined : byId.get(parent.parent);
  }
  return depth;
}

/** True when `newParentId` is the node itself or inside it; null (top level) never cycles. */
export function wouldCreateCycle(
  doc: Diagram,
  nodeId: string,
  newParentId: string | null | undefined,
): boolean {
  if (newParentId === null || newParentId === undefined) return false;
  return parentWouldCycle(nodesById(doc), nodeId, newParentId);
}

/** The smallest rectangle holding every one of `rects`; null when there are none. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

/** The rectangle around every node on the canvas; empty at the origin for an empty diagram. */
export function diagramBounds(doc: Diagram): Rect {
  const positionOf = positionResolver(doc);
  const rects = doc.nodes.map((node) => ({ ...positionOf(node.id), ...nodeSize(node) }));
  return boundsOf(rects) ?? { x: 0, y: 0, width: 0, height: 0 };
}
