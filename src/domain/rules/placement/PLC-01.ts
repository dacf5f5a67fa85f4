import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { moveOutOfNetwork } from './moveOutOfNetwork';
import { problemOf, whereItIs } from './where';

/** An account or Region level service drawn inside a VPC, subnet or security group. */
export const PLC_01 = defineRule({
  meta: {
    id: 'PLC-01',
    severity: 'error',
    group: 'placement',
    title: {
      en: 'Account or Region service drawn inside a VPC',
      ja: 'アカウント／リージョン単位のサービスを VPC の中に置いている',
    },
    why: {
      en: 'Services such as GuardDuty, AWS WAF, Shield, CloudFront and S3 are enabled per account and Region (CloudFront and Shield globally). They are not resources launched into a subnet, so they never sit inside a VPC, a subnet or a security group; they reach the resources they serve through associations and connections.',
      ja: 'GuardDuty、AWS WAF、Shield、CloudFront、S3 などは、アカウントとリージョンごと（CloudFront と Shield はグローバル）に有効にするサービスです。サブネットに起動するリソースではないので、VPC、サブネット、セキュリティグループの中には置けません。対象のリソースとは関連付けや接続でつながります。',
    },
    fix: {
      en: 'Move it out of the VPC and connect it to the resources with an edge.',
      ja: 'VPC の外に出し、対象のリソースとはエッジでつないでください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
    fixable: true,
  },
  check(graph, report) {
    for (const node of graph.doc.nodes) {
      if (problemOf(graph, node) !== 'scope-in-vpc') continue;
      report({
        nodes: [node.id],
        message: message(
          (a) =>
            `${a.node} is drawn ${a.where}, but it is an account or Region level service, not a resource in a VPC.`,
          (a) =>
            `${a.node}が${a.where}に置かれていますが、VPC 内のリソースではなく、アカウント／リージョン単位のサービスです。`,
          { node: nodeRef(node), where: whereItIs(graph, node) },
        ),
      });
    }
  },
  fixFinding(doc, finding) {
    return moveOutOfNetwork(doc, finding.nodes[0]);
  },
});
