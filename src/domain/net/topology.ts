/**
 * Where a node sits in the network, in the terms of docs/spec/rules.md: its address,
 * its security groups, and the custom network ACL of its subnet. All look-ups go
 * through the graph index, so a rule that calls them once per edge stays linear.
 */
import type { DiagramNode, Localized } from '../document/types';
import type { GraphIndex } from '../graph/types';
import type { AddressRange } from './cidr';
import { ALL_ADDRESSES, parseCidr } from './cidr';

/**
 * Where an address came from. `unknown`: the node is in a subnet or VPC but no CIDR is
 * set on either; like a public address it is matched only by 0.0.0.0/0, so no rule is
 * assumed to name it (docs/decisions.md, Network evaluation).
 */
export type AddressOrigin = 'subnet' | 'vpc' | 'public' | 'unknown';

export interface NodeAddress {
  readonly range: AddressRange;
  readonly origin: AddressOrigin;
  /** The CIDR text it came from; `0.0.0.0/0` for public and unknown addresses. */
  readonly cidr: string;
}

const ANYWHERE = '0.0.0.0/0';

function cidrOf(node: DiagramNode | undefined): { range: AddressRange; cidr: string } | undefined {
  const text = node?.props.cidr;
  if (typeof text !== 'string') return undefined;
  const range = parseCidr(text);
  return range ? { range, cidr: text.trim() } : undefined;
}

/**
 * The address of a node (rules.md "Address of a node"): its subnet's CIDR, else its
 * VPC's CIDR; a node in a VPC but in no subnet (a load balancer drawn on the VPC) has
 * the VPC's; anything outside a VPC is any public address.
 */
export function addressOf(g: GraphIndex, id: string): NodeAddress {
  const subnet = subnetOf(g, id);
  const vpc = g.node(id)?.kind === 'vpc' ? g.node(id) : g.nearest(id, 'vpc');
  const own = cidrOf(subnet);
  if (own) return { ...own, origin: 'subnet' };
  const inVpc = cidrOf(vpc);
  if (inVpc) return { ...inVpc, origin: 'vpc' };
  return { range: ALL_ADDRESSES, origin: subnet || vpc ? 'unknown' : 'public', cidr: ANYWHERE };
}

/** "10.0.1.0/24", "any internet address", "an address with no CIDR set" in both languages. */
export function addressText(address: NodeAddress): Localized {
  switch (address.origin) {
    case 'public':
      return { en: 'any internet address', ja: 'インターネット上の任意のアドレス' };
    case 'unknown':
      return {
        en: 'an address with no CIDR set (only 0.0.0.0/0 matches it)',
        ja: 'CIDR 未設定のアドレス（0.0.0.0/0 のみ一致）',
      };
    default:
      return { en: address.cidr, ja: address.cidr };
  }
}

/**
 * The security groups a node is in, nearest first: a group itself, then the groups
 * above it. A node drawn inside nested groups is in each of them (an instance may
 * have several groups).
 */
export function securityGroupsOf(g: GraphIndex, id: string): DiagramNode[] {
  const self = g.node(id);
  const above = g.ancestors(id).filter((a) => a.kind === 'security-group');
  return self?.kind === 'security-group' ? [self, ...above] : above;
}

/** subnet(x) of rules.md, or the node itself when it is a subnet (an edge drawn to a subnet). */
export function subnetOf(g: GraphIndex, id: string): DiagramNode | undefined {
  const self = g.node(id);
  return self?.kind === 'subnet' ? self : g.nearest(id, 'subnet');
}

/**
 * The custom network ACL of each subnet (rules.md "Custom NACL of subnet s"): a
 * non-default `network-acl` inside the subnet, else one placed directly in the
 * subnet's VPC; undefined means the default NACL, which allows everything. The NACLs
 * are grouped once, so each look-up is constant time.
 */
export function customNaclLookup(g: GraphIndex): (subnetId: string) => DiagramNode | undefined {
  const byParent = new Map<string, DiagramNode>();
  for (const nacl of g.nodesOfKind('network-acl')) {
    if (nacl.props.isDefault === true || nacl.parent === undefined) continue;
    // The first one in document order wins; NACL-01 reports a subnet with two.
    if (!byParent.has(nacl.parent)) byParent.set(nacl.parent, nacl);
  }
  return (subnetId) => {
    const own = byParent.get(subnetId);
    if (own) return own;
    const vpc = g.nearest(subnetId, 'vpc');
    return vpc ? byParent.get(vpc.id) : undefined;
  };
}
