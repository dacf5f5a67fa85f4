/** The workload nodes of rules.md "Terms" (GD-01, GD-04 and the firewall rule NFW-02). */
import type { DiagramNode } from '../../document/types';
import { WORKLOAD_KINDS } from '../../graph/capabilities';
import type { GraphIndex } from '../../graph/types';

/** Every workload node, kind by kind (one index look-up per kind). */
export function workloadNodes(graph: GraphIndex): DiagramNode[] {
  return [...WORKLOAD_KINDS].flatMap((kind) => graph.nodesOfKind(kind));
}
