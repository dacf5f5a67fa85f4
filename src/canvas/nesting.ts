/**
 * Where dropped and dragged nodes land: the deepest container under the pointer
 * becomes the parent, positions are recomputed so nothing jumps on screen, and a node
 * never ends up inside itself. Placement rules are the validator's job, not ours
 * (kinds.md: "The editor lets the user drop anything anywhere").
 */
import type { Diagram, Point } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';
import type { NodeMove } from '../domain/commands';
import { sizeOfKind } from '../domain/kinds/catalogue';
import {
  absolutePosition,
  deepestContainerAt,
  wouldCreateCycle,
} from '../domain/document/geometry';
import { nodeById, outermostOf } from './docIndex';
import { GRID_SIZE, snapPoint } from './canvasUi';

/** The deepest container under `point`, ignoring `moving` and everything inside them. */
export function dropParentAt(
  doc: Diagram,
  point: Point,
  moving: Iterable<string> = [],
): string | null {
  return deepestContainerAt(doc, point, new Set(moving)) ?? null;
}

function originOf(doc: Diagram, parent: string | null): Point {
  return parent ? absolutePosition(doc, parent) : { x: 0, y: 0 };
}

/**
 * The moves that put the dragged nodes under `target` where they now are on screen.
 * `position` is where React Flow left each node, relative to its current parent.
 * Nodes inside another dragged node travel with it and get no move of their own.
 */
export function nestingMoves(
  doc: Diagram,
  dragged: readonly { id: string; position: Point }[],
  target: string | null,
): NodeMove[] {
  const outermost = new Set(
    outermostOf(
      doc,
      dragged.map((d) => d.id),
    ),
  );
  const moves: NodeMove[] = [];
  for (const { id, position: dropped } of dragged) {
    const node = nodeById(doc, id);
    if (!node || !outermost.has(id)) continue;
    const from = originOf(doc, node.parent ?? null);
    const parent = target && wouldCreateCycle(doc, id, target) ? (node.parent ?? null) : target;
    const to = originOf(doc, parent);
    const position = { x: from.x + dropped.x - to.x, y: from.y + dropped.y - to.y };
    const unchanged =
      (node.parent ?? null) === parent &&
      node.position?.x === position.x &&
      node.position?.y === position.y;
    if (!unchanged) moves.push({ id, position, parent });
  }
  return moves;
}

/**
 * Parent and relative position for a new node of `kind` centred on `center`. When a
 * node already sits exactly there (repeated palette clicks), it steps down-right.
 */
export function placeNewNode(
  doc: Diagram,
  kind: KindId,
  center: Point,
  snap: boolean,
): { parent: string | null; position: Point } {
  const size = sizeOfKind(kind);
  const parent = dropParentAt(doc, center);
  const origin = originOf(doc, parent);
  let position = {
    x: center.x - size.width / 2 - origin.x,
    y: center.y - size.height / 2 - origin.y,
  };
  if (snap) position = snapPoint(position);
  const taken = new Set(
    doc.nodes
      .filter((n) => (n.parent ?? null) === parent && n.position)
      .map((n) => `${n.position!.x},${n.position!.y}`),
  );
  while (taken.has(`${position.x},${position.y}`))
    position = { x: position.x + GRID_SIZE * 2, y: position.y + GRID_SIZE * 2 };
  return { parent, position };
}
