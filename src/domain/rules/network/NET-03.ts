import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** A public NAT gateway drawn in a private subnet. */
export const NET_03 = defineRule({
  meta: {
    id: 'NET-03',
    severity: 'error',
    group: 'network',
    title: {
      en: 'Public NAT gateway in a private subnet',
      ja: 'パブリック NAT ゲートウェイがプライベートサブネットにある',
    },
    why: {
      en: 'A public NAT gateway lets instances in private subnets reach the internet through the internet gateway, so it must itself be created in a public subnet. Private subnets send their internet-bound traffic to it.',
      ja: 'パブリック NAT ゲートウェイは、プライベートサブネットのインスタンスがインターネットゲートウェイ経由で外部に出るための中継です。そのため NAT ゲートウェイ自体はパブリックサブネットに作成します。プライベートサブネットはインターネット宛ての通信をこの NAT ゲートウェイに送ります。',
    },
    fix: {
      en: 'Move the NAT gateway to a public subnet.',
      ja: 'NAT ゲートウェイをパブリックサブネットに移動してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  check(graph, report) {
    for (const nat of graph.nodesOfKind('nat-gateway')) {
      if (nat.props.connectivity !== 'public') continue;
      const subnet = graph.nearest(nat.id, 'subnet');
      if (!subnet || subnet.props.tier === 'public') continue;
      report({
        nodes: [nat.id, subnet.id],
        message: message(
          (a) => `${a.nat} is a public NAT gateway but sits in the private ${a.subnet}.`,
          (a) =>
            `${a.nat}はパブリック NAT ゲートウェイですが、プライベートな${a.subnet}に置かれています。`,
          { nat: nodeRef(nat), subnet: nodeRef(subnet) },
        ),
      });
    }
  },
});
