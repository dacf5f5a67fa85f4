/**
 * Checks for what a learner types into the inspector's rule tables and edge fields.
 * Each check either gives the normalized value to store or names the message that
 * says what is wrong, so that an invalid value is never committed to the document.
 */
import { isCidrBlock, isIpv4Block } from '../../domain/document/importValues';
import { parsePorts } from '../../domain/net/ports';
import type { MessageKey } from '../../i18n';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: MessageKey };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: MessageKey): Checked<T> => ({ ok: false, error });

/** The three spellings of kinds.md: "443", "1024-65535" or "all". */
const PORTS_TEXT = /^(all|\d{1,5}(-\d{1,5})?)$/;

export const NACL_RULE_MIN = 1;
export const NACL_RULE_MAX = 32766;

/** A rule row's `ports`. */
export function checkPorts(text: string): Checked<string> {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  return PORTS_TEXT.test(t) && parsePorts(t) ? ok(t) : fail('inspector.error.ports');
}

/** An IPv4 block written a.b.c.d/n, or an IPv6 block (`::/0`). */
export function checkCidr(text: string): Checked<string> {
  const t = text.trim();
  return isCidrBlock(t) ? ok(t) : fail('inspector.error.cidr');
}

/** A VPC's or subnet's own block: IPv4 (AWS's primary block always is), or empty for unset. */
export function checkAddressBlock(text: string): Checked<string> {
  const t = text.trim();
  return t === '' || isIpv4Block(t) ? ok(t) : fail('inspector.error.addressBlock');
}

/** A security group rule's source or destination: a CIDR or another security group's id. */
export function checkSgPeer(text: string, securityGroupIds: readonly string[]): Checked<string> {
  const t = text.trim();
  if (securityGroupIds.includes(t)) return ok(t);
  return checkCidr(t).ok ? ok(t) : fail('inspector.error.sgPeer');
}

/** A NACL rule number: a whole number from 1 to 32766, not used by another row. */
export function checkRuleNumber(text: string, otherNumbers: readonly number[]): Checked<number> {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t)) return fail('inspector.error.ruleNumber');
  const n = Number(t);
  if (n < NACL_RULE_MIN || n > NACL_RULE_MAX) return fail('inspector.error.ruleNumber');
  return otherNumbers.includes(n) ? fail('inspector.error.ruleDuplicate') : ok(n);
}

/** A traffic edge's port: a number (`443`) or a range (`1024-65535`), as the format stores it. */
export function checkTrafficPort(text: string): Checked<number | string> {
  const t = text.trim().replace(/\s+/g, '');
  if (/^\d{1,5}$/.test(t) && parsePorts(Number(t))) return ok(Number(t));
  if (/^\d{1,5}-\d{1,5}$/.test(t) && parsePorts(t)) return ok(t);
  return fail('inspector.error.trafficPort');
}

/** The next free NACL rule number: the next hundred above the highest (AWS's habit). */
export function nextRuleNumber(numbers: readonly number[]): number {
  const highest = numbers.reduce((a, b) => Math.max(a, b), 0);
  const next = (Math.floor(highest / 100) + 1) * 100;
  if (next <= NACL_RULE_MAX) return next;
  for (let n = NACL_RULE_MAX; n >= NACL_RULE_MIN; n--) if (!numbers.includes(n)) return n;
  return NACL_RULE_MAX;
}
