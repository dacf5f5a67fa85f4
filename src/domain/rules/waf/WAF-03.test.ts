import { diagram, ruleTester } from '../testing';
import { WAF_03 } from './WAF-03';

ruleTester(WAF_03, {
  valid: [
    {
      name: 'one web ACL on two distributions, another on the ALB',
      doc: diagram({
        nodes: [
          { id: 'global', kind: 'waf' },
          { id: 'regional', kind: 'waf' },
          { id: 'cf-1', kind: 'cloudfront' },
          { id: 'cf-2', kind: 'cloudfront' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'global', target: 'cf-1' },
          { source: 'global', target: 'cf-2' },
          { source: 'regional', target: 'alb' },
        ],
      }),
    },
    {
      name: 'CloudFront and a resource that cannot carry a web ACL (WAF-01 reports that)',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'bucket', kind: 's3' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'bucket' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'CloudFront and an ALB share a web ACL',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf', label: 'shared' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'alb' },
        ],
      }),
      findings: [{ nodes: ['acl', 'cf', 'alb'], messageIncludes: "'shared'" }],
    },
    {
      name: 'one finding per web ACL, naming every resource involved',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'pool', kind: 'cognito-user-pool' },
        ],
        edges: [
          { source: 'acl', target: 'api' },
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'pool' },
        ],
      }),
      findings: [{ nodes: ['acl', 'cf', 'api', 'pool'] }],
    },
  ],
});
