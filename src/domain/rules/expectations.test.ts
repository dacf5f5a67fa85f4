import { describe, expect, it } from 'vitest';
import type { Finding } from './types';
import { compareWithExpect, expectationKey, meetsExpect } from './expectations';

const finding = (rule: string, nodes: string[]): Finding => ({
  rule,
  severity: 'error',
  nodes,
  message: { en: rule, ja: rule },
});

describe('compareWithExpect', () => {
  it('matches the same rule on the same node set, in any order', () => {
    const findings = [finding('WAF-01', ['nlb', 'waf'])];
    expect(meetsExpect(findings, [{ rule: 'WAF-01', nodes: ['waf', 'nlb'] }])).toBe(true);
  });

  it('reports an expectation the validator did not raise', () => {
    const diff = compareWithExpect([], [{ rule: 'GD-01', nodes: ['alb'] }]);
    expect(diff.missing).toEqual([{ rule: 'GD-01', nodes: ['alb'] }]);
    expect(diff.unexpected).toEqual([]);
  });

  it('reports a finding on other nodes, or of another rule, as unexpected', () => {
    const diff = compareWithExpect(
      [finding('GD-01', ['web-c']), finding('GD-04', ['alb'])],
      [{ rule: 'GD-01', nodes: ['alb'] }],
    );
    expect(diff.missing).toEqual([{ rule: 'GD-01', nodes: ['alb'] }]);
    expect(diff.unexpected.map((f) => f.rule)).toEqual(['GD-01', 'GD-04']);
  });

  it('counts repeats: two equal expectations need two findings', () => {
    const expected = [
      { rule: 'SHD-07', nodes: ['cf'] },
      { rule: 'SHD-07', nodes: ['cf'] },
    ];
    expect(compareWithExpect([finding('SHD-07', ['cf'])], expected).missing).toHaveLength(1);
    expect(meetsExpect([finding('SHD-07', ['cf']), finding('SHD-07', ['cf'])], expected)).toBe(
      true,
    );
  });

  it('keys ignore node order and repeats', () => {
    expect(expectationKey('NACL-02', ['b', 'a', 'b'])).toBe('NACL-02 a b');
  });
});
