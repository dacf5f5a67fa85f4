/**
 * The one-click fixes that add a service (GuardDuty, AWS Config, EventBridge) put it in
 * a given scope at a free spot next to a reference node, so the new node is visible
 * where the user looks and overlaps nothing. Pure: doc in, doc out, through the
 * document commands (one undo step in the store).
 */
import { addNode, resizeNode } from '../../commands/nodes';
import type { Rect } from '../../document/geometry';
import { nodeSize } from '../../document/geometry';
import type { Diagram, DiagramNode, Point, PropValue } from '../../document/types';
import { LEAF_SIZE } from '../../kinds/catalogue';
import type { KindId } from '../../kinds/types';

/** Room a container keeps for its header band (icon and name) and its border. */
const INSET = { top: 44, left: 20, right: 20, bottom: 20 } as const;
const GAP = 24;

function rectOf(node: DiagramNode): Rect {
  const { x, y } = node.position ?? { x: 0, y: 0 };
  return { x, y, ...nodeSize(node) };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

/**
 * A leaf-sized spot in the scope that keeps a gap to every node already there: beside
 * `near` (right, below, left, above) when possible, else the first free cell of a grid
 * inside the scope, else just right of everything.
 */
function freeSpot(
  siblings: readonly DiagramNode[],
  near: DiagramNode | undefined,
  width: number | undefined,
): Point {
  const taken = siblings.map(rectOf);
  const fits = (p: Point): boolean => {
    const rect = { x: p.x, y: p.y, ...LEAF_SIZE };
    const inside =
      p.x >= 0 && p.y >= 0 && (width === undefined || p.x + LEAF_SIZE.width + INSET.right <= width);
    return inside && !taken.some((t) => overlaps(rect, t));
  };
  if (near) {
    const r = rectOf(near);
    const around: Point[] = [
      { x: r.x + r.width + GAP, y: r.y },
      { x: r.x, y: r.y + r.height + GAP },
      { x: r.x - LEAF_SIZE.width - GAP, y: r.y },
      { x: r.x, y: r.y - LEAF_SIZE.height - GAP },
    ];
    const hit = around.find(fits);
    if (hit) return hit;
  }
  const left = width === undefined ? 0 : INSET.left;
  const top = width === undefined ? 0 : INSET.top;
  const stepX = LEAF_SIZE.width + GAP;
  const stepY = LEAF_SIZE.height + GAP;
  const columns =
    width === undefined ? 8 : Math.max(1, Math.floor((width - left - INSET.right + GAP) / stepX));
  const bottom = Math.max(top, ...taken.map((t) => t.y + t.height));
  // Up to one row below everything, which is always free.
  for (let y = top; y <= bottom + GAP + stepY; y += stepY) {
    for (let c = 0; c < columns; c++) {
      const p = { x: left + c * stepX, y };
      if (fits(p)) return p;
    }
  }
  return { x: Math.max(left, ...taken.map((t) => t.x + t.width + GAP)), y: top };
}

export interface AddServiceArgs {
  kind: KindId;
  /** The container to add it in; top level when undefined. */
  scope: string | undefined;
  /** The node the new one should sit next to (when it is in the same scope). */
  near?: string;
  props?: Readonly<Record<string, PropValue>>;
}

/**
 * Adds a node of `kind` in `scope` at a free spot near `near`, growing the scope's
 * container when the spot lies outside it. Returns the new doc and the new node's id.
 */
export function addServiceIn(doc: Diagram, args: AddServiceArgs): { doc: Diagram; id: string } {
  const container =
    args.scope === undefined ? undefined : doc.nodes.find((n) => n.id === args.scope);
  const scope = container?.id;
  const siblings = doc.nodes.filter((n) => n.parent === scope);
  const near = siblings.find((n) => n.id === args.near);
  const size = container ? nodeSize(container) : undefined;
  const position = freeSpot(siblings, near, size?.width);
  const added = addNode(doc, { kind: args.kind, parent: scope, position, props: args.props });
  if (!container || !size) return added;
  const needed = {
    width: Math.max(size.width, position.x + LEAF_SIZE.width + INSET.right),
    height: Math.max(size.height, position.y + LEAF_SIZE.height + INSET.bottom),
  };
  if (needed.width === size.width && needed.height === size.height) return added;
  return { doc: resizeNode(added.doc, container.id, needed), id: added.id };
}

/** Adds a node of `kind` in the same scope as node `besideId`, next to it. */
export function addServiceBeside(doc: Diagram, kind: KindId, besideId: string): Diagram {
  const beside = doc.nodes.find((n) => n.id === besideId);
  return addServiceIn(doc, { kind, scope: beside?.parent, near: besideId }).doc;
}
