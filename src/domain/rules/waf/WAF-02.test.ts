import { diagram, ruleTester } from '../testing';
import { WAF_02 } from './WAF-02';

ruleTester(WAF_02, {
  valid: [
    {
      name: 'one web ACL per resource, one web ACL on two resources',
      doc: diagram({
        nodes: [
          { id: 'acl-1', kind: 'waf' },
          { id: 'acl-2', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'pool', kind: 'cognito-user-pool' },
        ],
        edges: [
          { source: 'acl-1', target: 'cf' },
          { source: 'acl-2', target: 'api' },
          { source: 'acl-2', target: 'pool' },
        ],
      }),
    },
    {
      name: 'the same web ACL drawn twice to one resource',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'cf' },
        ],
      }),
    },
    {
      name: 'a web ACL and a Shield on one resource',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'shield', kind: 'shield' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'shield', target: 'cf' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two web ACLs on a distribution',
      doc: diagram({
        nodes: [
          { id: 'acl-1', kind: 'waf', label: 'first' },
          { id: 'acl-2', kind: 'waf', label: 'second' },
          { id: 'cf', kind: 'cloudfront', label: 'site' },
        ],
        edges: [
          { source: 'acl-1', target: 'cf' },
          { source: 'acl-2', target: 'cf' },
        ],
      }),
      findings: [{ nodes: ['cf', 'acl-1', 'acl-2'], messageIncludes: "'site'" }],
    },
    {
      name: 'three web ACLs on an API, two on an ALB',
      doc: diagram({
        nodes: [
          { id: 'a', kind: 'waf' },
          { id: 'b', kind: 'waf' },
          { id: 'c', kind: 'waf' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'a', target: 'api' },
          { source: 'b', target: 'api' },
          { source: 'c', target: 'api' },
          { source: 'a', target: 'alb' },
          { source: 'c', target: 'alb' },
        ],
      }),
      findings: [{ nodes: ['api', 'a', 'b', 'c'] }, { nodes: ['alb', 'a', 'c'] }],
    },
  ],
});
