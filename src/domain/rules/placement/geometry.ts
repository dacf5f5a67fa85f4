/**
 * Geometry for taking a node out of a network (PLC-01's fix; WAF-06's uses the first
 * helper): the network container around a node, a place clear of it, and growing
 * containers so the moved node stays inside its new parent. Positions are relative to
 * the parent, as React Flow uses them.
 */
import { absolutePosition, nodeSize } from '../../document/geometry';
import { nodesById } from '../../document/tree';
import type { Diagram, DiagramNode, Point } from '../../document/types';
import { LEAF_SIZE } from '../../kinds/catalogue';
import type { KindId } from '../../kinds/types';

/** Space left between a moved node and the container it steps out of. */
const GAP = 40;

const NETWORK_KINDS: ReadonlySet<KindId> = new Set<KindId>(['vpc', 'subnet', 'security-group']);

/** The outermost VPC, subnet or security group around `nodeId`, if any. */
export function outermostNetwork(doc: Diagram, nodeId: string): DiagramNode | undefined {
  const byId = nodesById(doc);
  const seen = new Set([nodeId]);
  let outermost: DiagramNode | undefined;
  for (let p = byId.get(byId.get(nodeId)?.parent ?? ''); p && !seen.has(p.id);) {
    seen.add(p.id);
    if (NETWORK_KINDS.has(p.kind)) outermost = p;
    p = p.parent === undefined ? undefined : byId.get(p.parent);
  }
  return outermost;
}

/** `nodeId`'s place on screen, in the frame of `parentId` (top level: undefined). */
export function placeIn(doc: Diagram, parentId: string | undefined, nodeId: string): Point {
  const here = absolutePosition(doc, nodeId);
  const origin = parentId === undefined ? { x: 0, y: 0 } : absolutePosition(doc, parentId);
  return { x: here.x - origin.x, y: here.y - origin.y };
}

/**
 * `wanted` for a leaf when that is clear of `obstacle` (a sibling in the same frame),
 * else just right of the obstacle at the same height.
 */
export function placeBeside(wanted: Point, obstacle: DiagramNode): Point {
  const box = { ...(obstacle.position ?? { x: 0, y: 0 }), ...nodeSize(obstacle) };
  const overlaps =
    wanted.x < box.x + box.width &&
    wanted.x + LEAF_SIZE.width > box.x &&
    wanted.y < box.y + box.height &&
    wanted.y + LEAF_SIZE.height > box.y;
  return overlaps ? { x: box.x + box.width + GAP, y: Math.max(wanted.y, 0) } : wanted;
}

/**
 * Grows the container `parentId`, then each container above it, so that a leaf at `at`
 * fits inside with a margin. Unchanged nodes stay the same objects.
 */
export function growToFit(doc: Diagram, parentId: string | undefined, at: Point): Diagram {
  const byId = nodesById(doc);
  const grown = new Map<string, DiagramNode>();
  let child: { x: number; y: number; width: number; height: number } = { ...at, ...LEAF_SIZE };
  for (let p = byId.get(parentId ?? ''); p?.size && !grown.has(p.id);) {
    const width = Math.max(p.size.width, child.x + child.width + GAP);
    const height = Math.max(p.size.height, child.y + child.height + GAP);
    if (width === p.size.width && height === p.size.height) break;
    grown.set(p.id, { ...p, size: { width, height } });
    child = { ...(p.position ?? { x: 0, y: 0 }), width, height };
    p = p.parent === undefined ? undefined : byId.get(p.parent);
  }
  if (grown.size === 0) return doc;
  return { ...doc, nodes: doc.nodes.map((n) => grown.get(n.id) ?? n) };
}
