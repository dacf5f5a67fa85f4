/** The subnets a load balancer spans (kinds.md `alb`/`nlb`: `subnets`, plus its parent subnet). */
import type { DiagramNode } from '../../document/types';
import type { GraphIndex } from '../../graph/types';

/**
 * Its nearest subnet first (if it is drawn in one), then the subnets its `subnets` prop
 * names, without repeats. Ids that name no subnet are skipped: a stale id is not a
 * subnet the load balancer can use.
 */
export function loadBalancerSubnets(graph: GraphIndex, lb: DiagramNode): DiagramNode[] {
  const out: DiagramNode[] = [];
  const seen = new Set<string>();
  const add = (node: DiagramNode | undefined) => {
    if (!node || node.kind !== 'subnet' || seen.has(node.id)) return;
    seen.add(node.id);
    out.push(node);
  };
  add(graph.nearest(lb.id, 'subnet'));
  const listed = lb.props.subnets;
  if (Array.isArray(listed))
    for (const id of listed) if (typeof id === 'string') add(graph.node(id));
  return out;
}

/** A subnet's Availability Zone, or undefined when it has none (NET-01). */
export function azOf(subnet: DiagramNode): string | undefined {
  const az = subnet.props.az;
  return typeof az === 'string' && az.trim() !== '' ? az.trim() : undefined;
}

export function isPublicSubnet(subnet: DiagramNode): boolean {
  return subnet.props.tier === 'public';
}
