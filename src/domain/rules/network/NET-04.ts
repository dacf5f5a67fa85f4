import { subnetOf } from '../../net/topology';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** Traffic drawn from the internet straight into a private subnet. */
export const NET_04 = defineRule({
  meta: {
    id: 'NET-04',
    severity: 'error',
    group: 'network',
    title: {
      en: 'Internet traffic straight into a private subnet',
      ja: 'インターネットからプライベートサブネットへ直接の通信',
    },
    why: {
      en: 'A private subnet has no route to the internet gateway, so nothing on the internet can open a connection to a resource inside it. Requests from the internet must arrive at something in a public subnet, such as an internet-facing load balancer, which then forwards them.',
      ja: 'プライベートサブネットにはインターネットゲートウェイへのルートがないため、インターネット側からその中のリソースへ接続を開始することはできません。インターネットからのリクエストは、インターネット向けロードバランサーなどパブリックサブネットにあるものが受けて転送します。',
    },
    fix: {
      en: 'Put an internet-facing load balancer in a public subnet in front of it.',
      ja: 'パブリックサブネットにインターネット向けロードバランサーを置き、その後ろに配置してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  check(graph, report) {
    for (const internet of graph.nodesOfKind('internet')) {
      for (const edge of graph.edgesOut(internet.id, 'traffic')) {
        const target = graph.node(edge.target);
        const subnet = target && subnetOf(graph, target.id);
        if (!target || !subnet || subnet.props.tier === 'public') continue;
        // An edge may be drawn to the subnet itself: then it is named once.
        const where =
          subnet.id === target.id
            ? { en: 'the private', ja: 'プライベートな' }
            : message(
                (a) => `${a.target} in the private`,
                (a) => `プライベートな${a.subnet}にある`,
                { target: nodeRef(target), subnet: nodeRef(subnet) },
              );
        report({
          nodes: [target.id, internet.id],
          message: message(
            (a) =>
              `${a.source} sends traffic straight to ${a.where} ${a.subnet}, which the internet cannot reach.`,
            (a) =>
              `${a.source}から${a.where}${a.target}へ直接通信しています。インターネットからは到達できません。`,
            { source: nodeRef(internet), target: nodeRef(target), subnet: nodeRef(subnet), where },
          ),
          data: { edge: edge.id },
        });
      }
    }
  },
});
