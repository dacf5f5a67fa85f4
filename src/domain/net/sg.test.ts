import { describe, expect, it } from 'vitest';
import type { DiagramNode, RuleRow } from '../document/types';
import { ALL_ADDRESSES, parseCidr } from './cidr';
import { effectiveInbound, groupsAllowInbound } from './sg';

const HTTPS = { protocol: 'tcp', ports: { from: 443, to: 443 } } as const;

function sg(id: string, inbound: RuleRow[], isDefault = false): DiagramNode {
  return {
    id,
    kind: 'security-group',
    props: {
      inbound,
      outbound: [{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0' }],
      isDefault,
    },
  };
}

const fromSubnet = { address: parseCidr('10.0.1.0/24')!, groups: [] };
const fromInternet = { address: ALL_ADDRESSES, groups: [] };

describe('groupsAllowInbound', () => {
  it('allows nothing in a new group', () => {
    expect(groupsAllowInbound([sg('web', [])], HTTPS, fromSubnet)).toBe(false);
  });

  it('allows a port from a CIDR that contains the peer address', () => {
    const g = sg('web', [{ protocol: 'tcp', ports: '443', source: '10.0.0.0/16' }]);
    expect(groupsAllowInbound([g], HTTPS, fromSubnet)).toBe(true);
    expect(groupsAllowInbound([g], HTTPS, fromInternet)).toBe(false);
    expect(
      groupsAllowInbound([g], { protocol: 'tcp', ports: { from: 22, to: 22 } }, fromSubnet),
    ).toBe(false);
  });

  it("allows from a peer's security group named as the source", () => {
    const g = sg('app', [{ protocol: 'tcp', ports: '443', source: 'alb-sg' }]);
    expect(groupsAllowInbound([g], HTTPS, { address: ALL_ADDRESSES, groups: ['alb-sg'] })).toBe(
      true,
    );
    expect(groupsAllowInbound([g], HTTPS, { address: ALL_ADDRESSES, groups: ['other'] })).toBe(
      false,
    );
  });

  it('ignores deny rows: a group cannot deny, and cannot allow with one', () => {
    const g = sg('web', [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0', action: 'deny' }]);
    expect(groupsAllowInbound([g], HTTPS, fromInternet)).toBe(false);
  });

  it('lets the default group in from its own members only', () => {
    const d = sg('default', [], true);
    expect(effectiveInbound(d)).toHaveLength(1);
    expect(groupsAllowInbound([d], HTTPS, { address: ALL_ADDRESSES, groups: ['default'] })).toBe(
      true,
    );
    expect(groupsAllowInbound([d], HTTPS, fromSubnet)).toBe(false);
  });

  it('takes the union of several groups and of partial port ranges', () => {
    const low = sg('a', [{ protocol: 'tcp', ports: '1000-1999', source: '0.0.0.0/0' }]);
    const high = sg('b', [{ protocol: 'tcp', ports: '2000-3000', source: '0.0.0.0/0' }]);
    const range = { protocol: 'tcp', ports: { from: 1500, to: 2500 } } as const;
    expect(groupsAllowInbound([low], range, fromInternet)).toBe(false);
    expect(groupsAllowInbound([low, high], range, fromInternet)).toBe(true);
  });
});
