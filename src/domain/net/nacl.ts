/**
 * Network ACL evaluation. A NACL is stateless and checks its rules lowest number first;
 * the first rule that matches decides, and traffic no rule matches is denied. A request
 * may span a port range (responses span 1024–65535), so the evaluation follows every
 * port: it is allowed only when each port meets an allow before any deny.
 */
import type { RuleRow } from '../document/types';
import type { AddressRange } from './cidr';
import { cidrContains, parseCidr } from './cidr';
import type { PortSet } from './ports';
import { intersectPorts, protocolCovers, subtractPorts } from './ports';
import type { TrafficSpec } from './traffic';
import { trafficOfRow } from './traffic';

/** Lowest number first; rows without a number go last, in their written order. */
export function sortNaclRows(rows: readonly RuleRow[]): RuleRow[] {
  const numberOf = (r: RuleRow) => (typeof r.rule === 'number' ? r.rule : Infinity);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => numberOf(a.row) - numberOf(b.row) || a.index - b.index)
    .map((x) => x.row);
}

export function isDenyRow(row: RuleRow): boolean {
  return row.action === 'deny';
}

export type NaclVerdict =
  | {
      readonly allowed: true;
      /** The allow row that decided the last undecided port (the trace shows it). */
      readonly allowedBy: RuleRow;
    }
  | {
      readonly allowed: false;
      /** The deny row that decided; undefined when no row matched (the final implicit deny). */
      readonly deniedBy?: RuleRow;
      /** The first port that is denied. */
      readonly port: number;
    };

/**
 * Does the NACL with `rows` (one direction) let `traffic` to or from the address range
 * `peer` through? A row matches when its protocol covers the traffic's and its CIDR
 * contains the whole peer range.
 */
export function evaluateNacl(
  rows: readonly RuleRow[],
  traffic: TrafficSpec,
  peer: AddressRange,
): NaclVerdict {
  let undecided: PortSet = [traffic.ports];
  for (const row of sortNaclRows(rows)) {
    const rowTraffic = trafficOfRow(row);
    if (!rowTraffic || !protocolCovers(rowTraffic.protocol, traffic.protocol)) continue;
    if (!cidrContains(row.cidr, peer)) continue;
    const hit = intersectPorts(undecided, rowTraffic.ports);
    if (hit.length === 0) continue;
    if (isDenyRow(row)) return { allowed: false, deniedBy: row, port: hit[0].from };
    undecided = subtractPorts(undecided, rowTraffic.ports);
    if (undecided.length === 0) return { allowed: true, allowedBy: row };
  }
  return { allowed: false, port: undecided[0].from };
}

/**
 * Does `lower` match every packet `higher` matches? Then `higher` can never decide when
 * `lower` comes first (NACL-03).
 */
export function naclRowCovers(lower: RuleRow, higher: RuleRow): boolean {
  const l = trafficOfRow(lower);
  const h = trafficOfRow(higher);
  if (!l || !h || !protocolCovers(l.protocol, h.protocol)) return false;
  if (l.ports.from > h.ports.from || h.ports.to > l.ports.to) return false;
  // The higher row's own block is the range it can match.
  return higher.cidr !== undefined && cidrContainsCidr(lower.cidr, higher.cidr);
}

function cidrContainsCidr(outer: string | undefined, inner: string): boolean {
  const innerRange = parseCidr(inner);
  return innerRange !== undefined && cidrContains(outer, innerRange);
}

export const MAX_RULE_NUMBER = 32766;

/**
 * The lowest-numbered deny row that would decide some of `traffic` from `peer` if it
 * came first: a new allow row must be numbered below it to take effect.
 */
export function firstBlockingDeny(
  rows: readonly RuleRow[],
  traffic: TrafficSpec,
  peer: AddressRange,
): RuleRow | undefined {
  return sortNaclRows(rows).find((row) => {
    if (!isDenyRow(row)) return false;
    const t = trafficOfRow(row);
    return (
      t !== undefined &&
      protocolCovers(t.protocol, traffic.protocol) &&
      cidrContains(row.cidr, peer) &&
      intersectPorts([traffic.ports], t.ports).length > 0
    );
  });
}

/**
 * A free rule number for a new row that must decide before row number `limit`
 * (`MAX_RULE_NUMBER + 1` when nothing blocks). People number NACL rows by tens, so a
 * multiple of ten is preferred: the next one after the rows in use (100 for the first), else the highest
 * one below the limit, else any free number. Undefined when every number below the
 * limit is taken.
 */
export function freeRuleNumber(rows: readonly RuleRow[], limit: number): number | undefined {
  const used = new Set(rows.map((r) => r.rule));
  const top = Math.min(limit - 1, MAX_RULE_NUMBER);
  const highestBelow = Math.max(0, ...rows.map((r) => r.rule ?? 0).filter((n) => n <= top));
  const next = highestBelow === 0 ? 100 : (Math.floor(highestBelow / 10) + 1) * 10;
  if (next <= top && !used.has(next)) return next;
  for (let n = Math.floor(top / 10) * 10; n >= 10; n -= 10) if (!used.has(n)) return n;
  for (let n = top; n >= 1; n--) if (!used.has(n)) return n;
  return undefined;
}
