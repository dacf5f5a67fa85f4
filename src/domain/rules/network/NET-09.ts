import type { DiagramNode } from '../../document/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { azOf } from './loadBalancerSubnets';

const LOAD_BALANCERS = ['alb', 'nlb'] as const;

/** A load balancer whose EC2 targets all sit in one Availability Zone. */
export const NET_09 = defineRule({
  meta: {
    id: 'NET-09',
    severity: 'warning',
    group: 'network',
    title: {
      en: 'Load balancer targets all in one Availability Zone',
      ja: 'ロードバランサーのターゲットが 1 つの AZ に集中している',
    },
    why: {
      en: 'A load balancer keeps an application available when one Availability Zone fails only if it has healthy targets in another zone. With every target in one zone, an outage of that zone takes the whole application down.',
      ja: 'ロードバランサーが 1 つのアベイラビリティーゾーンの障害時にもアプリケーションを提供し続けられるのは、別の AZ に正常なターゲットがある場合だけです。すべてのターゲットが同じ AZ にあると、その AZ の障害でアプリケーション全体が止まります。',
    },
    fix: {
      en: 'Spread the targets over at least two Availability Zones.',
      ja: 'ターゲットを 2 つ以上の AZ に分散させてください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-13',
  },
  check(graph, report) {
    for (const kind of LOAD_BALANCERS) {
      for (const lb of graph.nodesOfKind(kind)) {
        const targets: DiagramNode[] = [];
        const zones = new Set<string>();
        let zoneUnknown = false;
        for (const edge of graph.edgesOut(lb.id, 'traffic')) {
          const target = graph.node(edge.target);
          if (target?.kind !== 'ec2' || targets.includes(target)) continue;
          targets.push(target);
          const subnet = graph.nearest(target.id, 'subnet');
          const az = subnet && azOf(subnet);
          if (az) zones.add(az);
          else zoneUnknown = true;
        }
        // A target whose zone is unknown might be in another one (NET-01 asks for it).
        if (zones.size !== 1 || zoneUnknown) continue;
        report({
          nodes: [lb.id, ...targets.map((t) => t.id)],
          message: message(
            (a) => `Every EC2 target of ${a.lb} (${a.count}) is in Availability Zone ${a.az}.`,
            (a) => `${a.lb}の EC2 ターゲット（${a.count} 台）はすべて AZ ${a.az} にあります。`,
            { lb: nodeRef(lb), count: String(targets.length), az: [...zones][0] },
          ),
        });
      }
    }
  },
});
