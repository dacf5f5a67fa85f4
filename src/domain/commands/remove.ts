/** Deleting nodes and edges, and what must go with them. */
import type { AcceptedFinding, Diagram, DiagramNode, PropValue } from '../document/types';
import { getKind, isKindId } from '../kinds/catalogue';
import { withDescendants } from '../document/tree';

export interface Removal {
  nodes: readonly string[];
  edges: readonly string[];
}

/**
 * Removes the nodes with everything inside them, the edges, every edge touching a
 * removed node, accepted findings of removed nodes, and removed ids from node-id lists
 * (a load balancer's `subnets`). The same doc when nothing named exists.
 */
export function removeElements(doc: Diagram, removal: Removal): Diagram {
  const goneNodes = withDescendants(doc, removal.nodes);
  const goneEdges = new Set(removal.edges);
  const edges = doc.edges.filter(
    (e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target),
  );
  if (goneNodes.size === 0 && edges.length === doc.edges.length) return doc;
  const nodes = doc.nodes.filter((n) => !goneNodes.has(n.id)).map((n) => withoutIds(n, goneNodes));
  const next: Diagram = { ...doc, nodes, edges };
  const accepted = doc.accepted?.filter((a: AcceptedFinding) => !goneNodes.has(a.node));
  if (accepted && accepted.length !== doc.accepted?.length) {
    if (accepted.length > 0) next.accepted = accepted;
    else delete next.accepted;
  }
  return next;
}

/** `node` without references to `gone` in its node-id list props. */
function withoutIds(node: DiagramNode, gone: ReadonlySet<string>): DiagramNode {
  if (gone.size === 0 || !isKindId(node.kind)) return node;
  let props: Record<string, PropValue> | undefined;
  for (const [name, spec] of Object.entries(getKind(node.kind).props)) {
    const value = node.props[name];
    if (spec.type !== 'idList' || !Array.isArray(value)) continue;
    const kept = (value as string[]).filter((id) => !gone.has(id));
    if (kept.length === value.length) continue;
    props ??= { ...node.props };
    props[name] = kept;
  }
  return props ? { ...node, props } : node;
}
