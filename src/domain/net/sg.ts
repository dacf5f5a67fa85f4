/**
 * Security-group evaluation. Security groups hold allow rules only, and they are
 * stateful: when a request is let in, its response goes out without a rule. A new
 * group allows no inbound traffic; the default group allows inbound traffic from its
 * own members. A resource in several groups gets the union of their rules.
 */
import type { DiagramNode, RuleRow } from '../document/types';
import type { AddressRange } from './cidr';
import { cidrContains } from './cidr';
import { ruleRows } from './rows';
import type { PortSet } from './ports';
import { protocolCovers, subtractPorts } from './ports';
import type { TrafficSpec } from './traffic';
import { trafficOfRow } from './traffic';

/** Where a request comes from, as a security group rule can name it. */
export interface SgPeer {
  /** The peer's address range (see topology.addressOf). */
  readonly address: AddressRange;
  /** Ids of the security groups the peer is in. */
  readonly groups: readonly string[];
}

/** The inbound rows a group really has: its own, plus "all from itself" for the default group. */
export function effectiveInbound(sg: DiagramNode): readonly RuleRow[] {
  const rows = ruleRows(sg, 'inbound');
  return sg.props.isDefault === true
    ? [...rows, { protocol: 'all', ports: 'all', source: sg.id }]
    : rows;
}

function rowMatchesPeer(row: RuleRow, peer: SgPeer): boolean {
  const source = row.source;
  if (source === undefined) return false;
  return peer.groups.includes(source) || cidrContains(source, peer.address);
}

/**
 * Do the groups `sgs` together let every port of `traffic` in from `peer`? Deny rows
 * are ignored: security groups cannot deny (SG-02 reports such rows).
 */
export function groupsAllowInbound(
  sgs: readonly DiagramNode[],
  traffic: TrafficSpec,
  peer: SgPeer,
): boolean {
  let undecided: PortSet = [traffic.ports];
  for (const sg of sgs) {
    for (const row of effectiveInbound(sg)) {
      if (row.action === 'deny' || !rowMatchesPeer(row, peer)) continue;
      const t = trafficOfRow(row);
      if (!t || !protocolCovers(t.protocol, traffic.protocol)) continue;
      undecided = subtractPorts(undecided, t.ports);
      if (undecided.length === 0) return true;
    }
  }
  return false;
}
