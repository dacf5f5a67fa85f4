import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A VPC that no flow log records. Flow logs drawn inside the VPC (not in a subnet)
 * record it, and so does a scope-level one with a `monitors` edge to it; flow logs in a
 * subnet record only that subnet (kinds.md `vpc-flow-logs`).
 */
export const NET_10 = defineRule({
  meta: {
    id: 'NET-10',
    severity: 'info',
    group: 'network',
    title: { en: 'VPC without flow logs', ja: 'フローログのない VPC' },
    why: {
      en: 'VPC Flow Logs record the IP traffic going to and from the network interfaces in a VPC. Without them there is no record to investigate suspicious connections with, and GuardDuty findings have less context.',
      ja: 'VPC フローログは、VPC 内のネットワークインターフェイスとの間の IP トラフィックを記録します。これがないと不審な通信を調査する記録が残らず、GuardDuty の検出結果の裏付けも少なくなります。',
    },
    fix: {
      en: 'Add VPC Flow Logs for the VPC.',
      ja: 'VPC に VPC フローログを追加してください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  },
  check(graph, report) {
    const recorded = new Set<string>();
    for (const logs of graph.nodesOfKind('vpc-flow-logs')) {
      const vpc = graph.nearest(logs.id, 'vpc');
      if (vpc && !graph.nearest(logs.id, 'subnet')) recorded.add(vpc.id);
      for (const edge of graph.edgesOut(logs.id, 'monitors'))
        if (graph.node(edge.target)?.kind === 'vpc') recorded.add(edge.target);
    }
    for (const vpc of graph.nodesOfKind('vpc')) {
      if (recorded.has(vpc.id)) continue;
      report({
        nodes: [vpc.id],
        message: message(
          (a) => `No VPC Flow Logs record ${a.vpc}.`,
          (a) => `${a.vpc}を記録する VPC フローログがありません。`,
          { vpc: nodeRef(vpc) },
        ),
      });
    }
  },
});
