/**
 * The threat table of docs/spec/trace.md, row by row: each stopping layer with its
 * code, the near miss where it does not stop the attack, the detectors of an attack
 * that gets through, and `blocked-before` when the plain request never arrives.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../document/types';
import type { Change } from './testing';
import { behindCdn, combine, protector, sensor, sgIn, threeTier } from './testing';
import { trace } from './trace';
import type { ThreatKind, ThreatOutcome } from './types';

type Threat = Exclude<ThreatKind, 'none'>;

/** The trace internet → web (443 to the ALB, 8080 on to the server) with a threat. */
function attack(threat: Threat, doc: Diagram, to = 'web'): ThreatOutcome {
  const result = trace(doc, { from: 'internet', to, port: 443, threat });
  expect(result.threat, 'a threat outcome').toBeDefined();
  expect(result.threat!.kind).toBe(threat);
  expect(result.threat!.message.en).not.toBe('');
  expect(result.threat!.message.ja).not.toBe('');
  return result.threat!;
}

/** threeTier with all these changes. */
function all(...changes: Change[]): Diagram {
  return threeTier(combine(...changes));
}

const firewall = (hasRules: boolean): Change => ({
  add: [{ id: 'nfw', kind: 'network-firewall', parent: 'vpc', props: { hasRules } }],
});
const guardDuty = (parent?: string): Change => ({
  add: [{ id: 'gd', kind: 'guardduty', ...(parent ? { parent } : {}) }],
});
/** The web server's group closed: the plain request stops at sg-web. */
const closed: Change = { set: { 'sg-web': { inbound: [] } } };

function stopped(outcome: ThreatOutcome, node: string, code: string) {
  expect(outcome.outcome).toBe('stopped');
  expect(outcome.stoppedBy).toEqual({ node, code });
  expect(outcome.detectedBy).toEqual([]);
}

function notStopped(outcome: ThreatOutcome, detectedBy: { node: string; code: string }[] = []) {
  expect(outcome.outcome).toBe('not-stopped');
  expect(outcome.stoppedBy).toBeNull();
  expect(outcome.detectedBy).toEqual(detectedBy);
}

describe('sqli', () => {
  it('is stopped by a web ACL with managed rules protecting a node of the path', () => {
    stopped(attack('sqli', all(protector('waf', 'waf', 'alb'))), 'waf', 'WAF_MANAGED_RULES');
  });

  it('passes a web ACL without managed rules, and one that is not on the path', () => {
    notStopped(attack('sqli', all(protector('waf', 'waf', 'alb', { managedRules: false }))));
    notStopped(attack('sqli', all(protector('waf', 'waf', 'db'))));
  });

  it('is stopped by the first web ACL with managed rules on the path', () => {
    const doc = all(
      protector('waf-1', 'waf', 'alb', { managedRules: false }),
      protector('waf-2', 'waf', 'alb'),
    );
    stopped(attack('sqli', doc), 'waf-2', 'WAF_MANAGED_RULES');
  });

  it('is stopped by an IPS at the destination when no web ACL stops it', () => {
    stopped(attack('sqli', all(sensor('ips'))), 'sensor', 'IPS_BLOCKS');
    const both = all(protector('waf', 'waf', 'alb'), sensor('ips'));
    stopped(attack('sqli', both), 'waf', 'WAF_MANAGED_RULES');
  });

  it('passes an IPS that is not at the destination', () => {
    notStopped(attack('sqli', all(sensor('ips', 'sg-alb'))));
  });

  it('is only detected by an IDS at the destination', () => {
    notStopped(attack('sqli', all(sensor('ids'))), [{ node: 'sensor', code: 'IDS_DETECTS' }]);
  });

  it('never arrives where the request is blocked', () => {
    const outcome = attack('sqli', all(protector('waf', 'waf', 'alb'), closed));
    expect(outcome).toMatchObject({ outcome: 'blocked-before', stoppedBy: null, detectedBy: [] });
  });
});

describe('http-flood', () => {
  it('is stopped by a web ACL with a rate-based rule', () => {
    const doc = all(protector('waf', 'waf', 'alb', { rateBasedRule: true }));
    stopped(attack('http-flood', doc), 'waf', 'WAF_RATE_BASED');
  });

  it('is not stopped by a web ACL without one', () => {
    notStopped(attack('http-flood', all(protector('waf', 'waf', 'alb'))));
  });

  it('is stopped by Shield Advanced with automatic layer-7 mitigation on a node with a web ACL', () => {
    const doc = all(
      protector('waf', 'waf', 'alb'),
      protector('shield', 'shield', 'alb', { autoL7Mitigation: true }),
    );
    stopped(attack('http-flood', doc), 'shield', 'SHIELD_ADVANCED_L7');
  });

  it('is not stopped by Shield Advanced without a web ACL or without the mitigation', () => {
    notStopped(
      attack('http-flood', all(protector('shield', 'shield', 'alb', { autoL7Mitigation: true }))),
    );
    const off = all(protector('waf', 'waf', 'alb'), protector('shield', 'shield', 'alb'));
    notStopped(attack('http-flood', off));
    const standard = all(
      protector('waf', 'waf', 'alb'),
      protector('shield', 'shield', 'alb', { tier: 'standard', autoL7Mitigation: true }),
    );
    notStopped(attack('http-flood', standard));
  });

  it('never arrives where the request is blocked', () => {
    const doc = all(protector('waf', 'waf', 'alb', { rateBasedRule: true }), closed);
    expect(attack('http-flood', doc).outcome).toBe('blocked-before');
  });
});

describe('syn-flood', () => {
  it('is stopped by Shield Standard at the first AWS hop', () => {
    stopped(attack('syn-flood', threeTier()), 'alb', 'SHIELD_STANDARD');
  });

  it('is absorbed at the edge when the path starts at CloudFront', () => {
    const doc = behindCdn(false);
    const result = trace(doc, { from: 'internet', to: 'web', threat: 'syn-flood', mode: 'drawn' });
    expect(result.threat?.stoppedBy).toEqual({ node: 'cdn', code: 'SHIELD_STANDARD' });
    expect(result.threat?.message.en).toContain('edge');
  });

  it('is never not-stopped on a reachable path', () => {
    const docs = [
      threeTier(),
      all(protector('waf', 'waf', 'alb')),
      all(sensor('ids')),
      threeTier({ add: [{ id: 'api', kind: 'api-gateway' }] }),
    ];
    let reachable = 0;
    for (const doc of docs)
      for (const to of ['alb', 'web', 'api'].filter((id) => doc.nodes.some((n) => n.id === id))) {
        const result = trace(doc, { from: 'internet', to, threat: 'syn-flood' });
        if (!result.reachable) continue;
        reachable++;
        expect(result.threat?.outcome, to).toBe('stopped');
      }
    expect(reachable).toBeGreaterThanOrEqual(8);
  });

  it('never arrives where the request is blocked', () => {
    expect(attack('syn-flood', all(closed)).outcome).toBe('blocked-before');
  });
});

describe('exploit', () => {
  it('is stopped by an IPS at the destination', () => {
    stopped(attack('exploit', all(sensor('ips'))), 'sensor', 'IPS_BLOCKS');
  });

  it('is stopped by a network firewall with rules in the destination’s VPC', () => {
    stopped(attack('exploit', all(firewall(true))), 'nfw', 'NFW_RULES');
    stopped(attack('exploit', all(firewall(true), sensor('ips'))), 'sensor', 'IPS_BLOCKS');
  });

  it('passes a network firewall without rules', () => {
    notStopped(attack('exploit', all(firewall(false))));
  });

  it('is detected by an IDS at the destination and by GuardDuty covering it', () => {
    notStopped(attack('exploit', all(sensor('ids'), guardDuty())), [
      { node: 'sensor', code: 'IDS_DETECTS' },
      { node: 'gd', code: 'GUARDDUTY_DETECTS' },
    ]);
    notStopped(attack('exploit', all(guardDuty('vpc'))), [
      { node: 'gd', code: 'GUARDDUTY_DETECTS' },
    ]);
  });

  it('is not detected by GuardDuty scoped elsewhere', () => {
    const doc = threeTier({
      add: [
        { id: 'vpc2', kind: 'vpc', props: { cidr: '10.1.0.0/16' } },
        { id: 'gd', kind: 'guardduty', parent: 'vpc2' },
      ],
    });
    notStopped(attack('exploit', doc));
  });

  it('never arrives where the request is blocked, whatever would detect it', () => {
    const outcome = attack('exploit', all(sensor('ids'), guardDuty(), closed));
    expect(outcome).toMatchObject({ outcome: 'blocked-before', stoppedBy: null, detectedBy: [] });
  });
});

describe('every threat', () => {
  it('is absent from a question without one', () => {
    expect(trace(threeTier(), { from: 'internet', to: 'web' }).threat).toBeUndefined();
    expect(
      trace(threeTier(), { from: 'internet', to: 'web', threat: 'none' }).threat,
    ).toBeUndefined();
  });

  it.each(['sqli', 'http-flood', 'syn-flood', 'exploit'] as const)(
    '%s is blocked-before where there is no path at all',
    (threat) => {
      const doc = threeTier({ dropEdges: ['alb->web'] });
      const result = trace(doc, { from: 'internet', to: 'web', threat, mode: 'drawn' });
      expect(result.blocked?.code).toBe('NO_PATH');
      expect(result.threat?.outcome).toBe('blocked-before');
    },
  );

  it('is read by a web ACL on HTTP and HTTPS only, not on TCP 8443', () => {
    const doc = all(protector('waf', 'waf', 'alb'), {
      edges: [{ source: 'internet', target: 'alb', props: { port: 8443 } }],
      set: { 'sg-alb': { inbound: [sgIn('443', '0.0.0.0/0'), sgIn('8443', '0.0.0.0/0')] } },
    });
    stopped(attack('sqli', doc, 'alb'), 'waf', 'WAF_MANAGED_RULES');
    const on8443 = trace(doc, { from: 'internet', to: 'alb', port: 8443, threat: 'sqli' });
    expect(on8443.reachable).toBe(true);
    notStopped(on8443.threat!);
  });
});
