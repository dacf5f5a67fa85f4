/**
 * The validator: runs every rule of the registry over one diagram and returns the
 * findings, sorted and de-duplicated, with the ones the user accepted set apart; and
 * applies a rule's one-click fix. The run itself is runner.ts.
 */
import type { Diagram } from '../document/types';
import { RULES, RULES_BY_ID } from './registry';
import type { RunOptions, ValidationResult } from './runner';
import { runRuleSet } from './runner';
import type { Finding, Rule } from './types';

export type { RunOptions, SeverityCounts, ValidationResult } from './runner';
export { findingKey, summarize } from './runner';

/** Validates `doc` with every rule of the registry, or with `opts.rules` (tests). */
export function runRules(
  doc: Diagram,
  opts: RunOptions & { rules?: readonly Rule[] } = {},
): ValidationResult {
  return runRuleSet(doc, opts.rules ?? RULES, opts);
}

/** Does the finding's rule offer a one-click fix? */
export function hasFix(finding: Finding, rules: ReadonlyMap<string, Rule> = RULES_BY_ID): boolean {
  return typeof rules.get(finding.rule)?.fixFinding === 'function';
}

/**
 * Applies the rule's one-click fix. Returns `doc` itself when the rule has none or the
 * fix fails, so the store sees "no change" and records no undo step.
 */
export function applyFix(
  doc: Diagram,
  finding: Finding,
  rules: ReadonlyMap<string, Rule> = RULES_BY_ID,
): Diagram {
  const rule = rules.get(finding.rule);
  if (!rule?.fixFinding) return doc;
  try {
    return rule.fixFinding(doc, finding);
  } catch {
    return doc;
  }
}
