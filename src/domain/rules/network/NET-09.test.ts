import type { NodeSpec } from '../testing';
import { diagram, ruleTester } from '../testing';
import { NET_09 } from './NET-09';

const nodes = (secondAz: string): NodeSpec[] => [
  { id: 'vpc', kind: 'vpc' },
  { id: 'sn-1', kind: 'subnet', parent: 'vpc', props: { az: 'a' } },
  { id: 'sn-2', kind: 'subnet', parent: 'vpc', props: { az: secondAz } },
  { id: 'alb', kind: 'alb', parent: 'vpc' },
  { id: 'web-1', kind: 'ec2', parent: 'sn-1' },
  { id: 'web-2', kind: 'ec2', parent: 'sn-2' },
  { id: 'db', kind: 'rds', parent: 'sn-1' },
];
const edges = [
  { source: 'alb', target: 'web-1' },
  { source: 'alb', target: 'web-2' },
  { source: 'web-1', target: 'db' },
];

ruleTester(NET_09, {
  valid: [
    { name: 'targets in two zones', doc: diagram({ nodes: nodes('c'), edges }) },
    { name: 'a load balancer without EC2 targets', doc: diagram({ nodes: nodes('a') }) },
    { name: 'a target whose zone is unknown', doc: diagram({ nodes: nodes(''), edges }) },
  ],
  invalid: [
    {
      name: 'both targets in zone a',
      doc: diagram({ nodes: nodes('a'), edges }),
      findings: [{ nodes: ['alb', 'web-1', 'web-2'], messageIncludes: 'Availability Zone a' }],
    },
    {
      name: 'a single target',
      doc: diagram({ nodes: nodes('c'), edges: [edges[0]] }),
      findings: [{ nodes: ['alb', 'web-1'] }],
    },
  ],
});
