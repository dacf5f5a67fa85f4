import type { DiagramNode } from '../../document/types';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/** Internet gateways per VPC: at most one, and at least one when a subnet is public. */
export const NET_02 = defineRule({
  meta: {
    id: 'NET-02',
    severity: 'error',
    group: 'network',
    title: {
      en: 'Internet gateways: one per VPC, needed by public subnets',
      ja: 'インターネットゲートウェイは VPC ごとに 1 つ、パブリックサブネットには必須',
    },
    why: {
      en: 'A VPC can have only one internet gateway attached. A subnet is public because its route table sends internet-bound traffic to that gateway, so a public subnet in a VPC without one cannot reach or be reached from the internet.',
      ja: 'VPC にアタッチできるインターネットゲートウェイは 1 つだけです。サブネットがパブリックなのは、ルートテーブルがインターネット宛ての通信をこのゲートウェイに向けているからです。ゲートウェイのない VPC のパブリックサブネットはインターネットと通信できません。',
    },
    fix: {
      en: 'Keep exactly one internet gateway in the VPC.',
      ja: 'VPC にインターネットゲートウェイを 1 つだけ置いてください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  check(graph, report) {
    const gatewaysByVpc = new Map<string, DiagramNode[]>();
    for (const igw of graph.nodesOfKind('internet-gateway')) {
      const vpc = graph.nearest(igw.id, 'vpc');
      if (!vpc) continue; // PLC-02 reports a gateway outside a VPC
      const list = gatewaysByVpc.get(vpc.id) ?? [];
      list.push(igw);
      gatewaysByVpc.set(vpc.id, list);
    }
    for (const [vpcId, gateways] of gatewaysByVpc) {
      if (gateways.length < 2) continue;
      const vpc = graph.node(vpcId)!;
      report({
        nodes: [vpcId, ...gateways.map((g) => g.id)],
        message: message(
          (a) =>
            `${a.vpc} has ${a.count} internet gateways (${a.gateways}); a VPC can have only one.`,
          (a) =>
            `${a.vpc}にインターネットゲートウェイが ${a.count} 個（${a.gateways}）あります。VPC に置けるのは 1 つだけです。`,
          { vpc: nodeRef(vpc), count: String(gateways.length), gateways: nodeRefs(gateways) },
        ),
        fix: {
          en: 'Remove the extra internet gateways: one per VPC.',
          ja: '余分なインターネットゲートウェイを削除し、VPC ごとに 1 つにしてください。',
        },
      });
    }
    for (const subnet of graph.nodesOfKind('subnet')) {
      if (subnet.props.tier !== 'public') continue;
      const vpc = graph.nearest(subnet.id, 'vpc');
      if (!vpc || gatewaysByVpc.has(vpc.id)) continue;
      report({
        nodes: [subnet.id, vpc.id],
        message: message(
          (a) => `${a.subnet} is public, but ${a.vpc} has no internet gateway for it to route to.`,
          (a) =>
            `${a.subnet}はパブリックですが、${a.vpc}にルート先となるインターネットゲートウェイがありません。`,
          { subnet: nodeRef(subnet), vpc: nodeRef(vpc) },
        ),
        fix: {
          en: 'Add an internet gateway to the VPC, or make the subnet private.',
          ja: 'VPC にインターネットゲートウェイを追加するか、サブネットをプライベートにしてください。',
        },
      });
    }
  },
});
