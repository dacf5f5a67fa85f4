import { describe, expect, it } from 'vitest';
import { azLetter } from './network';
import { build, network, res } from './testing';

describe('VPCs and subnets', () => {
  it('draws a VPC at top level and its subnets inside it, labelled by Name tag or id', () => {
    const b = build([
      res('vpc', 'Vpc', { cidr: '10.1.0.0/16', name: 'main' }),
      res('subnet', 'SubA', { vpc: 'Vpc', cidr: '10.1.1.0/24', az: 'eu-west-1b' }),
    ]);
    expect(b.node('Vpc')).toMatchObject({
      kind: 'vpc',
      label: 'main',
      props: { cidr: '10.1.0.0/16' },
    });
    expect(b.node('Vpc').parent).toBeUndefined();
    expect(b.node('SubA')).toMatchObject({
      kind: 'subnet',
      label: 'SubA',
      parent: 'Vpc',
      props: { tier: 'private', az: 'b', cidr: '10.1.1.0/24' },
    });
    expect(b.outcome('SubA')).toEqual({ as: 'node', node: 'SubA', kind: 'subnet' });
  });

  it('reads the AZ letter after the Region, keeps an AZ id, and defaults a missing one', () => {
    expect(azLetter('ap-northeast-1c')).toEqual({ az: 'c' });
    expect(azLetter('us-gov-west-1a')).toEqual({ az: 'a' });
    expect(azLetter('use1-az1')).toEqual({ az: 'use1-az1' });
    expect(azLetter('b')).toEqual({ az: 'b' });
    expect(azLetter('  ')).toEqual({});
    expect(azLetter(undefined)).toEqual({});
  });

  it('gives each subnet whose zone is unknown a zone of its own, so NET-06 does not count them as one', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('subnet', 'A', { vpc: 'Vpc', mapPublicIpOnLaunch: true }),
      res('subnet', 'B', { vpc: 'Vpc', mapPublicIpOnLaunch: true }),
      res('internet-gateway', 'Igw', { vpc: 'Vpc' }),
      res('load-balancer', 'Alb', { type: 'application', subnets: ['A', 'B'], groups: [] }),
    ]);
    expect(b.node('A').props.az).toBe('unknown-1');
    expect(b.node('B').props.az).toBe('unknown-2');
    expect(b.notes()).toContain(
      'The Availability Zone of A, B is not known; each is drawn as a zone of its own (unknown-1, unknown-2, ...), so no two of them count as one zone.',
    );
    expect(b.findings('NET-06')).toEqual([]);
    expect(b.findings('NET-01')).toEqual([]);
  });

  it('keeps the default for a CIDR that is no IPv4 block, and notes it', () => {
    const b = build([
      res('vpc', 'Vpc', { cidr: '2001:db8::/56' }),
      res('subnet', 'Sub', { vpc: 'Vpc', cidr: 'not-a-cidr' }),
    ]);
    expect(b.node('Vpc').props.cidr).toBe('10.0.0.0/16');
    expect(b.node('Sub').props.cidr).toBe('');
    expect(b.notes().filter((n) => n.includes('is not an IPv4 block'))).toHaveLength(2);
  });

  it('makes a subnet public when its route table sends 0.0.0.0/0 to an internet gateway', () => {
    const b = build(network());
    expect(b.node('PublicA').props.tier).toBe('public');
    expect(b.node('PublicB').props.tier).toBe('public');
    expect(b.node('PrivateA').props.tier).toBe('private');
    expect(b.outcome('PublicRoutes')).toEqual({ as: 'part-of', nodes: ['PublicA', 'PublicB'] });
  });

  it('follows separate routes and associations, and ::/0 as well', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('subnet', 'A', { vpc: 'Vpc' }),
      res('subnet', 'B', { vpc: 'Vpc' }),
      res('internet-gateway', 'Igw', { vpc: 'Vpc' }),
      res('route-table', 'Rt', { vpc: 'Vpc', routes: [], subnets: [] }),
      res('route', 'Default6', { routeTable: 'Rt', route: { destination: '::/0', target: 'Igw' } }),
      res('route-table-association', 'AssocA', { routeTable: 'Rt', subnet: 'A' }),
    ]);
    expect(b.node('A').props.tier).toBe('public');
    expect(b.node('B').props.tier).toBe('private');
    expect(b.outcome('Default6')).toEqual({ as: 'part-of', nodes: ['A'] });
    expect(b.outcome('AssocA')).toEqual({ as: 'part-of', nodes: ['A'] });
    expect(b.outcome('Rt')).toEqual({ as: 'part-of', nodes: ['A'] });
  });

  it('keeps a subnet private when its default route goes to a NAT gateway', () => {
    const b = build([
      ...network(),
      res('nat-gateway', 'Nat', { subnet: 'PublicA' }),
      res('route-table', 'PrivateRoutes', {
        routes: [{ destination: '0.0.0.0/0', target: 'Nat' }],
        subnets: ['PrivateA'],
      }),
    ]);
    expect(b.node('PrivateA').props.tier).toBe('private');
    expect(b.node('Nat')).toMatchObject({ kind: 'nat-gateway', parent: 'PublicA' });
    expect(b.node('Nat').props.connectivity).toBe('public');
  });

  it('makes a subnet public when it maps public IPs on launch', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('subnet', 'S', { vpc: 'Vpc', mapPublicIpOnLaunch: true }),
    ]);
    expect(b.node('S').props.tier).toBe('public');
  });

  it('notes a route table associated with no subnet as not drawn', () => {
    const b = build([res('vpc', 'Vpc', {}), res('route-table', 'Rt', { routes: [], subnets: [] })]);
    expect(b.outcome('Rt').as).toBe('not-drawn');
    expect(b.report.notDrawn).toEqual([{ sourceType: 'Test::route-table', count: 1, ids: ['Rt'] }]);
  });

  it('draws a subnet whose VPC the template does not define in one stand-in VPC, and says so', () => {
    const b = build([
      res('subnet', 'A', { cidr: '10.9.1.0/24' }),
      res('subnet', 'B', { vpc: 'ExistingVpc' }),
    ]);
    expect(b.chain('A')).toEqual(['external-vpc']);
    expect(b.chain('B')).toEqual(['external-vpc']);
    expect(b.node('external-vpc').kind).toBe('vpc');
    expect(b.notes().filter((n) => n.includes('stand-in VPC external-vpc'))).toHaveLength(2);
    expect(b.findings('PLC-02')).toEqual([]);
  });
});

describe('gateways', () => {
  it('puts an internet gateway in the VPC of its inline or separate attachment', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('internet-gateway', 'Igw', {}),
      res('gateway-attachment', 'Attach', { gateway: 'Igw', vpc: 'Vpc' }),
    ]);
    expect(b.node('Igw')).toMatchObject({ kind: 'internet-gateway', parent: 'Vpc' });
    expect(b.outcome('Attach')).toEqual({ as: 'part-of', nodes: ['Igw', 'Vpc'] });
  });

  it('does not draw an internet gateway attached to no VPC, with a reason', () => {
    const b = build([res('internet-gateway', 'Igw', {})]);
    const outcome = b.outcome('Igw');
    expect(outcome.as).toBe('not-drawn');
    expect(outcome.as === 'not-drawn' && outcome.reason?.en).toContain('attached to no VPC');
  });

  it('puts a NAT gateway in its subnet with its connectivity', () => {
    const b = build([
      ...network(),
      res('nat-gateway', 'Nat', { subnet: 'PrivateA', connectivity: 'private' }),
    ]);
    expect(b.node('Nat')).toMatchObject({ parent: 'PrivateA', props: { connectivity: 'private' } });
    expect(b.findings('NET-03')).toEqual([]);
  });

  it('gives NET-03 when a public NAT gateway sits in a private subnet', () => {
    const b = build([...network(), res('nat-gateway', 'Nat', { subnet: 'PrivateA' })]);
    expect(b.findings('NET-03').map((f) => f.nodes[0])).toEqual(['Nat']);
  });
});
