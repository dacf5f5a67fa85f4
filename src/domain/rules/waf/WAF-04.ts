import { protectedNodes } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { isRegionalWafResource } from './regional';

/** A web ACL whose explicit scope does not match what it protects. */
export const WAF_04 = defineRule({
  meta: {
    id: 'WAF-04',
    severity: 'error',
    group: 'waf',
    title: {
      en: 'Web ACL scope does not match the protected resource',
      ja: 'Web ACL のスコープが保護対象と合っていない',
    },
    why: {
      en: 'Web ACLs for CloudFront are created in the global scope (US East, N. Virginia); web ACLs for ALBs, REST APIs and other Regional resources are created in the Region of the resource. A web ACL of one scope cannot be associated with a resource of the other.',
      ja: 'CloudFront 用の Web ACL はグローバルスコープ（米国東部・バージニア北部）に、ALB や REST API などのリージョンリソース用はそのリソースのリージョンに作成します。スコープが違う Web ACL は関連付けられません。',
    },
    fix: {
      en: "Set the web ACL's scope to match: CloudFront for a distribution, Regional for the others.",
      ja: 'Web ACL のスコープを合わせてください。ディストリビューションには CloudFront、それ以外にはリージョンを指定します。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  check(graph, report) {
    for (const waf of graph.nodesOfKind('waf')) {
      const scope = waf.props.scope;
      // 'auto' follows whatever it protects, so it never mismatches.
      if (scope !== 'regional' && scope !== 'cloudfront') continue;
      for (const target of protectedNodes(graph, waf.id)) {
        const mismatch =
          scope === 'regional' ? target.kind === 'cloudfront' : isRegionalWafResource(target);
        if (!mismatch) continue;
        const args = { waf: nodeRef(waf), target: nodeRef(target) };
        report({
          nodes: [waf.id, target.id],
          message:
            scope === 'regional'
              ? message(
                  (a) =>
                    `${a.waf} has the Regional scope but protects ${a.target}, which needs a CloudFront (global) web ACL.`,
                  (a) =>
                    `${a.waf}のスコープはリージョンですが、CloudFront（グローバル）の Web ACL が必要な${a.target}を保護しています。`,
                  args,
                )
              : message(
                  (a) => `${a.waf} has the CloudFront scope but protects the Regional ${a.target}.`,
                  (a) =>
                    `${a.waf}のスコープは CloudFront ですが、リージョンリソースの${a.target}を保護しています。`,
                  args,
                ),
        });
      }
    }
  },
});
