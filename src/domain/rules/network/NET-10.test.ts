import type { NodeSpec } from '../testing';
import { diagram, ruleTester } from '../testing';
import { NET_10 } from './NET-10';

const vpc: NodeSpec[] = [
  { id: 'vpc', kind: 'vpc', label: 'prod-vpc' },
  { id: 'sn', kind: 'subnet', parent: 'vpc' },
];

ruleTester(NET_10, {
  valid: [
    {
      name: 'flow logs drawn in the VPC',
      doc: diagram({ nodes: [...vpc, { id: 'fl', kind: 'vpc-flow-logs', parent: 'vpc' }] }),
    },
    {
      name: 'flow logs outside, monitoring the VPC',
      doc: diagram({
        nodes: [...vpc, { id: 'fl', kind: 'vpc-flow-logs' }],
        edges: [{ source: 'fl', target: 'vpc', kind: 'monitors' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'no flow logs',
      doc: diagram({ nodes: vpc }),
      findings: [{ nodes: ['vpc'], messageIncludes: 'prod-vpc' }],
    },
    {
      name: 'flow logs in a subnet record only that subnet',
      doc: diagram({ nodes: [...vpc, { id: 'fl', kind: 'vpc-flow-logs', parent: 'sn' }] }),
      findings: [{ nodes: ['vpc'] }],
    },
  ],
});
