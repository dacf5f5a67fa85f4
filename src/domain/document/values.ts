/**
 * Value types shared by the document and the kind catalogue. They import nothing, so
 * `document/types.ts` (which needs `KindId`) and `kinds/types.ts` (which needs these)
 * each depend on this leaf instead of on each other.
 */

/** English and Japanese text of one thing. */
export interface Localized {
  en: string;
  ja: string;
}

export type PropValue = string | number | boolean | string[] | RuleRow[];

/** A security-group or network-ACL rule row (kinds.md "Rule sets"). */
export interface RuleRow {
  /** NACL only: 1–32766, lowest first. */
  rule?: number;
  protocol: string;
  /** "443", "1024-65535" or "all". */
  ports: string;
  /** SG inbound: a CIDR or a security group's node id. */
  source?: string;
  /** SG outbound: a CIDR or a security group's node id. */
  destination?: string;
  /** NACL: the CIDR the rule matches. */
  cidr?: string;
  /** NACL: allow or deny. SG: allow unless a learner wrote deny (SG-02). */
  action?: 'allow' | 'deny';
}
