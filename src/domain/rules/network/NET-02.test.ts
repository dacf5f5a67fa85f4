import type { NodeSpec } from '../testing';
import { diagram, ruleTester } from '../testing';
import { NET_02 } from './NET-02';

const vpc = (tier: 'public' | 'private', gateways: number): NodeSpec[] => [
  { id: 'vpc', kind: 'vpc' },
  { id: 'sn', kind: 'subnet', parent: 'vpc', props: { tier } },
  ...Array.from({ length: gateways }, (_, i): NodeSpec => ({
    id: `igw-${i + 1}`,
    kind: 'internet-gateway',
    parent: 'vpc',
  })),
];

ruleTester(NET_02, {
  valid: [
    { name: 'a public subnet with one gateway', doc: diagram({ nodes: vpc('public', 1) }) },
    { name: 'a private subnet needs no gateway', doc: diagram({ nodes: vpc('private', 0) }) },
  ],
  invalid: [
    {
      name: 'two gateways in one VPC',
      doc: diagram({ nodes: vpc('public', 2) }),
      findings: [{ nodes: ['vpc', 'igw-1', 'igw-2'], messageIncludes: '2 internet gateways' }],
    },
    {
      name: 'a public subnet in a VPC without a gateway',
      doc: diagram({ nodes: vpc('public', 0) }),
      findings: [{ nodes: ['sn', 'vpc'] }],
    },
    {
      name: 'a gateway in another VPC does not count',
      doc: diagram({
        nodes: [
          ...vpc('public', 0),
          { id: 'vpc-2', kind: 'vpc' },
          { id: 'igw-other', kind: 'internet-gateway', parent: 'vpc-2' },
        ],
      }),
      findings: [{ nodes: ['sn', 'vpc'] }],
    },
  ],
});
