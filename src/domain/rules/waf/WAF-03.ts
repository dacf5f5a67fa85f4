import { protectedNodes } from '../protects';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';
import { isRegionalWafResource } from './regional';

/** One web ACL shared by a CloudFront distribution and a Regional resource. */
export const WAF_03 = defineRule({
  meta: {
    id: 'WAF-03',
    severity: 'error',
    group: 'waf',
    title: {
      en: 'One web ACL for CloudFront and a Regional resource',
      ja: '1 つの Web ACL を CloudFront とリージョンリソースで共有している',
    },
    why: {
      en: 'A web ACL that is associated with a CloudFront distribution cannot be associated with any other resource type. CloudFront web ACLs are global; ALBs, REST APIs and the other resources take Regional web ACLs.',
      ja: 'CloudFront ディストリビューションに関連付けた Web ACL は、ほかの種類のリソースには関連付けられません。CloudFront 用の Web ACL はグローバル、ALB や REST API などはリージョンの Web ACL を使います。',
    },
    fix: {
      en: 'Use one global web ACL for CloudFront and a separate Regional web ACL for the other resources.',
      ja: 'CloudFront にはグローバルの Web ACL を、ほかのリソースには別のリージョンの Web ACL を用意してください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  check(graph, report) {
    for (const waf of graph.nodesOfKind('waf')) {
      const targets = protectedNodes(graph, waf.id);
      const distributions = targets.filter((t) => t.kind === 'cloudfront');
      const regional = targets.filter(isRegionalWafResource);
      if (distributions.length === 0 || regional.length === 0) continue;
      report({
        nodes: [waf.id, ...distributions.map((d) => d.id), ...regional.map((r) => r.id)],
        message: message(
          (a) => `${a.waf} protects ${a.cf} and also the Regional ${a.regional}.`,
          (a) => `${a.waf}は${a.cf}と、リージョンリソースの${a.regional}の両方を保護しています。`,
          { waf: nodeRef(waf), cf: nodeRefs(distributions), regional: nodeRefs(regional) },
        ),
      });
    }
  },
});
