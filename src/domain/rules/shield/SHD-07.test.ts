import { diagram, ruleTester } from '../testing';
import type { EdgeSpec, NodeSpec } from '../testing';
import { SHD_07 } from './SHD-07';

const fromInternet = (nodes: NodeSpec[], edges: EdgeSpec[]) =>
  diagram({ nodes: [{ id: 'internet', kind: 'internet' }, ...nodes], edges });

ruleTester(SHD_07, {
  valid: [
    {
      name: 'CloudFront protected by Shield Advanced; the ALB behind it is not first',
      doc: fromInternet(
        [
          { id: 'shield', kind: 'shield' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        [
          { source: 'internet', target: 'cf' },
          { source: 'cf', target: 'alb' },
          { source: 'shield', target: 'cf' },
        ],
      ),
    },
    {
      name: 'nothing of those kinds on an internet path',
      doc: fromInternet(
        [{ id: 'api', kind: 'api-gateway' }],
        [{ source: 'internet', target: 'api' }],
      ),
    },
    {
      name: 'a CloudFront the internet does not reach',
      doc: fromInternet([{ id: 'cf', kind: 'cloudfront' }], []),
    },
  ],
  invalid: [
    {
      name: 'Route 53 first, CloudFront behind it',
      doc: fromInternet(
        [
          { id: 'dns', kind: 'route53', label: 'zone' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        [
          { source: 'internet', target: 'dns' },
          { source: 'dns', target: 'cf' },
        ],
      ),
      findings: [{ nodes: ['dns'], messageIncludes: "'zone'" }],
    },
    {
      name: 'only Shield Standard on CloudFront',
      doc: fromInternet(
        [
          { id: 'shield', kind: 'shield', props: { tier: 'standard' } },
          { id: 'cf', kind: 'cloudfront' },
        ],
        [
          { source: 'internet', target: 'cf' },
          { source: 'shield', target: 'cf' },
        ],
      ),
      findings: [{ nodes: ['cf'] }],
    },
    {
      name: 'an accelerator and an ALB reached straight from the internet',
      doc: fromInternet(
        [
          { id: 'ga', kind: 'global-accelerator' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
          { id: 'nlb', kind: 'nlb', parent: 'vpc' },
        ],
        [
          { source: 'internet', target: 'ga' },
          { source: 'ga', target: 'nlb' },
          { source: 'internet', target: 'alb' },
        ],
      ),
      findings: [{ nodes: ['ga'] }, { nodes: ['alb'] }],
    },
  ],
});
