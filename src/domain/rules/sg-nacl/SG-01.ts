import type { DiagramNode } from '../../document/types';
import type { GraphIndex } from '../../graph/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

const NETWORK_CONTAINERS = new Set(['subnet', 'vpc']);

/**
 * The security group a subnet or VPC is drawn in, if it is the outermost network
 * container inside that group (a VPC in a group reports once, not once per subnet).
 */
function enclosingGroup(graph: GraphIndex, node: DiagramNode): DiagramNode | undefined {
  for (const above of graph.ancestors(node.id)) {
    if (above.kind === 'security-group') return above;
    if (NETWORK_CONTAINERS.has(above.kind)) return undefined;
  }
  return undefined;
}

/** Each filter at its level: security groups on resources, network ACLs on subnets. */
export const SG_01 = defineRule({
  meta: {
    id: 'SG-01',
    severity: 'error',
    group: 'sg-nacl',
    title: {
      en: 'Security group or network ACL at the wrong level',
      ja: 'セキュリティグループやネットワーク ACL の階層が誤っている',
    },
    why: {
      en: 'A network ACL filters traffic at the subnet boundary: it is associated with subnets of its VPC. A security group filters traffic of the resources it is attached to, such as instances and load balancers. A security group cannot contain a subnet or a VPC, and a network ACL outside a subnet or VPC filters nothing.',
      ja: 'ネットワーク ACL はサブネットの境界で通信を制御し、VPC 内のサブネットに関連付けます。セキュリティグループは、インスタンスやロードバランサーなどアタッチされたリソースの通信を制御します。セキュリティグループがサブネットや VPC を含むことはなく、サブネットや VPC の外にあるネットワーク ACL は何も制御しません。',
    },
    fix: {
      en: 'Put security groups around resources and network ACLs in subnets or VPCs.',
      ja: 'セキュリティグループはリソースの周りに、ネットワーク ACL はサブネットか VPC の中に置いてください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  check(graph, report) {
    for (const kind of ['vpc', 'subnet'] as const) {
      for (const inner of graph.nodesOfKind(kind)) {
        const sg = enclosingGroup(graph, inner);
        if (!sg) continue;
        report({
          nodes: [sg.id, inner.id],
          message: message(
            (a) =>
              `${a.sg} contains ${a.inner}; a security group applies to resources, not to subnets or VPCs.`,
            (a) =>
              `${a.sg}の中に${a.inner}があります。セキュリティグループはリソースに適用するもので、サブネットや VPC には適用できません。`,
            { sg: nodeRef(sg), inner: nodeRef(inner) },
          ),
        });
      }
    }
    for (const nacl of graph.nodesOfKind('network-acl')) {
      const parent = nacl.parent === undefined ? undefined : graph.node(nacl.parent);
      if (parent && NETWORK_CONTAINERS.has(parent.kind)) continue;
      report({
        nodes: [nacl.id],
        message: message(
          (a) =>
            `${a.nacl} is ${a.where}; a network ACL belongs in a subnet (or in a VPC as its default).`,
          (a) =>
            `${a.nacl}が${a.where}にあります。ネットワーク ACL はサブネット（VPC の既定にするなら VPC）の中に置きます。`,
          {
            nacl: nodeRef(nacl),
            where: parent
              ? message(
                  (a) => `in ${a.p}`,
                  (a) => a.p,
                  { p: nodeRef(parent) },
                )
              : { en: 'outside any VPC', ja: 'VPC の外' },
          },
        ),
      });
    }
  },
});
