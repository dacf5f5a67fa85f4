import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { SHD_04 } from './SHD-04';

const autoL7 = (target: Omit<NodeSpec, 'id'>, withWaf: boolean, autoL7Mitigation = true) =>
  diagram({
    nodes: [
      { id: 'shield', kind: 'shield', label: 'ddos', props: { autoL7Mitigation } },
      { id: 'acl', kind: 'waf' },
      { id: 'vpc', kind: 'vpc' },
      { id: 't', label: 'target', ...target },
    ],
    edges: [
      { source: 'shield', target: 't' },
      ...(withWaf ? [{ source: 'acl', target: 't' }] : []),
    ],
  });

ruleTester(SHD_04, {
  valid: [
    { name: 'CloudFront with a web ACL', doc: autoL7({ kind: 'cloudfront' }, true) },
    { name: 'ALB with a web ACL', doc: autoL7({ kind: 'alb', parent: 'vpc' }, true) },
    { name: 'mitigation off', doc: autoL7({ kind: 'route53' }, false, false) },
  ],
  invalid: [
    {
      name: 'CloudFront without a web ACL',
      doc: autoL7({ kind: 'cloudfront' }, false),
      findings: [{ nodes: ['shield', 't'], messageIncludes: 'no web ACL' }],
    },
    {
      name: 'Route 53 is neither CloudFront nor an ALB',
      doc: autoL7({ kind: 'route53' }, false),
      findings: [{ nodes: ['shield', 't'], messageIncludes: 'neither CloudFront nor an ALB' }],
    },
    {
      name: 'one finding per protected node that fails',
      doc: diagram({
        nodes: [
          { id: 'shield', kind: 'shield', props: { autoL7Mitigation: true } },
          { id: 'acl', kind: 'waf' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'ga', kind: 'global-accelerator' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'shield', target: 'cf' },
          { source: 'shield', target: 'ga' },
          { source: 'shield', target: 'alb' },
          { source: 'acl', target: 'cf' },
        ],
      }),
      findings: [{ nodes: ['shield', 'ga'] }, { nodes: ['shield', 'alb'] }],
    },
  ],
});
