import { describe, expect, it } from 'vitest';
import type { NaclEntry } from '../model';
import { build, network, res } from './testing';

const entry = (
  rule: number,
  ports: string,
  egress = false,
  action: 'allow' | 'deny' = 'allow',
): NaclEntry => ({
  rule,
  egress,
  protocol: 'tcp',
  ports,
  cidr: '0.0.0.0/0',
  action,
});

describe('network ACLs', () => {
  it('puts a NACL inside the one subnet it is associated with, rows split by direction and sorted', () => {
    const b = build([
      ...network(),
      res('network-acl', 'Acl', {
        vpc: 'Vpc',
        entries: [entry(200, '443'), entry(100, '80')],
        subnets: [],
      }),
      res('network-acl-entry', 'Out', { acl: 'Acl', entry: entry(100, '1024-65535', true) }),
      res('network-acl-association', 'Assoc', { acl: 'Acl', subnet: 'PublicA' }),
    ]);
    expect(b.node('Acl')).toMatchObject({ kind: 'network-acl', parent: 'PublicA' });
    expect(b.node('Acl').props).toEqual({
      inbound: [
        { rule: 100, protocol: 'tcp', ports: '80', cidr: '0.0.0.0/0', action: 'allow' },
        { rule: 200, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
      ],
      outbound: [
        { rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
      ],
      isDefault: false,
    });
    expect(b.outcome('Out')).toEqual({ as: 'part-of', nodes: ['Acl'] });
    expect(b.outcome('Assoc')).toEqual({ as: 'part-of', nodes: ['Acl'] });
  });

  it('draws a NACL shared by every subnet without another NACL once, directly in the VPC', () => {
    const b = build([
      ...network(),
      res('network-acl', 'Shared', {
        vpc: 'Vpc',
        entries: [],
        subnets: ['PublicA', 'PublicB', 'PrivateA'],
      }),
    ]);
    expect(b.node('Shared').parent).toBe('Vpc');
    expect(b.doc.nodes.filter((n) => n.kind === 'network-acl')).toHaveLength(1);
    expect(b.notes().some((n) => n.includes('drawn directly in the VPC'))).toBe(true);
  });

  it('copies a NACL shared by only some subnets into each, with the same rows', () => {
    const b = build([
      ...network(),
      res('network-acl', 'Pub', {
        vpc: 'Vpc',
        entries: [entry(100, '443')],
        subnets: ['PublicA', 'PublicB'],
      }),
    ]);
    expect(b.node('Pub').parent).toBe('PublicA');
    expect(b.node('Pub@PublicB')).toMatchObject({ parent: 'PublicB', props: b.node('Pub').props });
    expect(b.notes().some((n) => n.includes('Pub, Pub@PublicB'))).toBe(true);
  });

  it('does not draw a NACL associated with no subnet', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('network-acl', 'Idle', { vpc: 'Vpc', entries: [], subnets: [] }),
    ]);
    expect(b.outcome('Idle').as).toBe('not-drawn');
  });

  it('gives NACL-04 for SSH open to the world, and NACL-01 for a subnet with two NACLs', () => {
    const b = build([
      ...network(),
      res('network-acl', 'Open', {
        vpc: 'Vpc',
        entries: [entry(100, '22')],
        subnets: ['PrivateA'],
      }),
      res('network-acl', 'Other', { vpc: 'Vpc', entries: [], subnets: ['PrivateA'] }),
    ]);
    expect(b.findings('NACL-04').map((f) => f.nodes[0])).toEqual(['Open']);
    expect(b.findings('NACL-01').length).toBeGreaterThan(0);
  });

  it('leaves out entries AWS would refuse, with a note', () => {
    const b = build([
      ...network(),
      res('network-acl', 'Acl', {
        vpc: 'Vpc',
        entries: [entry(40000, '80'), { ...entry(100, '80'), cidr: 'nowhere' }, entry(110, '80')],
        subnets: ['PrivateA'],
      }),
    ]);
    expect(b.node('Acl').props.inbound).toHaveLength(1);
    expect(b.notes().filter((n) => n.startsWith('Acl: the rule'))).toHaveLength(2);
  });
});
