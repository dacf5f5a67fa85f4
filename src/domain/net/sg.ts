/**
 * Security-group evaluation. Security groups hold allow rules only, and they are
 * stateful: when a request is let in, its response goes out without a rule. A new
 * group allows no inbound traffic; the default group allows inbound traffic from its
 * own members. A resource in several groups gets the union of their rules.
 */
import type { DiagramNode, RuleRow } from '../document/types';
import type { AddressRange } from './cidr';
import { cidrContains } from './cidr';
import type { Direction } from './rows';
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

/**
 * The outbound rows a group really has: a group without an `outbound` prop allows all
 * outbound traffic, as a new AWS group does; `outbound: []` allows none.
 */
export function effectiveOutbound(sg: DiagramNode): readonly RuleRow[] {
  return sg.props.outbound === undefined ? DEFAULT_OUTBOUND : ruleRows(sg, 'outbound');
}

const DEFAULT_OUTBOUND: readonly RuleRow[] = [
  { protocol: 'all', ports: 'all', destination: '0.0.0.0/0' },
];

/** The rows a group evaluates in one direction, as effectiveInbound/effectiveOutbound give them. */
export function effectiveRows(sg: DiagramNode, direction: Direction): readonly RuleRow[] {
  return direction === 'inbound' ? effectiveInbound(sg) : effectiveOutbound(sg);
}

function rowMatchesPeer(row: RuleRow, direction: Direction, peer: SgPeer): boolean {
  const named = direction === 'inbound' ? row.source : row.destination;
  if (named === undefined) return false;
  return peer.groups.includes(named) || cidrContains(named, peer.address);
}

export type SgVerdict =
  | {
      readonly allowed: true;
      /** The group whose row let the last undecided port through. */
      readonly group: DiagramNode;
      /** That row, and its index in effectiveRows(group, direction). */
      readonly row: RuleRow;
      readonly index: number;
    }
  | { readonly allowed: false };

/**
 * Do the groups `sgs` together let every port of `traffic` through in `direction`,
 * from (inbound) or to (outbound) `peer`? Deny rows are ignored: security groups
 * cannot deny (SG-02 reports such rows). SG-03 and the traffic trace both decide with
 * this one function.
 */
export function evaluateGroups(
  sgs: readonly DiagramNode[],
  direction: Direction,
  traffic: TrafficSpec,
  peer: SgPeer,
): SgVerdict {
  let undecided: PortSet = [traffic.ports];
  for (const sg of sgs) {
    const rows = effectiveRows(sg, direction);
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      if (row.action === 'deny' || !rowMatchesPeer(row, direction, peer)) continue;
      const t = trafficOfRow(row);
      if (!t || !protocolCovers(t.protocol, traffic.protocol)) continue;
      undecided = subtractPorts(undecided, t.ports);
      if (undecided.length === 0) return { allowed: true, group: sg, row, index };
    }
  }
  return { allowed: false };
}

/** Do the groups `sgs` together let every port of `traffic` in from `peer`? */
export function groupsAllowInbound(
  sgs: readonly DiagramNode[],
  traffic: TrafficSpec,
  peer: SgPeer,
): boolean {
  return evaluateGroups(sgs, 'inbound', traffic, peer).allowed;
}
