/** Commands that move nodes: drags, reparenting and automatic layout. */
import type { Diagram, DiagramNode, Point, Size } from '../document/types';
import { absolutePosition } from '../document/geometry';
import { sortParentsFirst } from '../document/order';
import { isContainer, nodesById, parentWouldCycle } from '../document/tree';
import { isFinitePoint, mapNodes, samePoint } from './shared';

export interface NodeMove {
  id: string;
  /** Relative to the (new) parent. */
  position: Point;
  /** undefined keeps the parent; null moves to top level; an id must name a container. */
  parent?: string | null;
}

/**
 * Applies the moves in order. A move into something that is not a container, does not
 * exist or lies inside the moved node, or to a position that is not finite, is ignored
 * (the node stays where it was).
 */
export function moveNodes(doc: Diagram, moves: readonly NodeMove[]): Diagram {
  const current = nodesById(doc);
  let changed = false;
  for (const move of moves) {
    const node = current.get(move.id);
    if (!node || !isFinitePoint(move.position)) continue;
    let parent = node.parent;
    if (move.parent === null) parent = undefined;
    else if (move.parent !== undefined) {
      const target = current.get(move.parent);
      if (!isContainer(target) || parentWouldCycle(current, move.id, move.parent)) continue;
      parent = move.parent;
    }
    if (parent === node.parent && samePoint(node.position, move.position)) continue;
    const next: DiagramNode = { ...node, position: { x: move.position.x, y: move.position.y } };
    if (parent === undefined) delete next.parent;
    else next.parent = parent;
    current.set(node.id, next);
    changed = true;
  }
  if (!changed) return doc;
  const nodes = doc.nodes.map((n) => current.get(n.id) as DiagramNode);
  return { ...doc, nodes: sortParentsFirst(nodes) };
}

/** Moves `id` into `newParent` (null: top level) so that it stays where it is on screen. */
export function reparentKeepingScreenPlace(
  doc: Diagram,
  id: string,
  newParent: string | null,
): Diagram {
  if (!doc.nodes.some((n) => n.id === id)) return doc;
  const here = absolutePosition(doc, id);
  const origin = newParent === null ? { x: 0, y: 0 } : absolutePosition(doc, newParent);
  const position = { x: here.x - origin.x, y: here.y - origin.y };
  return moveNodes(doc, [{ id, position, parent: newParent }]);
}

export type Layout = Readonly<Record<string, { position: Point; size?: Size }>>;

/**
 * Writes positions (and container sizes) computed by the layout; nothing else. Nodes
 * missing from `layout` keep theirs; leaves ignore a size.
 */
export function setLayout(doc: Diagram, layout: Layout): Diagram {
  return mapNodes(doc, (node) => {
    if (!Object.prototype.hasOwnProperty.call(layout, node.id)) return node;
    const { position, size } = layout[node.id];
    const newSize = size && isContainer(node) ? size : undefined;
    const sizeChanged =
      newSize !== undefined &&
      (node.size?.width !== newSize.width || node.size?.height !== newSize.height);
    if (samePoint(node.position, position) && !sizeChanged) return node;
    return {
      ...node,
      position: { x: position.x, y: position.y },
      ...(sizeChanged ? { size: { width: newSize.width, height: newSize.height } } : {}),
    };
  });
}
