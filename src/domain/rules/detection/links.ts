/** Edges of one kind leaving a node, with the node at the other end. */
import type { DiagramEdge, DiagramNode, EdgeKind } from '../../document/types';
import type { GraphIndex } from '../../graph/types';

export interface Link {
  edge: DiagramEdge;
  target: DiagramNode;
}

/** The `kind` edges leaving `sourceId` whose target exists, in edge order. */
export function linksOut(graph: GraphIndex, sourceId: string, kind: EdgeKind): Link[] {
  const out: Link[] = [];
  for (const edge of graph.edgesOut(sourceId, kind)) {
    const target = graph.node(edge.target);
    if (target) out.push({ edge, target });
  }
  return out;
}
