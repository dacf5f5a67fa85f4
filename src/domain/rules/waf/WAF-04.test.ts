import { diagram, ruleTester } from '../testing';
import { WAF_04 } from './WAF-04';

const scoped = (scope: string, targetKind: 'cloudfront' | 'api-gateway' | 'appsync') =>
  diagram({
    nodes: [
      { id: 'acl', kind: 'waf', props: { scope } },
      { id: 't', kind: targetKind },
    ],
    edges: [{ source: 'acl', target: 't' }],
  });

ruleTester(WAF_04, {
  valid: [
    { name: 'auto scope on CloudFront', doc: scoped('auto', 'cloudfront') },
    { name: 'auto scope on a REST API', doc: scoped('auto', 'api-gateway') },
    { name: 'CloudFront scope on CloudFront', doc: scoped('cloudfront', 'cloudfront') },
    { name: 'Regional scope on AppSync', doc: scoped('regional', 'appsync') },
    {
      name: 'auto scope on both kinds at once (WAF-03 reports that)',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'api', kind: 'api-gateway' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'api' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'Regional scope on CloudFront',
      doc: scoped('regional', 'cloudfront'),
      findings: [{ nodes: ['acl', 't'], messageIncludes: 'Regional scope' }],
    },
    {
      name: 'CloudFront scope on a REST API',
      doc: scoped('cloudfront', 'api-gateway'),
      findings: [{ nodes: ['acl', 't'], messageIncludes: 'CloudFront scope' }],
    },
    {
      name: 'CloudFront scope: only the Regional targets',
      doc: diagram({
        nodes: [
          { id: 'acl', kind: 'waf', props: { scope: 'cloudfront' } },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'runner', kind: 'app-runner' },
        ],
        edges: [
          { source: 'acl', target: 'cf' },
          { source: 'acl', target: 'api' },
          { source: 'acl', target: 'runner' },
        ],
      }),
      findings: [{ nodes: ['acl', 'api'] }, { nodes: ['acl', 'runner'] }],
    },
  ],
});
