/** Shield nodes by tier: only Advanced is linked to what it protects (kinds.md). */
import type { DiagramNode } from '../../document/types';
import type { GraphIndex } from '../../graph/types';

export function isShieldAdvanced(node: DiagramNode): boolean {
  return node.kind === 'shield' && node.props.tier === 'advanced';
}

export function shieldsOfTier(graph: GraphIndex, tier: 'standard' | 'advanced'): DiagramNode[] {
  return graph.nodesOfKind('shield').filter((s) => s.props.tier === tier);
}
