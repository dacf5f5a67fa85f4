/**
 * Values of the right type whose text AWS would not accept: a VPC or subnet `cidr`
 * that is no IPv4 block (`999.1.1.1/33`), a NACL row's `cidr`, a security-group row's
 * `source`/`destination` written as an address (a `/`, a `:`, or digits and dots) that
 * is no CIDR block. (Other text there is a security group's id; like every id list, a
 * reference to a missing node is kept without a word, and matches nothing.) Import keeps each as written (it is the user's data, and the inspector shows
 * it as invalid on its field) and warns; the evaluation treats it as unknown, as
 * rules.md does a missing address: a node's address falls back to its VPC's or to
 * "unknown", a rule row matches no traffic. (Malformed ports are already repairs:
 * ruleRows.ts drops the row, traffic.ts resets the edge's port.)
 */
import type { KindId } from '../kinds/types';
import { getKind } from '../kinds/catalogue';
import { isIpv6Cidr, parseCidr } from '../net/cidr';
import type { IssueSink } from './issues';
import { at, ignoreIssues, makeIssue } from './issues';
import { isRecord, own } from './read';
import type { RuleFlavor } from './ruleRows';
import { readRuleRow } from './ruleRows';
import type { JsonRecord } from './read';
import type { PropValue } from './types';

/** The node kinds whose `cidr` prop is their address block (rules.md "Address of a node"). */
const ADDRESS_KINDS: ReadonlySet<KindId> = new Set<KindId>(['vpc', 'subnet']);

/** Is `name` the address block of a `kind` node (a VPC's or subnet's `cidr`)? */
export function isAddressProp(kind: KindId, name: string): boolean {
  return name === 'cidr' && ADDRESS_KINDS.has(kind);
}

/** An IPv4 block `a.b.c.d/n`: what a VPC's or subnet's `cidr` holds (empty means unset). */
export function isIpv4Block(text: string): boolean {
  return parseCidr(text) !== undefined;
}

/** A rule's CIDR: an IPv4 block, or an IPv6 one (`::/0`) that rules can name. */
export function isCidrBlock(text: string): boolean {
  return isIpv4Block(text) || isIpv6Cidr(text);
}

/** A security-group row's peer: a CIDR block or the id of a security group of the diagram. */
export function isSgPeer(text: string, securityGroupIds: ReadonlySet<string>): boolean {
  return securityGroupIds.has(text.trim()) || isCidrBlock(text);
}

/** Text meant as an address rather than a security group's id (`10.0.0.1`, `1.2.3.4/40`, `::1`). */
function writtenAsAddress(text: string): boolean {
  const t = text.trim();
  return t.includes('/') || t.includes(':') || /^[\d.]+$/.test(t);
}

/**
 * Warns about each malformed address of one node. `props` are the node's props as
 * import built them; `rawProps` the file's, whose rule rows keep their file index
 * (a dropped row would shift the built ones).
 */
export function reportMalformedValues(
  kind: KindId,
  props: Readonly<Record<string, PropValue>>,
  rawProps: unknown,
  path: string,
  securityGroupIds: ReadonlySet<string>,
  report: IssueSink,
): void {
  const cidr = props.cidr;
  if (isAddressProp(kind, 'cidr') && typeof cidr === 'string' && cidr.trim() !== '') {
    if (!isIpv4Block(cidr)) report(makeIssue('cidr-invalid', at(path, 'cidr'), cidr));
  }
  if (!isRecord(rawProps)) return;
  for (const [name, spec] of Object.entries(getKind(kind).props)) {
    const rows = own(rawProps, name);
    if (!Array.isArray(rows)) continue;
    if (spec.type === 'sgRules' || spec.type === 'naclRules') {
      const flavor: RuleFlavor = spec.type === 'sgRules' ? 'sg' : 'nacl';
      rows.forEach((raw, k) => {
        reportRow(raw, flavor, at(at(path, name), k), securityGroupIds, report);
      });
    }
  }
}

function reportRow(
  raw: unknown,
  flavor: RuleFlavor,
  path: string,
  securityGroupIds: ReadonlySet<string>,
  report: IssueSink,
): void {
  // A row import dropped has its warning already; only kept rows are looked at.
  const row = isRecord(raw)
    ? readRuleRow(raw as JsonRecord, flavor, path, ignoreIssues)
    : undefined;
  if (!row) return;
  if (flavor === 'nacl') {
    if (row.cidr !== undefined && !isCidrBlock(row.cidr))
      report(makeIssue('rule-cidr-invalid', at(path, 'cidr'), row.cidr));
    return;
  }
  for (const field of ['source', 'destination'] as const) {
    const peer = row[field];
    if (peer !== undefined && writtenAsAddress(peer) && !isSgPeer(peer, securityGroupIds))
      report(makeIssue('rule-peer-invalid', at(path, field), peer));
  }
}
