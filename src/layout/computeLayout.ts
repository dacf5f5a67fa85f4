/**
 * The whole layout pipeline, independent of where ELK runs (the browser's worker, the
 * CLI, tests and the benchmark pass their own ELK instance): diagram → ELK graph →
 * ELK → positions. Pure apart from the engine it is given.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, DiagramNode } from '../domain/document/types';
import { nodeSize } from '../domain/document/geometry';
import { nodesById } from '../domain/document/tree';
import type { LayoutPositions, LayoutRequest } from './elkGraph';
import { CONTAINER_PADDING, childrenByParent, fromElkLayout, toElkGraph } from './elkGraph';

/** The one method of ELK's API the pipeline needs. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export async function computeLayout(
  elk: ElkEngine,
  doc: Diagram,
  request: LayoutRequest,
): Promise<LayoutPositions> {
  if (doc.nodes.length === 0) return {};
  const positions = fromElkLayout(await elk.layout(toElkGraph(doc, request)));
  return request.rootId === undefined ? positions : fitAncestors(doc, positions, request.rootId);
}

/**
 * A container laid out on its own may come back larger than before. Its siblings that
 * lie beyond its old right (or bottom) edge move over by the growth, as in draw.io, so
 * nothing ends up under it; then its parent grows (never shrinks, never moves) to keep
 * every child inside, and so on up to the top level.
 */
export function fitAncestors(
  doc: Diagram,
  positions: LayoutPositions,
  rootId: string,
): LayoutPositions {
  const byId = nodesById(doc);
  const childrenOf = childrenByParent(doc);
  const out = { ...positions };
  const placed = (n: DiagramNode) => ({
    position: out[n.id]?.position ?? n.position ?? { x: 0, y: 0 },
    size: out[n.id]?.size ?? nodeSize(n),
  });
  let child = byId.get(rootId);
  while (child) {
    const before = { position: child.position ?? { x: 0, y: 0 }, size: nodeSize(child) };
    const after = placed(child);
    const dx = after.size.width - before.size.width;
    const dy = after.size.height - before.size.height;
    if (dx <= 0 && dy <= 0) break;
    const right = before.position.x + before.size.width;
    const bottom = before.position.y + before.size.height;
    for (const sibling of childrenOf.get(child.parent) ?? []) {
      if (sibling.id === child.id) continue;
      const box = placed(sibling);
      const x = dx > 0 && box.position.x >= right ? box.position.x + dx : box.position.x;
      const y = dy > 0 && box.position.y >= bottom ? box.position.y + dy : box.position.y;
      if (x === box.position.x && y === box.position.y) continue;
      out[sibling.id] = { ...out[sibling.id], position: { x, y } };
    }
    const parent = child.parent === undefined ? undefined : byId.get(child.parent);
    if (!parent) break;
    const current = nodeSize(parent);
    let width = current.width;
    let height = current.height;
    for (const kid of childrenOf.get(parent.id) ?? []) {
      const box = placed(kid);
      width = Math.max(width, box.position.x + box.size.width + CONTAINER_PADDING.right);
      height = Math.max(height, box.position.y + box.size.height + CONTAINER_PADDING.bottom);
    }
    if (width === current.width && height === current.height) break;
    out[parent.id] = { position: parent.position ?? { x: 0, y: 0 }, size: { width, height } };
    child = parent;
  }
  return out;
}
