import type { NodeSpec } from '../testing';
import { diagram, ruleTester } from '../testing';
import { NET_08 } from './NET-08';

const nodes = (
  ec2Parent: 'pub' | 'priv',
  publicIp = false,
  lb: 'alb' | 'nlb' = 'alb',
): NodeSpec[] => [
  { id: 'vpc', kind: 'vpc' },
  { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
  { id: 'priv', kind: 'subnet', parent: 'vpc', props: { tier: 'private' } },
  { id: 'lb', kind: lb, parent: 'pub' },
  { id: 'web', kind: 'ec2', parent: ec2Parent, label: 'web-1', props: { publicIp } },
];
const edges = [{ source: 'lb', target: 'web' }];

ruleTester(NET_08, {
  valid: [
    { name: 'target in a private subnet', doc: diagram({ nodes: nodes('priv'), edges }) },
    {
      name: 'an EC2 in a public subnet that no load balancer sends to',
      doc: diagram({ nodes: nodes('pub') }),
    },
  ],
  invalid: [
    {
      name: 'ALB target in a public subnet',
      doc: diagram({ nodes: nodes('pub'), edges }),
      findings: [{ nodes: ['web', 'lb'], messageIncludes: 'public' }],
    },
    {
      name: 'NLB target with a public IP in a private subnet',
      doc: diagram({ nodes: nodes('priv', true, 'nlb'), edges }),
      findings: [{ nodes: ['web', 'lb'], messageIncludes: 'public IP' }],
    },
  ],
});
