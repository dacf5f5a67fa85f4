import type { DiagramNode } from '../../document/types';
import { protectedNodes } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { shieldsOfTier } from './advanced';

/** The resource types Shield Advanced can protect, as drawn. */
function isShieldAdvancedResource(node: DiagramNode): boolean {
  switch (node.kind) {
    case 'cloudfront':
    case 'route53':
    case 'alb':
      return true;
    case 'global-accelerator':
      return node.props.type === 'standard';
    case 'ec2':
    case 'nlb':
      // Protected through their Elastic IP address.
      return node.props.elasticIp === true;
    default:
      return false;
  }
}

/** Shield Advanced linked to a resource it cannot protect. */
export const SHD_02 = defineRule({
  meta: {
    id: 'SHD-02',
    severity: 'error',
    group: 'shield',
    title: {
      en: 'Shield Advanced on a resource it cannot protect',
      ja: 'Shield Advanced で保護できないリソースを保護している',
    },
    why: {
      en: 'Shield Advanced protects CloudFront distributions, Route 53 hosted zones, standard Global Accelerator accelerators, Application Load Balancers, and Elastic IP addresses, through which it covers EC2 instances and Network Load Balancers. Other resources cannot be added as protections.',
      ja: 'Shield Advanced が保護できるのは CloudFront ディストリビューション、Route 53 ホストゾーン、標準の Global Accelerator、ALB、そして Elastic IP アドレス（これを通じて EC2 インスタンスと NLB）です。それ以外のリソースは保護対象に追加できません。',
    },
    fix: {
      en: 'Protect the CloudFront distribution or ALB in front of it, or give the instance or NLB an Elastic IP and protect that.',
      ja: '前段の CloudFront または ALB を保護するか、インスタンスや NLB に Elastic IP を付けてそれを保護してください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary-protected-resources.html',
  },
  check(graph, report) {
    for (const shield of shieldsOfTier(graph, 'advanced')) {
      for (const target of protectedNodes(graph, shield.id)) {
        if (isShieldAdvancedResource(target)) continue;
        report({
          nodes: [shield.id, target.id],
          message: message(
            (a) => `${a.shield} protects ${a.target}, which Shield Advanced cannot protect.`,
            (a) =>
              `${a.shield}が${a.target}を保護していますが、このリソースは Shield Advanced の保護対象にできません。`,
            { shield: nodeRef(shield), target: nodeRef(target) },
          ),
        });
      }
    }
  },
});
