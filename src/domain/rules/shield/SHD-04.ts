import { protectedNodes, protectorsOf } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** Automatic application-layer mitigation on something it cannot work for. */
export const SHD_04 = defineRule({
  meta: {
    id: 'SHD-04',
    severity: 'error',
    group: 'shield',
    title: {
      en: 'Automatic L7 mitigation cannot work here',
      ja: 'L7 の自動緩和がここでは働かない',
    },
    why: {
      en: 'Shield Advanced automatic application-layer DDoS mitigation works only for CloudFront distributions and Application Load Balancers, and it acts by writing rules into the web ACL associated with the resource, so the resource needs a web ACL.',
      ja: 'Shield Advanced のアプリケーション層 DDoS の自動緩和が使えるのは CloudFront ディストリビューションと ALB だけです。リソースに関連付けた Web ACL にルールを追加して緩和するため、Web ACL も必要です。',
    },
    fix: {
      en: 'Protect the CloudFront distribution or the ALB, and attach a web ACL to it.',
      ja: 'CloudFront ディストリビューションまたは ALB を保護し、そこに Web ACL を関連付けてください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-automatic-app-layer-response.html',
  },
  check(graph, report) {
    for (const shield of graph.nodesOfKind('shield')) {
      if (shield.props.autoL7Mitigation !== true) continue;
      for (const target of protectedNodes(graph, shield.id)) {
        const args = { shield: nodeRef(shield), target: nodeRef(target) };
        if (target.kind !== 'cloudfront' && target.kind !== 'alb') {
          report({
            nodes: [shield.id, target.id],
            message: message(
              (a) =>
                `${a.shield} has automatic L7 mitigation on, but ${a.target} is neither CloudFront nor an ALB.`,
              (a) =>
                `${a.shield}は L7 の自動緩和が有効ですが、${a.target}は CloudFront でも ALB でもありません。`,
              args,
            ),
          });
        } else if (protectorsOf(graph, target.id, 'waf').length === 0) {
          report({
            nodes: [shield.id, target.id],
            message: message(
              (a) =>
                `${a.shield} has automatic L7 mitigation on, but ${a.target} has no web ACL for it to add rules to.`,
              (a) =>
                `${a.shield}は L7 の自動緩和が有効ですが、${a.target}にはルールを追加する Web ACL がありません。`,
              args,
            ),
          });
        }
      }
    }
  },
});
