import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../testing';
import { diagram, expectFixResolves, ruleTester, runOnly } from '../testing';
import { NET_06 } from './NET-06';

/** A VPC with public subnets in a and c and a private one in c, the ALB drawn in pub-a. */
const base: NodeSpec[] = [
  { id: 'vpc', kind: 'vpc', position: { x: 0, y: 0 }, size: { width: 900, height: 400 } },
  { id: 'igw', kind: 'internet-gateway', parent: 'vpc', position: { x: 10, y: 10 } },
  {
    id: 'pub-a',
    kind: 'subnet',
    parent: 'vpc',
    position: { x: 40, y: 60 },
    size: { width: 300, height: 250 },
    props: { tier: 'public', az: 'a', cidr: '10.0.0.0/24' },
  },
  {
    id: 'priv-c',
    kind: 'subnet',
    parent: 'vpc',
    position: { x: 380, y: 60 },
    size: { width: 300, height: 250 },
    props: { tier: 'private', az: 'c', cidr: '10.0.1.0/24' },
  },
];
const pubC: NodeSpec = {
  id: 'pub-c',
  kind: 'subnet',
  parent: 'vpc',
  position: { x: 720, y: 60 },
  size: { width: 300, height: 250 },
  props: { tier: 'public', az: 'c', cidr: '10.0.2.0/24' },
};
const alb = (props: NodeSpec['props'], parent = 'pub-a'): NodeSpec => ({
  id: 'alb',
  kind: 'alb',
  parent,
  label: 'web-alb',
  position: { x: 20, y: 40 },
  props,
});

ruleTester(NET_06, {
  valid: [
    {
      name: 'internet-facing ALB in public subnets of two zones',
      doc: diagram({ nodes: [...base, pubC, alb({ subnets: ['pub-c'] })] }),
    },
    {
      name: 'an internal ALB may sit in one private subnet',
      doc: diagram({ nodes: [...base, alb({ scheme: 'internal' }, 'priv-c')] }),
    },
  ],
  invalid: [
    {
      name: 'one zone only',
      doc: diagram({ nodes: [...base, alb({})] }),
      findings: [{ nodes: ['alb', 'pub-a'], messageIncludes: 'one Availability Zone (a)' }],
    },
    {
      name: 'two zones, one of them private',
      doc: diagram({ nodes: [...base, alb({ subnets: ['priv-c'] })] }),
      findings: [{ nodes: ['alb', 'pub-a', 'priv-c'], messageIncludes: 'private' }],
    },
    {
      name: 'drawn on the VPC with no subnets at all',
      doc: diagram({ nodes: [...base, alb({}, 'vpc')] }),
      findings: [{ nodes: ['alb'], messageIncludes: 'no Availability Zone' }],
    },
  ],
});

describe('NET-06 fix', () => {
  it('adds a new public subnet beside the others, in the zone the VPC already uses', () => {
    const doc = diagram({ nodes: [...base, alb({})] });
    const fixed = expectFixResolves(NET_06, doc);
    const added = fixed.nodes.find((n) => !doc.nodes.some((o) => o.id === n.id))!;
    expect(added).toMatchObject({
      kind: 'subnet',
      parent: 'vpc',
      position: { x: 720, y: 60 },
      size: { width: 300, height: 250 },
      props: { tier: 'public', az: 'c', cidr: '10.0.2.0/24' },
    });
    expect(fixed.nodes.find((n) => n.id === 'alb')?.props.subnets).toEqual([added.id]);
    // The VPC grows to hold it.
    expect(fixed.nodes.find((n) => n.id === 'vpc')?.size?.width).toBeGreaterThanOrEqual(1020);
  });

  it('uses a public subnet the VPC already has in another zone', () => {
    const doc = diagram({ nodes: [...base, pubC, alb({})] });
    const fixed = expectFixResolves(NET_06, doc);
    expect(fixed.nodes).toHaveLength(doc.nodes.length);
    expect(fixed.nodes.find((n) => n.id === 'alb')?.props.subnets).toEqual(['pub-c']);
  });

  it('adds two public subnets to an ALB that has none', () => {
    const doc = diagram({ nodes: [...base, alb({}, 'vpc')] });
    const fixed = expectFixResolves(NET_06, doc);
    const subnets = fixed.nodes.find((n) => n.id === 'alb')?.props.subnets as string[];
    expect(subnets).toHaveLength(2);
    expect(subnets[0]).toBe('pub-a');
  });

  it('only adds the public subnet when a private one is listed: the finding stays', () => {
    const doc = diagram({ nodes: [...base, alb({ subnets: ['priv-c'] })] });
    const [finding] = runOnly(NET_06, doc);
    const fixed = NET_06.fixFinding!(doc, finding);
    const subnets = fixed.nodes.find((n) => n.id === 'alb')?.props.subnets as string[];
    expect(subnets[0]).toBe('priv-c');
    expect(subnets).toHaveLength(2);
    const [after] = runOnly(NET_06, fixed);
    expect(after.data?.problem).toBe('private');
  });
});
