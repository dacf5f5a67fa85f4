/**
 * The rule module format (docs/spec/rules.md). One file per rule, named by its id,
 * with its valid/invalid test beside it; `registry.ts` lists them all.
 */
import type { Diagram, Localized } from '../document/types';
import type { GraphIndex } from '../graph/types';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleGroup =
  | 'placement'
  | 'waf'
  | 'shield'
  | 'detection'
  | 'firewalls'
  | 'network'
  | 'sg-nacl'
  | 'data'
  | 'iam';

export interface RuleMeta {
  id: string;
  severity: Severity;
  group: RuleGroup;
  title: Localized;
  /** Why: the AWS fact in the project's own words. */
  why: Localized;
  /** How to fix it, in words. */
  fix: Localized;
  /** AWS documentation (or Security Hub / Checkov reference) URL. */
  source: string;
  /** True when the rule offers a one-click fix (`fixFinding`). */
  fixable?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** The node the canvas shows it on first, then the others involved. */
  nodes: string[];
  message: Localized;
  /** Fix text (from meta.fix unless the finding is more specific). */
  fix?: Localized;
  /** Opaque data the rule's fixFinding needs (e.g. the edge id to remove). */
  data?: Record<string, string | number>;
}

/** A rule reports findings through this; it fills rule id, severity and default fix. */
export interface RuleReport {
  nodes: string[];
  message: Localized;
  fix?: Localized;
  data?: Record<string, string | number>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: GraphIndex, report: (r: RuleReport) => void): void;
  /** A one-click fix: returns the new document (pure; the store makes it one undo step). */
  fixFinding?(doc: Diagram, finding: Finding): Diagram;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
