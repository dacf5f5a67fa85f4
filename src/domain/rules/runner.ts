/**
 * The core of the validator, apart from the registry: runs a given list of rules over
 * one diagram. engine.ts adds the registry as the default; rule tests import this
 * module so that one broken rule file elsewhere cannot break every rule's tests.
 *
 * The graph index is built once per run and shared by all rules, so a run stays linear
 * in nodes plus edges as long as each rule walks only the kinds it needs.
 */
import type { AcceptedFinding, Diagram } from '../document/types';
import { buildGraphIndex } from '../graph/index';
import type { GraphIndex } from '../graph/types';
import type { Finding, Rule, RuleReport, Severity } from './types';

export interface ValidationResult {
  /** Findings to show and count, most severe first. */
  findings: Finding[];
  /** Findings matching an entry of `doc.accepted`: shown apart, not counted. */
  accepted: Finding[];
  /**
   * Entries of `doc.accepted` that no finding matches any more (the problem was fixed):
   * not needed now, and they would silently accept the finding if it came back.
   */
  unusedAccepted: AcceptedFinding[];
}

export interface RunOptions {
  /**
   * Called when a rule throws or reports a finding without nodes. The run goes on
   * without that rule's findings: one broken rule must not hide all the others.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A stable string naming one finding: the rule, its nodes in order, its data and its
 * English message. Two findings with the same key are the same finding (dedupe), and
 * the key is unique within one result (React keys).
 */
export function findingKey(finding: Finding): string {
  const data = finding.data
    ? Object.keys(finding.data)
        .sort()
        .map((k) => `${k}=${String(finding.data?.[k])}`)
        .join('&')
    : '';
  return `${finding.rule}|${finding.nodes.join(',')}|${data}|${finding.message.en}`;
}

/** Orders [key, finding] pairs; the key breaks ties so the order is total. */
function compareFindings([keyA, a]: [string, Finding], [keyB, b]: [string, Finding]): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.nodes[0] ?? '', b.nodes[0] ?? '') ||
    compareText(keyA, keyB)
  );
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs one rule; its findings, or none when it throws. */
function runRule(rule: Rule, index: GraphIndex, onRuleError: RunOptions['onRuleError']): Finding[] {
  const { id, severity, fix } = rule.meta;
  const found: Finding[] = [];
  const report = (r: RuleReport): void => {
    if (r.nodes.length === 0) throw new Error(`rule ${id} reported a finding without nodes`);
    found.push({
      rule: id,
      severity,
      nodes: [...r.nodes],
      message: r.message,
      fix: r.fix ?? fix,
      ...(r.data ? { data: { ...r.data } } : {}),
    });
  };
  try {
    rule.check(index, report);
    return found;
  } catch (error) {
    onRuleError?.(id, error);
    return [];
  }
}

/** An acceptance matches a finding by rule and the finding's first node (format.md). */
function acceptanceKey(a: { rule: string; node: string }): string {
  return `${a.rule}|${a.node}`;
}

/** Validates `doc` with `rules`, over one shared graph index. */
export function runRuleSet(
  doc: Diagram,
  rules: readonly Rule[],
  opts: RunOptions = {},
): ValidationResult {
  const index = buildGraphIndex(doc);
  const unique = new Map<string, Finding>();
  for (const rule of rules) {
    for (const finding of runRule(rule, index, opts.onRuleError)) {
      const key = findingKey(finding);
      if (!unique.has(key)) unique.set(key, finding);
    }
  }
  const sorted = [...unique].sort(compareFindings).map(([, finding]) => finding);

  const acceptedKeys = new Set((doc.accepted ?? []).map(acceptanceKey));
  const usedKeys = new Set<string>();
  const result: ValidationResult = { findings: [], accepted: [], unusedAccepted: [] };
  for (const finding of sorted) {
    const key = acceptanceKey({ rule: finding.rule, node: finding.nodes[0] });
    const isAccepted = acceptedKeys.has(key);
    if (isAccepted) usedKeys.add(key);
    (isAccepted ? result.accepted : result.findings).push(finding);
  }
  result.unusedAccepted = (doc.accepted ?? []).filter((a) => !usedKeys.has(acceptanceKey(a)));
  return result;
}

/** How many findings of each severity (the findings panel header, the CLI exit status). */
export function summarize(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
