/**
 * Geometry for the fixes that take a node out of a network (PLC-01) or add one beside
 * it (WAF-06): where things are on screen, and where a node may go so that it is not
 * drawn over the VPC it must not be part of. Positions are relative to the parent, as
 * React Flow uses them; a node without a position stays without one (the import lays
 * out such documents).
 */
import type { Diagram, DiagramNode, Point } from '../../document/types';
import type { KindId } from '../../kinds/types';
import { sizeOfKind } from '../../kinds/catalogue';

/** Space left between a moved or added node and the container it steps out of. */
export const GAP = 40;

const NETWORK_KINDS: ReadonlySet<KindId> = new Set<KindId>(['vpc', 'subnet', 'security-group']);

export type NodeMap = ReadonlyMap<string, DiagramNode>;

export function nodeMap(doc: Diagram): NodeMap {
  return new Map(doc.nodes.map((n) => [n.id, n]));
}

/** Containers above `node`, nearest first; stops at a missing parent or a cycle. */
export function ancestorsOf(nodes: NodeMap, node: DiagramNode): DiagramNode[] {
  const out: DiagramNode[] = [];
  const seen = new Set([node.id]);
  for (let p = node.parent && nodes.get(node.parent); p && !seen.has(p.id); ) {
    out.push(p);
    seen.add(p.id);
    p = p.parent ? nodes.get(p.parent) : undefined;
  }
  return out;
}

/** The outermost VPC, subnet or security group around `node`, if any. */
export function outermostNetwork(nodes: NodeMap, node: DiagramNode): DiagramNode | undefined {
  return ancestorsOf(nodes, node).findLast((a) => NETWORK_KINDS.has(a.kind));
}

/** Canvas position of `node`, or undefined when it or a container above lacks one. */
export function absolutePosition(nodes: NodeMap, node: DiagramNode | undefined): Point | undefined {
  if (!node) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const n of [node, ...ancestorsOf(nodes, node)]) {
    if (!n.position) return undefined;
    x += n.position.x;
    y += n.position.y;
  }
  return { x, y };
}

function sizeOf(node: DiagramNode): { width: number; height: number } {
  return node.size ?? sizeOfKind(node.kind);
}

/**
 * Where a leaf of `kind` that must not overlap `obstacle` goes in `parentId`'s frame,
 * starting from `wanted`: there if that is clear of the obstacle, else just right of it
 * at the same height. Undefined when positions are unknown.
 */
export function placeBeside(
  kind: KindId,
  wanted: Point | undefined,
  obstacle: DiagramNode,
): Point | undefined {
  if (!wanted || !obstacle.position) return undefined;
  const leaf = sizeOfKind(kind);
  const box = { ...obstacle.position, ...sizeOf(obstacle) };
  const overlaps =
    wanted.x < box.x + box.width &&
    wanted.x + leaf.width > box.x &&
    wanted.y < box.y + box.height &&
    wanted.y + leaf.height > box.y;
  if (!overlaps) return wanted;
  return { x: box.x + box.width + GAP, y: Math.max(wanted.y, 0) };
}

/**
 * Grows the container `parentId`, then each container above it, so that a child box
 * at `at` with the size of `kind` fits inside with a margin. Returns the new node list
 * (unchanged nodes are the same objects).
 */
export function growToFit(
  doc: Diagram,
  parentId: string | undefined,
  at: Point | undefined,
  kind: KindId,
): DiagramNode[] {
  if (parentId === undefined || !at) return doc.nodes;
  const nodes = nodeMap(doc);
  const grown = new Map<string, DiagramNode>();
  let child = { ...at, ...sizeOfKind(kind) };
  for (let p = nodes.get(parentId); p?.size; p = p.parent ? nodes.get(p.parent) : undefined) {
    if (grown.has(p.id)) break;
    const width = Math.max(p.size.width, child.x + child.width + GAP);
    const height = Math.max(p.size.height, child.y + child.height + GAP);
    if (width === p.size.width && height === p.size.height) break;
    grown.set(p.id, { ...p, size: { width, height } });
    if (!p.position) break;
    child = { ...p.position, width, height };
  }
  return grown.size === 0 ? doc.nodes : doc.nodes.map((n) => grown.get(n.id) ?? n);
}
