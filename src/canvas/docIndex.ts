/**
 * O(1) look-ups into an immutable document, built once per document object. Node
 * components select their own node through `nodeById`, so a store change costs each
 * of them one map read instead of a scan of the node array.
 */
import type { Diagram, DiagramEdge, DiagramNode, Point } from '../domain/document/types';
import type { Rect } from '../domain/document/geometry';
import { nodeSize } from '../domain/document/geometry';

interface DocIndex {
  nodes: Map<string, DiagramNode>;
  edges: Map<string, DiagramEdge>;
  /** Canvas positions resolved so far (filled on demand). */
  origins: Map<string, Point>;
}

const cache = new WeakMap<Diagram, DocIndex>();

function indexOf(doc: Diagram): DocIndex {
  let index = cache.get(doc);
  if (!index) {
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const edges = new Map(doc.edges.map((e) => [e.id, e]));
    index = { nodes, edges, origins: new Map() };
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

function originIn(index: DocIndex, id: string, depth = 0): Point {
  const hit = index.origins.get(id);
  if (hit) return hit;
  const node = index.nodes.get(id);
  const own = node?.position ?? { x: 0, y: 0 };
  // Import refuses parent cycles; the depth guard only keeps a broken document from hanging.
  const base =
    node?.parent && depth < index.nodes.size
      ? originIn(index, node.parent, depth + 1)
      : { x: 0, y: 0 };
  const origin = { x: base.x + own.x, y: base.y + own.y };
  index.origins.set(id, origin);
  return origin;
}

/**
 * A node's rectangle on the canvas, memoised per document (geometry.absoluteRect
 * resolves from scratch on each call; edges need hundreds of these per change).
 */
export function canvasRect(doc: Diagram, id: string): Rect | undefined {
  const index = indexOf(doc);
  const node = index.nodes.get(id);
  return node ? { ...originIn(index, id), ...nodeSize(node) } : undefined;
}
