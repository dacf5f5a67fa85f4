import { describe, expect, it } from 'vitest';
import { trace } from './trace';
import { codesOf, threeTier } from './testing';

/** The ALB of the three-tier VPC swapped for an internet-facing NLB, with a web ACL drawn on it. */
function wafOn(kind: 'alb' | 'nlb') {
  return threeTier({
    add: [
      { id: 'alb', kind, parent: 'sg-alb', props: { scheme: 'internet-facing' } },
      { id: 'waf', kind: 'waf', props: { managedRules: true } },
    ],
    edges: [{ source: 'waf', target: 'alb' }],
  });
}

describe('a web ACL inspects only where AWS can attach one', () => {
  it('inspects HTTPS at an ALB and stops an SQL injection there', () => {
    const result = trace(wafOn('alb'), { from: 'internet', to: 'alb', threat: 'sqli' });
    expect(codesOf(result)).toContain('WAF_INSPECTS');
    expect(result.threat?.stoppedBy).toEqual({ node: 'waf', code: 'WAF_MANAGED_RULES' });
  });

  it('does nothing drawn on an NLB (WAF-01), so the injection is not stopped', () => {
    const result = trace(wafOn('nlb'), { from: 'internet', to: 'alb', threat: 'sqli' });
    expect(result.reachable).toBe(true);
    expect(codesOf(result)).not.toContain('WAF_INSPECTS');
    expect(result.threat?.outcome).toBe('not-stopped');
  });
});
