/**
 * The whole layout pipeline, independent of where ELK runs (the browser's worker, the
 * CLI, tests and the benchmark pass their own ELK instance): diagram → ELK graph →
 * ELK → positions. Pure apart from the engine it is given.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../domain/document/types';
import type { LayoutPositions, LayoutRequest } from './elkGraph';
import { fromElkLayout, toElkGraph } from './elkGraph';

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
  return fromElkLayout(await elk.layout(toElkGraph(doc, request)));
}
