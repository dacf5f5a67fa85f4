/**
 * A preset's `expect` against the validator's findings (format.md "Presets": same rule
 * ids on the same node sets). Node order does not matter; each expectation matches one
 * finding, so two identical expectations need two findings.
 */
import type { PresetExpectation } from '../document/types';
import type { Finding } from './types';

export interface ExpectationDiff {
  /** Expected findings the validator did not report. */
  missing: PresetExpectation[];
  /** Reported findings no expectation accounts for. */
  unexpected: Finding[];
}

/** `RULE a b c`: the rule id and the sorted set of node ids. */
export function expectationKey(rule: string, nodes: readonly string[]): string {
  return [rule, ...[...new Set(nodes)].sort()].join(' ');
}

export function compareWithExpect(
  findings: readonly Finding[],
  expect: readonly PresetExpectation[],
): ExpectationDiff {
  const open = new Map<string, PresetExpectation[]>();
  for (const e of expect) {
    const key = expectationKey(e.rule, e.nodes);
    open.set(key, [...(open.get(key) ?? []), e]);
  }
  const unexpected: Finding[] = [];
  for (const finding of findings) {
    const waiting = open.get(expectationKey(finding.rule, finding.nodes));
    if (waiting && waiting.length > 0) waiting.pop();
    else unexpected.push(finding);
  }
  return { missing: [...open.values()].flat(), unexpected };
}

/** True when the findings are exactly the expected ones. */
export function meetsExpect(
  findings: readonly Finding[],
  expect: readonly PresetExpectation[],
): boolean {
  const diff = compareWithExpect(findings, expect);
  return diff.missing.length === 0 && diff.unexpected.length === 0;
}
