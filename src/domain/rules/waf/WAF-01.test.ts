import { diagram, ruleTester } from '../testing';
import { WAF_01 } from './WAF-01';

const protecting = (kind: Parameters<typeof diagram>[0]['nodes'][number]['kind'], props = {}) =>
  diagram({
    nodes: [
      { id: 'acl', kind: 'waf', label: 'edge-acl' },
      { id: 't', kind, label: 'target', props },
    ],
    edges: [{ source: 'acl', target: 't' }],
  });

ruleTester(WAF_01, {
  valid: [
    { name: 'CloudFront', doc: protecting('cloudfront') },
    { name: 'ALB', doc: protecting('alb') },
    { name: 'REST API', doc: protecting('api-gateway', { apiType: 'rest' }) },
    { name: 'AppSync', doc: protecting('appsync') },
    { name: 'Cognito user pool', doc: protecting('cognito-user-pool') },
    { name: 'App Runner', doc: protecting('app-runner') },
    { name: 'Verified Access', doc: protecting('verified-access') },
    {
      name: 'a WAF logging to S3 with an explicit logs edge',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'bucket', kind: 's3' },
        ],
        edges: [{ source: 'acl', target: 'bucket', kind: 'logs' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'NLB, named by label',
      doc: protecting('nlb'),
      findings: [{ nodes: ['acl', 't'], messageIncludes: "'edge-acl'" }],
    },
    { name: 'EC2', doc: protecting('ec2'), findings: [{ nodes: ['acl', 't'] }] },
    {
      name: 'S3 (inferred protects edge)',
      doc: protecting('s3'),
      findings: [{ nodes: ['acl', 't'] }],
    },
    { name: 'Lambda', doc: protecting('lambda'), findings: [{ nodes: ['acl', 't'] }] },
    { name: 'Route 53', doc: protecting('route53'), findings: [{ nodes: ['acl', 't'] }] },
    {
      name: 'Global Accelerator',
      doc: protecting('global-accelerator'),
      findings: [{ nodes: ['acl', 't'] }],
    },
    {
      name: 'HTTP API',
      doc: protecting('api-gateway', { apiType: 'http' }),
      findings: [{ nodes: ['acl', 't'] }],
    },
    {
      name: 'WebSocket API',
      doc: protecting('api-gateway', { apiType: 'websocket' }),
      findings: [{ nodes: ['acl', 't'], messageIncludes: "'target'" }],
    },
    {
      name: 'one finding per wrong target, none for the right one',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'alb', kind: 'alb', parent: 'sn' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'nlb', kind: 'nlb', parent: 'sn' },
          { id: 'ec2', kind: 'ec2', parent: 'sn' },
        ],
        edges: [
          { source: 'acl', target: 'alb' },
          { source: 'acl', target: 'nlb' },
          { source: 'acl', target: 'ec2' },
        ],
      }),
      findings: [{ nodes: ['acl', 'nlb'] }, { nodes: ['acl', 'ec2'] }],
    },
  ],
});
