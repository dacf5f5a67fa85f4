/**
 * buildGraphIndex: the read-only queries of graph/types.ts over one diagram.
 *
 * Everything is prepared in one pass over nodes and edges; the answers that need a
 * walk (ancestors, descendants, reachability, entry points) are computed on first use
 * and memoised, so a validator run stays linear in nodes plus edges. Containment and
 * traffic can both be malformed (a parent naming no node, a parent cycle, traffic
 * cycles): every walk is bounded and never throws.
 */
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../document/types';
import type { KindId } from '../kinds/types';
import { isWafCapable } from './capabilities';
import type { GraphIndex } from './types';

const NONE: readonly never[] = Object.freeze([]);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraphIndex(doc: Diagram): GraphIndex {
  const byId = new Map<string, DiagramNode>();
  const order = new Map<string, number>();
  for (const node of doc.nodes) {
    // The first of two nodes with one id wins (import re-ids duplicates anyway).
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    order.set(node.id, order.size);
  }
  const nodes = [...byId.values()];

  /**
   * The parent that counts: a parent naming no node (or the node itself) is treated
   * as top level, so that queries stay consistent with each other.
   */
  const parentOf = (node: DiagramNode): DiagramNode | undefined =>
    node.parent !== undefined && node.parent !== node.id ? byId.get(node.parent) : undefined;

  const byKind = new Map<KindId, DiagramNode[]>();
  const topLevel: DiagramNode[] = [];
  const childrenOf = new Map<string, DiagramNode[]>();
  for (const node of nodes) {
    pushTo(byKind, node.kind, node);
    const parent = parentOf(node);
    if (parent) pushTo(childrenOf, parent.id, node);
    else topLevel.push(node);
  }

  const edgesOutAll = new Map<string, DiagramEdge[]>();
  const edgesInAll = new Map<string, DiagramEdge[]>();
  const edgesOutByKind = new Map<string, DiagramEdge[]>();
  const edgesInByKind = new Map<string, DiagramEdge[]>();
  const edgesByKind = new Map<EdgeKind, DiagramEdge[]>();
  /** Traffic successors that exist, for the path walks. */
  const trafficNext = new Map<string, DiagramNode[]>();
  const kindKey = (kind: EdgeKind, id: string) => `${kind}\u0000${id}`;
  for (const edge of doc.edges) {
    pushTo(edgesOutAll, edge.source, edge);
    pushTo(edgesInAll, edge.target, edge);
    pushTo(edgesOutByKind, kindKey(edge.kind, edge.source), edge);
    pushTo(edgesInByKind, kindKey(edge.kind, edge.target), edge);
    pushTo(edgesByKind, edge.kind, edge);
    const target = byId.get(edge.target);
    if (edge.kind === 'traffic' && target && byId.has(edge.source)) {
      pushTo(trafficNext, edge.source, target);
    }
  }

  /**
   * Walks up from `node`'s parent, nearest first, until `visit` returns true. A parent
   * cycle cannot loop: no chain is longer than the number of nodes.
   */
  function walkUp(node: DiagramNode, visit: (ancestor: DiagramNode) => boolean): void {
    let current = parentOf(node);
    for (let steps = 0; current && steps < nodes.length; steps++) {
      if (visit(current) || current === node) return;
      current = parentOf(current);
    }
  }

  const ancestorsMemo = new Map<string, readonly DiagramNode[]>();
  function ancestors(id: string): readonly DiagramNode[] {
    const memo = ancestorsMemo.get(id);
    if (memo) return memo;
    const node = byId.get(id);
    if (!node) return NONE;
    const chain: DiagramNode[] = [];
    const seen = new Set<string>([id]);
    walkUp(node, (ancestor) => {
      if (seen.has(ancestor.id)) return true;
      seen.add(ancestor.id);
      chain.push(ancestor);
      return false;
    });
    ancestorsMemo.set(id, chain);
    return chain;
  }

  function nearest(id: string, kind: KindId): DiagramNode | undefined {
    const node = byId.get(id);
    let found: DiagramNode | undefined;
    if (node)
      walkUp(node, (ancestor) => (ancestor.kind === kind ? ((found = ancestor), true) : false));
    return found;
  }

  function isAncestor(candidate: DiagramNode, of: DiagramNode): boolean {
    let hit = false;
    walkUp(of, (ancestor) => (ancestor === candidate ? (hit = true) : false));
    return hit;
  }

  function covers(serviceId: string, targetId: string): boolean {
    const service = byId.get(serviceId);
    const target = byId.get(targetId);
    if (!service || !target) return false;
    const scope = parentOf(service);
    return scope === undefined || isAncestor(scope, target);
  }

  const descendantsMemo = new Map<string, readonly DiagramNode[]>();
  function descendants(id: string): readonly DiagramNode[] {
    const memo = descendantsMemo.get(id);
    if (memo) return memo;
    if (!byId.has(id)) return NONE;
    const out: DiagramNode[] = [];
    const seen = new Set<string>([id]);
    // Depth first, children in document order, iterative so deep nesting cannot overflow.
    const stack: DiagramNode[] = [...(childrenOf.get(id) ?? NONE)].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push(node);
      const kids = childrenOf.get(node.id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    descendantsMemo.set(id, out);
    return out;
  }

  const internetNodes = byKind.get('internet') ?? NONE;
  const inDocumentOrder = (ids: Iterable<string>): DiagramNode[] =>
    [...ids].map((id) => byId.get(id)!).sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  /**
   * Breadth-first walk along traffic edges from every internet node. Nodes in `avoid`
   * are never entered; nodes for which `stopAt` holds are reached but not walked
   * through. Returns every node reached (start nodes included).
   */
  function walkFromInternet(
    avoid: ReadonlySet<string>,
    stopAt?: (node: DiagramNode) => boolean,
  ): Set<string> {
    const reached = new Set<string>();
    const queue: DiagramNode[] = [];
    for (const start of internetNodes) {
      if (avoid.has(start.id)) continue;
      reached.add(start.id);
      queue.push(start);
    }
    for (let head = 0; head < queue.length; head++) {
      for (const next of trafficNext.get(queue[head].id) ?? NONE) {
        if (reached.has(next.id) || avoid.has(next.id)) continue;
        reached.add(next.id);
        if (!stopAt?.(next)) queue.push(next);
      }
    }
    return reached;
  }

  const withoutInternet = (reached: Set<string>): Set<string> => {
    for (const start of internetNodes) reached.delete(start.id);
    return reached;
  };

  const reachableMemo = new Map<string, ReadonlySet<string>>();
  function reachableAvoiding(avoid: ReadonlySet<string>): ReadonlySet<string> {
    const key = [...avoid].sort().join('\u0000');
    let reached = reachableMemo.get(key);
    if (!reached) {
      reached = withoutInternet(walkFromInternet(avoid));
      reachableMemo.set(key, reached);
    }
    return reached;
  }

  const firstOnPathsMemo = new Map<string, readonly DiagramNode[]>();
  function firstOnInternetPaths(
    key: string,
    isFirst: (node: DiagramNode) => boolean,
  ): readonly DiagramNode[] {
    let found = firstOnPathsMemo.get(key);
    if (!found) {
      const reached = withoutInternet(walkFromInternet(new Set(), isFirst));
      found = inDocumentOrder([...reached].filter((id) => isFirst(byId.get(id)!)));
      firstOnPathsMemo.set(key, found);
    }
    return found;
  }

  return {
    doc,
    node: (id) => byId.get(id),
    nodesOfKind: (kind) => byKind.get(kind) ?? NONE,
    children: (id) => (id === undefined ? topLevel : (childrenOf.get(id) ?? NONE)),
    ancestors,
    nearest,
    descendants,
    covers,
    coveringNodes: (kind, targetId) =>
      (byKind.get(kind) ?? NONE).filter((service) => covers(service.id, targetId)),
    edgesOut: (id, kind) =>
      (kind === undefined ? edgesOutAll.get(id) : edgesOutByKind.get(kindKey(kind, id))) ?? NONE,
    edgesIn: (id, kind) =>
      (kind === undefined ? edgesInAll.get(id) : edgesInByKind.get(kindKey(kind, id))) ?? NONE,
    edgesOfKind: (kind) => edgesByKind.get(kind) ?? NONE,
    reachableFromInternet: () => reachableAvoiding(new Set()),
    reachableFromInternetAvoiding: (target, avoid) =>
      !avoid.has(target) && reachableAvoiding(avoid).has(target),
    entryPoints: () => firstOnInternetPaths('waf-capable', isWafCapable),
    firstOnInternetPaths: (kinds) =>
      firstOnInternetPaths(`kinds:${[...kinds].sort().join(',')}`, (node) => kinds.has(node.kind)),
  };
}
