import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { problemOf, whereItBelongs, whereItIs } from './where';

/** Any other node outside the containers its kind may sit in. */
export const PLC_02 = defineRule({
  meta: {
    id: 'PLC-02',
    severity: 'error',
    group: 'placement',
    title: {
      en: 'Placed in the wrong container',
      ja: '置く場所（コンテナ）が違う',
    },
    why: {
      en: 'Each AWS resource lives at a definite level: a subnet belongs to one VPC and one Availability Zone, EC2 instances, RDS databases and NAT gateways are launched into subnets, an internet gateway is attached to a VPC, and an IDS/IPS agent runs on the instances or on a reverse-proxy layer inside a subnet. Only containers such as accounts, VPCs and subnets can hold other nodes.',
      ja: 'AWS のリソースにはそれぞれ置かれる階層があります。サブネットは 1 つの VPC と 1 つのアベイラビリティゾーンに属し、EC2 インスタンス、RDS データベース、NAT ゲートウェイはサブネットに起動します。インターネットゲートウェイは VPC にアタッチし、IDS/IPS エージェントはサブネット内のインスタンスやリバースプロキシ層で動きます。ほかのノードを入れられるのは、アカウント、VPC、サブネットなどのコンテナだけです。',
    },
    fix: {
      en: 'Move it into the right container.',
      ja: '正しいコンテナの中に移してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
  },
  check(graph, report) {
    for (const node of graph.doc.nodes) {
      if (problemOf(graph, node) !== 'misplaced') continue;
      report({
        nodes: [node.id],
        message: message(
          (a) => `${a.node} is ${a.where}; it may be placed only in: ${a.belongs}.`,
          (a) => `${a.node}が${a.where}にあります。置ける場所: ${a.belongs}。`,
          { node: nodeRef(node), where: whereItIs(graph, node), belongs: whereItBelongs(node) },
        ),
      });
    }
  },
});
