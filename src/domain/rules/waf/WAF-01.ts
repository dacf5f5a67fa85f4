import { isWafCapable } from '../../graph/capabilities';
import { protectedNodes } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** A web ACL linked to a resource type that AWS WAF cannot associate with. */
export const WAF_01 = defineRule({
  meta: {
    id: 'WAF-01',
    severity: 'error',
    group: 'waf',
    title: {
      en: 'Web ACL on a resource that cannot carry one',
      ja: 'Web ACL を関連付けられないリソースに WAF を付けている',
    },
    why: {
      en: 'A web ACL can be associated only with CloudFront distributions, API Gateway REST APIs, Application Load Balancers, AppSync GraphQL APIs, Cognito user pools, App Runner services and Verified Access instances. Network Load Balancers, EC2 instances, S3 buckets, Lambda functions, Route 53, Global Accelerator and API Gateway HTTP or WebSocket APIs cannot have one.',
      ja: 'Web ACL を関連付けられるのは CloudFront ディストリビューション、API Gateway の REST API、ALB、AppSync の GraphQL API、Cognito ユーザープール、App Runner サービス、Verified Access インスタンスに限られます。NLB、EC2、S3、Lambda、Route 53、Global Accelerator、API Gateway の HTTP API・WebSocket API には付けられません。',
    },
    fix: {
      en: 'Put CloudFront, a REST API or an ALB in front of the resource and attach the web ACL there.',
      ja: 'リソースの前段に CloudFront、REST API または ALB を置き、そこに Web ACL を関連付けてください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  check(graph, report) {
    for (const waf of graph.nodesOfKind('waf')) {
      for (const target of protectedNodes(graph, waf.id)) {
        if (isWafCapable(target)) continue;
        report({
          nodes: [waf.id, target.id],
          message: message(
            (a) => `${a.waf} protects ${a.target}, which cannot carry a web ACL.`,
            (a) =>
              `${a.waf}が${a.target}を保護していますが、このリソースには Web ACL を関連付けられません。`,
            { waf: nodeRef(waf), target: nodeRef(target) },
          ),
        });
      }
    }
  },
});
