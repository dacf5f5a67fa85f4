import type { DiagramNode } from '../../document/types';
import type { GraphIndex } from '../../graph/types';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/**
 * Can the internet reach `alb` on a traffic path that avoids all of `distributions`?
 * The exact search walks the whole graph once per ALB, so the two common answers are
 * settled first from the ALB's own incoming edges: straight from the internet (yes), or
 * only from its distributions and from nodes the internet never reaches (no).
 */
function bypassesCloudFront(
  graph: GraphIndex,
  alb: DiagramNode,
  distributions: readonly DiagramNode[],
): boolean {
  const avoid = new Set(distributions.map((d) => d.id));
  const others = graph
    .edgesIn(alb.id, 'traffic')
    .map((e) => graph.node(e.source))
    .filter((n): n is DiagramNode => n !== undefined && !avoid.has(n.id));
  if (others.some((n) => n.kind === 'internet')) return true;
  const reached = graph.reachableFromInternet();
  if (!others.some((n) => reached.has(n.id))) return false;
  return graph.reachableFromInternetAvoiding(alb.id, avoid);
}

/** An ALB behind CloudFront that the internet can also reach directly. */
export const WAF_09 = defineRule({
  meta: {
    id: 'WAF-09',
    severity: 'warning',
    group: 'waf',
    title: {
      en: 'CloudFront origin ALB reachable around CloudFront',
      ja: 'CloudFront のオリジンの ALB に CloudFront を経由せず届く',
    },
    why: {
      en: 'When an ALB is the origin of a CloudFront distribution but also accepts requests that do not come through CloudFront, attackers can skip the distribution and the web ACL on it. Only CloudFront should be able to reach the origin.',
      ja: 'ALB が CloudFront ディストリビューションのオリジンなのに CloudFront を通らないリクエストも受け付けると、攻撃者はディストリビューションとそこに付けた Web ACL を迂回できます。オリジンに届けるのは CloudFront だけにすべきです。',
    },
    fix: {
      en: 'Let only CloudFront reach the ALB: a secret custom header checked by the ALB, the CloudFront managed prefix list in its security group, or a VPC origin.',
      ja: 'ALB に届くのを CloudFront だけにしてください。ALB で確認する秘密のカスタムヘッダー、セキュリティグループでの CloudFront マネージドプレフィックスリスト、または VPC オリジンを使います。',
    },
    source:
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html',
  },
  check(graph, report) {
    // Per ALB, every distribution it is the origin of: a path through any of them is not
    // a bypass, so they are avoided together.
    const fronts = new Map<string, { alb: DiagramNode; distributions: DiagramNode[] }>();
    for (const cf of graph.nodesOfKind('cloudfront')) {
      for (const edge of graph.edgesOut(cf.id, 'traffic')) {
        const alb = graph.node(edge.target);
        if (alb?.kind !== 'alb') continue;
        const entry = fronts.get(alb.id) ?? { alb, distributions: [] };
        if (!entry.distributions.includes(cf)) entry.distributions.push(cf);
        fronts.set(alb.id, entry);
      }
    }
    for (const { alb, distributions } of fronts.values()) {
      if (!bypassesCloudFront(graph, alb, distributions)) continue;
      report({
        nodes: [alb.id, ...distributions.map((d) => d.id)],
        message: message(
          (a) =>
            `${a.alb} is the origin of ${a.cf}, but the internet also reaches it without going through CloudFront.`,
          (a) =>
            `${a.alb}は${a.cf}のオリジンですが、インターネットから CloudFront を経由せずにも届きます。`,
          { alb: nodeRef(alb), cf: nodeRefs(distributions) },
        ),
      });
    }
  },
});
