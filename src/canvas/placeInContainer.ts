/**
 * Putting a node into a container without a pointer: the palette's Enter while a
 * container (or something inside one) is selected, and the inspector's "Container"
 * field. A drop puts a node where the pointer is; here there is no pointer, so the node
 * takes the first free spot inside the container, and the containers around it grow
 * when it does not fit, as draw.io extends a parent. Each function is a pure document
 * change, so that the caller commits it as one undo step.
 */
import { addNode, moveNodes, reparentKeepingScreenPlace, resizeNode } from '../domain/commands';
import type { Diagram, DiagramNode, Point, Size } from '../domain/document/types';
import { absoluteRect, nodeSize } from '../domain/document/geometry';
import type { Rect } from '../domain/document/geometry';
import { isContainer, nodesById, parentWouldCycle, withDescendants } from '../domain/document/tree';
import { sizeOfKind } from '../domain/kinds/catalogue';
import { placementProblem } from '../domain/kinds/placement';
import type { KindId } from '../domain/kinds/types';
import { GRID_SIZE } from './canvasUi';
import { nodeById } from './docIndex';

/** Where children start inside a container: right of its edge, below its title (as the presets draw them). */
export const INSET: Point = { x: 28, y: 52 };
/** Space kept between siblings and below the last child. */
const GAP = 28;

/**
 * `id` and then its ancestors, nearest first; a broken parent chain stops the walk.
 * Look-ups go through docIndex, built once per document, because the inspector asks
 * this for every node of the diagram at each render.
 */
function chainOf(doc: Diagram, id: string): DiagramNode[] {
  const out: DiagramNode[] = [];
  const seen = new Set<string>();
  let current = nodeById(doc, id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    out.push(current);
    current = current.parent === undefined ? undefined : nodeById(doc, current.parent);
  }
  return out;
}

/** The containers around `id`, nearest first. */
export function ancestorsOf(doc: Diagram, id: string): DiagramNode[] {
  return chainOf(doc, id).slice(1);
}

/** Would a node of `kind` be well placed (kinds.md) directly in `parent`, or at top level for null? */
export function kindFitsIn(doc: Diagram, kind: KindId, parent: string | null): boolean {
  if (parent === null) return placementProblem(kind, []) === null;
  const chain = chainOf(doc, parent);
  return (
    isContainer(chain[0]) &&
    placementProblem(
      kind,
      chain.map((n) => n.kind),
    ) === null
  );
}

/**
 * The container a new node of `kind` goes into while `selected` is the one selected
 * node: the selection itself when it is a container the kind may sit in, else the
 * nearest container around it that the kind may sit in. Null when there is none.
 */
export function containerForNew(doc: Diagram, kind: KindId, selected: string): string | null {
  for (const node of chainOf(doc, selected)) {
    if (isContainer(node) && kindFitsIn(doc, kind, node.id)) return node.id;
  }
  return null;
}

const relativeRect = (node: DiagramNode): Rect => ({
  x: node.position?.x ?? 0,
  y: node.position?.y ?? 0,
  ...nodeSize(node),
});

const apart = (a: Rect, b: Rect): boolean =>
  a.x + a.width + GAP <= b.x ||
  b.x + b.width + GAP <= a.x ||
  a.y + a.height + GAP <= b.y ||
  b.y + b.height + GAP <= a.y;

/**
 * The first free spot for a box of `size` inside `parent` (relative to it), scanning
 * the grid row by row, clear of the other children by a gap. When no spot inside the
 * container is free, the spot under its lowest child (growToHold then makes room).
 */
export function freeSlot(doc: Diagram, parent: string, size: Size, ignore?: string): Point {
  const container = nodeById(doc, parent);
  if (!container) return { ...INSET };
  const box = nodeSize(container);
  const others = doc.nodes.filter((n) => n.parent === parent && n.id !== ignore).map(relativeRect);
  for (let y = INSET.y; y + size.height + GAP <= box.height; y += GRID_SIZE) {
    for (let x = INSET.x; x + size.width + INSET.x <= box.width; x += GRID_SIZE) {
      const spot = { x, y, ...size };
      if (others.every((o) => apart(spot, o))) return { x, y };
    }
  }
  const bottom = Math.max(INSET.y - GAP, ...others.map((o) => o.y + o.height));
  return { x: INSET.x, y: bottom + GAP };
}

/** Grows each container around `id`, nearest first, until it holds all its children with room to spare. */
export function growToHold(doc: Diagram, id: string): Diagram {
  let next = doc;
  const ancestors = ancestorsOf(doc, id).map((n) => n.id);
  for (const ancestorId of ancestors) {
    const ancestor = nodeById(next, ancestorId);
    if (!ancestor) break;
    const children = next.nodes.filter((n) => n.parent === ancestorId).map(relativeRect);
    const size = nodeSize(ancestor);
    const width = Math.max(size.width, ...children.map((c) => c.x + c.width + INSET.x));
    const height = Math.max(size.height, ...children.map((c) => c.y + c.height + GAP));
    if (width !== size.width || height !== size.height)
      next = resizeNode(next, ancestorId, { width, height });
  }
  return next;
}

/** Adds a node of `kind` at a free spot inside container `parent`, growing the containers around it. */
export function addInto(
  doc: Diagram,
  kind: KindId,
  parent: string,
): { doc: Diagram; id: string | null } {
  if (!isContainer(nodeById(doc, parent))) return { doc, id: null };
  const position = freeSlot(doc, parent, sizeOfKind(kind));
  const added = addNode(doc, { kind, parent, position });
  return { doc: growToHold(added.doc, added.id), id: added.id };
}

const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/**
 * Moves `id` into container `parent` (null: to top level). A node already drawn inside
 * the container's rectangle stays where it is on screen; any other takes a free spot
 * inside it. Returns `doc` itself for a move that is not possible (not a container,
 * or into the node itself or one of its descendants).
 */
export function moveInto(doc: Diagram, id: string, parent: string | null): Diagram {
  const byId = nodesById(doc);
  const node = byId.get(id);
  if (!node || (node.parent ?? null) === parent) return doc;
  if (parent === null) return reparentKeepingScreenPlace(doc, id, null);
  if (!isContainer(byId.get(parent)) || parentWouldCycle(byId, id, parent)) return doc;
  if (inside(absoluteRect(doc, id), absoluteRect(doc, parent)))
    return reparentKeepingScreenPlace(doc, id, parent);
  const position = freeSlot(doc, parent, nodeSize(node), id);
  return growToHold(moveNodes(doc, [{ id, position, parent }]), id);
}

/** Where a node may be moved from the inspector; null stands for the top level. */
export interface ParentChoices {
  /** Where kinds.md's placement rules allow it, in document order. */
  fits: (string | null)[];
  /** Everywhere else: allowed, since users may put anything anywhere, and then flagged. */
  elsewhere: (string | null)[];
}

/** Every container `id` may move into (never itself or one inside it), split by the placement rules. */
export function parentChoices(doc: Diagram, id: string): ParentChoices {
  const choices: ParentChoices = { fits: [], elsewhere: [] };
  const node = nodeById(doc, id);
  if (!node) return choices;
  const inside = withDescendants(doc, [id]);
  const containers = doc.nodes.filter((n) => isContainer(n) && !inside.has(n.id)).map((n) => n.id);
  for (const parent of [null, ...containers])
    (kindFitsIn(doc, node.kind, parent) ? choices.fits : choices.elsewhere).push(parent);
  return choices;
}
