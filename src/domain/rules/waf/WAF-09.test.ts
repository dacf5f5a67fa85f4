import { diagram, ruleTester } from '../testing';
import type { EdgeSpec, NodeSpec } from '../testing';
import { WAF_09 } from './WAF-09';

const BASE: NodeSpec[] = [
  { id: 'internet', kind: 'internet' },
  { id: 'cf', kind: 'cloudfront', label: 'site' },
  { id: 'vpc', kind: 'vpc' },
  { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
  { id: 'alb', kind: 'alb', parent: 'pub', label: 'origin' },
];
const FRONTED: EdgeSpec[] = [
  { source: 'internet', target: 'cf' },
  { source: 'cf', target: 'alb' },
];

const drawn = (nodes: NodeSpec[], edges: EdgeSpec[]) =>
  diagram({ nodes: [...BASE, ...nodes], edges: [...FRONTED, ...edges] });

ruleTester(WAF_09, {
  valid: [
    { name: 'reached only through CloudFront', doc: drawn([], []) },
    {
      name: 'reached through either of two distributions',
      doc: drawn(
        [{ id: 'cf-2', kind: 'cloudfront' }],
        [
          { source: 'internet', target: 'cf-2' },
          { source: 'cf-2', target: 'alb' },
        ],
      ),
    },
    {
      name: 'a second hop inside the VPC that itself comes from CloudFront',
      doc: drawn(
        [{ id: 'app', kind: 'ec2', parent: 'pub' }],
        [
          { source: 'cf', target: 'app' },
          { source: 'app', target: 'alb' },
        ],
      ),
    },
    {
      name: 'an internal caller the internet never reaches',
      doc: drawn(
        [{ id: 'batch', kind: 'ec2', parent: 'pub' }],
        [{ source: 'batch', target: 'alb' }],
      ),
    },
    {
      name: 'an ALB reached from the internet but not behind CloudFront (WAF-06 territory)',
      doc: diagram({
        nodes: [
          { id: 'internet', kind: 'internet' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [{ source: 'internet', target: 'alb' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'the internet also reaches the ALB directly',
      doc: drawn([], [{ source: 'internet', target: 'alb' }]),
      findings: [{ nodes: ['alb', 'cf'], messageIncludes: "'origin'" }],
    },
    {
      name: 'the internet reaches it through an NLB',
      doc: drawn(
        [{ id: 'nlb', kind: 'nlb', parent: 'pub' }],
        [
          { source: 'internet', target: 'nlb' },
          { source: 'nlb', target: 'alb' },
        ],
      ),
      findings: [{ nodes: ['alb', 'cf'] }],
    },
    {
      name: 'the bypass goes around a node that CloudFront also reaches',
      doc: drawn(
        [{ id: 'proxy', kind: 'ec2', parent: 'pub' }],
        [
          { source: 'cf', target: 'proxy' },
          { source: 'internet', target: 'proxy' },
          { source: 'proxy', target: 'alb' },
        ],
      ),
      findings: [{ nodes: ['alb', 'cf'] }],
    },
    {
      name: 'two distributions in front, and a direct path too',
      doc: drawn(
        [{ id: 'cf-2', kind: 'cloudfront' }],
        [
          { source: 'internet', target: 'cf-2' },
          { source: 'cf-2', target: 'alb' },
          { source: 'internet', target: 'alb' },
        ],
      ),
      findings: [{ nodes: ['alb', 'cf', 'cf-2'] }],
    },
  ],
});
