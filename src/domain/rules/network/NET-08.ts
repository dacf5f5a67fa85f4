import { message, nodeRef } from '../text';
import { defineRule } from '../types';

const LOAD_BALANCERS = ['alb', 'nlb'] as const;

/** Load balancer targets that are themselves exposed: in a public subnet or with a public IP. */
export const NET_08 = defineRule({
  meta: {
    id: 'NET-08',
    severity: 'warning',
    group: 'network',
    title: {
      en: 'Load balancer target exposed to the internet',
      ja: 'ロードバランサーのターゲットがインターネットに露出している',
    },
    why: {
      en: 'Behind a load balancer the servers need no internet address of their own: the load balancer sits in the public subnets and the servers in private subnets, reaching out through a NAT gateway when they must. A server in a public subnet or with a public IP can be attacked directly, around the load balancer.',
      ja: 'ロードバランサーの背後にあるサーバーには、インターネット用のアドレスは不要です。ロードバランサーをパブリックサブネットに、サーバーをプライベートサブネットに置き、外部へは必要に応じて NAT ゲートウェイ経由で接続します。パブリックサブネットにあるサーバーやパブリック IP を持つサーバーは、ロードバランサーを迂回して直接攻撃されるおそれがあります。',
    },
    fix: {
      en: 'Move the targets to private subnets and remove their public IP addresses.',
      ja: 'ターゲットをプライベートサブネットに移し、パブリック IP を外してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-private-subnets-nat.html',
  },
  check(graph, report) {
    for (const kind of LOAD_BALANCERS) {
      for (const lb of graph.nodesOfKind(kind)) {
        for (const edge of graph.edgesOut(lb.id, 'traffic')) {
          const target = graph.node(edge.target);
          if (target?.kind !== 'ec2') continue;
          const subnet = graph.nearest(target.id, 'subnet');
          const inPublicSubnet = subnet?.props.tier === 'public';
          const hasPublicIp = target.props.publicIp === true;
          if (!inPublicSubnet && !hasPublicIp) continue;
          const reason =
            inPublicSubnet && subnet
              ? message(
                  (a) => `is in the public ${a.subnet}${a.ip}`,
                  (a) => `パブリックな${a.subnet}にあります${a.ip}`,
                  {
                    subnet: nodeRef(subnet),
                    ip: hasPublicIp
                      ? { en: ' and has a public IP', ja: '（パブリック IP もあります）' }
                      : '',
                  },
                )
              : { en: 'has a public IP', ja: 'パブリック IP を持っています' };
          report({
            nodes: [target.id, lb.id],
            message: message(
              (a) =>
                `${a.target}, a target of ${a.lb}, ${a.reason}: it can be reached around the load balancer.`,
              (a) =>
                `${a.lb}のターゲットである${a.target}は${a.reason}。ロードバランサーを経由せずに到達できてしまいます。`,
              { target: nodeRef(target), lb: nodeRef(lb), reason },
            ),
          });
        }
      }
    }
  },
});
