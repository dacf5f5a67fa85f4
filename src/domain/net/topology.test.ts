import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/index';
import { diagram } from '../rules/testing';
import { ALL_ADDRESSES, parseCidr } from './cidr';
import { addressOf, addressText, customNaclLookup, securityGroupsOf, subnetOf } from './topology';

const graph = buildGraphIndex(
  diagram({
    nodes: [
      { id: 'users', kind: 'internet' },
      { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'sn-cidr', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.1.0/24' } },
      { id: 'sn-blank', kind: 'subnet', parent: 'vpc', props: { cidr: '' } },
      { id: 'sg-outer', kind: 'security-group', parent: 'sn-cidr' },
      { id: 'sg-inner', kind: 'security-group', parent: 'sg-outer' },
      { id: 'web', kind: 'ec2', parent: 'sg-inner' },
      { id: 'worker', kind: 'ec2', parent: 'sn-blank' },
      { id: 'alb', kind: 'alb', parent: 'vpc' },
      { id: 'vpc-nocidr', kind: 'vpc', props: { cidr: '' } },
      { id: 'sn-nocidr', kind: 'subnet', parent: 'vpc-nocidr' },
      { id: 'lost', kind: 'ec2', parent: 'sn-nocidr' },
      // NACLs: sn-cidr has its own custom one and a default one; sn-blank falls back to the VPC's.
      { id: 'nacl-default', kind: 'network-acl', parent: 'sn-cidr', props: { isDefault: true } },
      { id: 'nacl-own', kind: 'network-acl', parent: 'sn-cidr' },
      { id: 'nacl-vpc', kind: 'network-acl', parent: 'vpc' },
      {
        id: 'nacl-default-vpc',
        kind: 'network-acl',
        parent: 'vpc-nocidr',
        props: { isDefault: true },
      },
    ],
  }),
);

describe('addressOf', () => {
  it("is the subnet's CIDR", () => {
    expect(addressOf(graph, 'web')).toEqual({
      range: parseCidr('10.0.1.0/24'),
      origin: 'subnet',
      cidr: '10.0.1.0/24',
    });
  });

  it("falls back to the VPC's CIDR when the subnet has none, or the node is in no subnet", () => {
    expect(addressOf(graph, 'worker')).toMatchObject({ origin: 'vpc', cidr: '10.0.0.0/16' });
    expect(addressOf(graph, 'alb')).toMatchObject({ origin: 'vpc', cidr: '10.0.0.0/16' });
  });

  it('is any public address outside a VPC, and unknown when no CIDR is set; both match only 0.0.0.0/0', () => {
    expect(addressOf(graph, 'users')).toEqual({
      range: ALL_ADDRESSES,
      origin: 'public',
      cidr: '0.0.0.0/0',
    });
    expect(addressOf(graph, 'lost')).toEqual({
      range: ALL_ADDRESSES,
      origin: 'unknown',
      cidr: '0.0.0.0/0',
    });
    expect(addressText(addressOf(graph, 'users')).en).toBe('any internet address');
    expect(addressText(addressOf(graph, 'lost')).ja).toContain('CIDR 未設定');
  });
});

describe('securityGroupsOf and subnetOf', () => {
  it('lists every group above a node, nearest first, and a group itself', () => {
    expect(securityGroupsOf(graph, 'web').map((n) => n.id)).toEqual(['sg-inner', 'sg-outer']);
    expect(securityGroupsOf(graph, 'sg-inner').map((n) => n.id)).toEqual(['sg-inner', 'sg-outer']);
    expect(securityGroupsOf(graph, 'worker')).toEqual([]);
  });

  it('finds the subnet above, or the subnet itself', () => {
    expect(subnetOf(graph, 'web')?.id).toBe('sn-cidr');
    expect(subnetOf(graph, 'sn-blank')?.id).toBe('sn-blank');
    expect(subnetOf(graph, 'alb')).toBeUndefined();
  });
});

describe('customNaclLookup', () => {
  const naclOf = customNaclLookup(graph);

  it("takes the subnet's own custom NACL, ignoring default ones", () => {
    expect(naclOf('sn-cidr')?.id).toBe('nacl-own');
  });

  it("else the custom NACL placed directly in the subnet's VPC", () => {
    expect(naclOf('sn-blank')?.id).toBe('nacl-vpc');
  });

  it('else none: the default NACL allows everything', () => {
    expect(naclOf('sn-nocidr')).toBeUndefined();
  });
});
