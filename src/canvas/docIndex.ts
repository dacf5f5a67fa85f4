/**
 * O(1) look-ups into an immutable document, built once per document object. Node
 * components select their own node through `nodeById`, so a store change costs each
 * of them one map read instead of a scan of the node array.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../domain/document/types';

interface DocIndex {
  nodes: Map<string, DiagramNode>;
  edges: Map<string, DiagramEdge>;
}

const cache = new WeakMap<Diagram, DocIndex>();

function indexOf(doc: Diagram): DocIndex {
  let index = cache.get(doc);
  if (!index) {
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const edges = new Map(doc.edges.map((e) => [e.id, e]));
    index = { nodes, edges };
    cache.set(doc, index);
  }
  return index;
}

export function nodeById(doc: Diagram, id: string): DiagramNode | undefined {
  return indexOf(doc).nodes.get(id);
}

export function edgeById(doc: Diagram, id: string): DiagramEdge | undefined {
  return indexOf(doc).edges.get(id);
}

/** The ids whose ancestors are not among the ids (what a group move actually moves). */
export function outermostOf(doc: Diagram, ids: readonly string[]): string[] {
  const set = new Set(ids);
  return ids.filter((id) => {
    let parent = nodeById(doc, id)?.parent;
    const seen = new Set<string>();
    while (parent && !seen.has(parent)) {
      if (set.has(parent)) return false;
      seen.add(parent);
      parent = nodeById(doc, parent)?.parent;
    }
    return true;
  });
}
