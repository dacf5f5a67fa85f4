import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Finding } from '../domain/rules/types';
import type { FindingsState } from '../store/findings';
import { RULES_MET_DELAY_MS, followRulesMet } from './followRulesMet';
import { createProgressStore } from './progress';

function finding(rule: string): Finding {
  return { rule, severity: 'error', nodes: ['n'], message: { en: rule, ja: rule } };
}

/** The fields of the findings store the recorder reads. */
function findingsStore(findings: Finding[], hidden: boolean) {
  return createStore<FindingsState>()(
    () => ({ findings, accepted: [], hidden }) as unknown as FindingsState,
  );
}

describe('followRulesMet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('records the rules of the shown findings once they settle', () => {
    const findings = findingsStore([finding('NET-01')], false);
    const progress = createProgressStore(undefined);
    const stop = followRulesMet(findings, progress);
    findings.setState({ findings: [finding('NET-01'), finding('WAF-02')] });
    expect(progress.getState().rulesMet).toEqual([]);
    vi.advanceTimersByTime(RULES_MET_DELAY_MS);
    expect(progress.getState().rulesMet).toEqual(['NET-01', 'WAF-02']);
    stop();
  });

  it('counts a finding that was shown and fixed before the findings settled', () => {
    const findings = findingsStore([], true);
    const progress = createProgressStore(undefined);
    const stop = followRulesMet(findings, progress);
    findings.setState({ hidden: false, findings: [finding('PLC-01')] });
    findings.setState({ findings: [finding('SHD-07')] });
    vi.advanceTimersByTime(RULES_MET_DELAY_MS);
    expect(progress.getState().rulesMet).toEqual(['PLC-01', 'SHD-07']);
    stop();
  });

  it('records nothing while a challenge hides its findings, and records them once shown', () => {
    const findings = findingsStore([finding('PLC-01')], true);
    const progress = createProgressStore(undefined);
    const stop = followRulesMet(findings, progress);
    vi.advanceTimersByTime(RULES_MET_DELAY_MS * 2);
    expect(progress.getState().rulesMet).toEqual([]);
    findings.setState({ hidden: false });
    vi.advanceTimersByTime(RULES_MET_DELAY_MS);
    expect(progress.getState().rulesMet).toEqual(['PLC-01']);
    stop();
  });

  it('drops a pending record when stopped', () => {
    const findings = findingsStore([finding('NET-01')], false);
    const progress = createProgressStore(undefined);
    followRulesMet(findings, progress)();
    vi.advanceTimersByTime(RULES_MET_DELAY_MS);
    expect(progress.getState().rulesMet).toEqual([]);
  });
});
