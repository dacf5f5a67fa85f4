import { protectorsOf } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { addWebAcl } from './addWebAcl';

/** An internet entry point that could carry a web ACL but has none. */
export const WAF_06 = defineRule({
  meta: {
    id: 'WAF-06',
    severity: 'warning',
    group: 'waf',
    title: {
      en: 'Internet entry point without a web ACL',
      ja: 'インターネットからの入口に Web ACL がない',
    },
    why: {
      en: 'The first resource that internet requests reach is where AWS WAF filters SQL injection, cross-site scripting, bots and floods before they reach the application. AWS Security Hub flags CloudFront distributions (CloudFront.6), API Gateway REST API stages (APIGateway.4) and Application Load Balancers (ELB.16) that have no web ACL.',
      ja: 'インターネットからのリクエストが最初に届くリソースは、SQL インジェクションやクロスサイトスクリプティング、ボット、大量リクエストを AWS WAF でアプリケーションの手前で止められる場所です。AWS Security Hub は Web ACL のない CloudFront ディストリビューション（CloudFront.6）、API Gateway REST API のステージ（APIGateway.4）、ALB（ELB.16）を検出します。',
    },
    fix: {
      en: 'Attach a web ACL with AWS managed rule groups to the entry point.',
      ja: '入口のリソースに、AWS マネージドルールグループを入れた Web ACL を関連付けてください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16',
    fixable: true,
  },
  check(graph, report) {
    for (const entry of graph.entryPoints()) {
      if (protectorsOf(graph, entry.id, 'waf').length > 0) continue;
      report({
        nodes: [entry.id],
        message: message(
          (a) =>
            `${a.entry} receives requests from the internet with no AWS WAF web ACL in front of the application.`,
          (a) =>
            `${a.entry}はインターネットからのリクエストを受けていますが、AWS WAF の Web ACL がありません。`,
          { entry: nodeRef(entry) },
        ),
      });
    }
  },
  fixFinding(doc, finding) {
    return addWebAcl(doc, finding.nodes[0]);
  },
});
