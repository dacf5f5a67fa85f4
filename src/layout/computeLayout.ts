/**
 * The whole layout pipeline, independent of where ELK runs (the browser's worker, the
 * CLI, tests and the benchmark pass their own ELK instance): diagram → ELK graph →
 * ELK → positions. Pure apart from the engine it is given.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../domain/document/types';
import { nodeSize } from '../domain/document/geometry';
import { nodesById } from '../domain/document/tree';
import type { LayoutPositions, LayoutRequest } from './elkGraph';
import { CONTAINER_PADDING, fromElkLayout, toElkGraph } from './elkGraph';

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
 * A container laid out on its own may come back larger than before; its ancestors grow
 * (never shrink, never move) so that it stays inside them.
 */
export function fitAncestors(
  doc: Diagram,
  positions: LayoutPositions,
  rootId: string,
): LayoutPositions {
  const byId = nodesById(doc);
  const out = { ...positions };
  let child = byId.get(rootId);
  while (child?.parent !== undefined) {
    const parent = byId.get(child.parent);
    if (!parent) break;
    const placed = out[child.id];
    const position = placed?.position ?? child.position ?? { x: 0, y: 0 };
    const size = placed?.size ?? nodeSize(child);
    const current = nodeSize(parent);
    const width = Math.max(current.width, position.x + size.width + CONTAINER_PADDING.right);
    const height = Math.max(current.height, position.y + size.height + CONTAINER_PADDING.bottom);
    if (width === current.width && height === current.height) break;
    out[parent.id] = { position: parent.position ?? { x: 0, y: 0 }, size: { width, height } };
    child = parent;
  }
  return out;
}
