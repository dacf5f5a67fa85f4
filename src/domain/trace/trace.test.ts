/**
 * trace(doc, question) against docs/spec/trace.md: the question's defaults and
 * refusals, which path is chosen, the order of the hops, the deciding NACL and
 * security-group rows, and the source address a rule must name.
 */
import { describe, expect, it } from 'vitest';
import type { RuleRow } from '../document/types';
import { allow, deny } from '../net/testing';
import type { Change } from './testing';
import { behindCdn, codesOf, combine, hopWith, naclOn, sgIn, threeTier } from './testing';
import { normalizeQuestion, trace } from './trace';
import type { TraceQuestion } from './types';
import { TraceQuestionError } from './types';

const toWeb: TraceQuestion = { from: 'internet', to: 'web', port: 443 };
const webToDb: TraceQuestion = { from: 'web', to: 'db', port: 3306 };

/** `[leg, phase, node, code]` of every hop, in order. */
function steps(q: TraceQuestion, change: Change = {}) {
  return trace(threeTier(change), q).hops.map((h) => [h.leg, h.phase, h.node, h.code]);
}

function dataNacl(inbound: RuleRow[]): Change {
  return naclOn('data', inbound, [allow(100, '1024-65535', '10.0.1.0/24')]);
}

describe('the question', () => {
  it('is completed with its defaults', () => {
    expect(normalizeQuestion(threeTier(), { from: 'internet', to: 'alb' })).toEqual({
      from: 'internet',
      to: 'alb',
      port: 443,
      protocol: 'tcp',
      threat: 'none',
      mode: 'network',
    });
  });

  it('keeps an id with spaces of its own and trims a typed one', () => {
    const doc = threeTier();
    const padded = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'db' ? { ...n, id: ' ' } : n)) };
    const q = normalizeQuestion(padded, { from: ' web ', to: ' ' });
    expect([q.from, q.to]).toEqual(['web', ' ']);
  });

  it.each<[string, TraceQuestion, keyof TraceQuestion]>([
    ['an unknown source', { from: 'nope', to: 'alb' }, 'from'],
    ['an unknown destination', { from: 'internet', to: 'nope' }, 'to'],
    ['the same node twice', { from: 'alb', to: 'alb' }, 'to'],
    ['a port above 65535', { from: 'internet', to: 'alb', port: 65536 }, 'port'],
    ['a port that is not whole', { from: 'internet', to: 'alb', port: 44.3 }, 'port'],
    ['an unknown protocol', { from: 'internet', to: 'alb', protocol: 'sctp' as never }, 'protocol'],
    ['an unknown mode', { from: 'internet', to: 'alb', mode: 'guess' as never }, 'mode'],
    ['a bad CIDR', { from: 'internet', to: 'alb', fromCidr: '203.0.113/40' }, 'fromCidr'],
    [
      'a source range on a node source',
      { from: 'web', to: 'db', fromCidr: '10.0.0.0/8' },
      'fromCidr',
    ],
    [
      'a threat towards the internet',
      { from: 'web', to: 'internet', threat: 'syn-flood' },
      'threat',
    ],
  ])('refuses %s, naming the field', (_, question, field) => {
    let error: unknown;
    try {
      trace(threeTier(), question);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TraceQuestionError);
    expect((error as TraceQuestionError).field).toBe(field);
    expect((error as TraceQuestionError).text.ja).not.toBe('');
  });

  it('accepts a source range on the internet node and on the literal internet', () => {
    expect(trace(threeTier(), { ...toWeb, fromCidr: '203.0.113.7/32' }).reachable).toBe(true);
    const bare = threeTier({ drop: ['internet'] });
    expect(trace(bare, { ...toWeb, fromCidr: '203.0.113.7/32' }).reachable).toBe(true);
  });
});

describe('the path', () => {
  it('lists every request leg by leg, then the responses from the last leg back', () => {
    expect(steps(toWeb)).toEqual([
      [1, 'request', 'igw', 'INTERNET_GATEWAY'],
      [1, 'request', 'pub', 'DEFAULT_NACL_ALLOWS'],
      [1, 'request', 'sg-alb', 'SG_INBOUND_ALLOW'],
      [1, 'request', 'alb', 'PORT_SERVED'],
      [1, 'request', 'alb', 'SHIELD_STANDARD'],
      [2, 'request', 'vpc', 'LOCAL_ROUTE'],
      [2, 'request', 'sg-alb', 'SG_OUTBOUND_ALLOW'],
      [2, 'request', 'pub', 'DEFAULT_NACL_ALLOWS'],
      [2, 'request', 'app', 'DEFAULT_NACL_ALLOWS'],
      [2, 'request', 'sg-web', 'SG_INBOUND_ALLOW'],
      [2, 'request', 'web', 'SHIELD_STANDARD'],
      [2, 'response', 'sg-web', 'SG_STATEFUL_RETURN'],
      [1, 'response', 'sg-alb', 'SG_STATEFUL_RETURN'],
    ]);
    const result = trace(threeTier(), toWeb);
    expect(result.reachable).toBe(true);
    expect(result.blocked).toBeNull();
    expect(result.path).toEqual(['internet', 'alb', 'web']);
    expect(result.threat).toBeUndefined();
  });

  it('ends a path blocked in a later leg at its block: no response comes back past it', () => {
    const result = trace(threeTier({ set: { 'sg-web': { inbound: [] } } }), toWeb);
    expect(result.reachable).toBe(false);
    expect(result.path).toEqual(['internet', 'alb', 'web']);
    expect(result.hops.every((h) => h.phase === 'request')).toBe(true);
    expect(result.hops.at(-1)).toMatchObject({ node: 'sg-web', code: 'SG_INBOUND_DENY' });
  });

  it('checks both NACLs of a crossing in order, the response after the request', () => {
    const nacls = combine(
      naclOn('app', [allow(100, '1024-65535', '10.0.2.0/24')], [allow(100, '3306', '10.0.2.0/24')]),
      dataNacl([allow(100, '3306', '10.0.1.0/24')]),
    );
    expect(steps(webToDb, nacls)).toEqual([
      [1, 'request', 'vpc', 'LOCAL_ROUTE'],
      [1, 'request', 'sg-web', 'SG_OUTBOUND_ALLOW'],
      [1, 'request', 'nacl-app', 'NACL_OUTBOUND_ALLOW'],
      [1, 'request', 'nacl-data', 'NACL_INBOUND_ALLOW'],
      [1, 'request', 'sg-db', 'SG_INBOUND_ALLOW'],
      [1, 'request', 'db', 'SHIELD_STANDARD'],
      [1, 'response', 'sg-db', 'SG_STATEFUL_RETURN'],
      [1, 'response', 'nacl-data', 'NACL_RESPONSE_ALLOW'],
      [1, 'response', 'nacl-app', 'NACL_RESPONSE_ALLOW'],
    ]);
  });

  it('goes out of a private subnet through the NAT gateway, then the internet gateway', () => {
    const result = trace(threeTier({ add: [{ id: 'nat', kind: 'nat-gateway', parent: 'pub' }] }), {
      from: 'web',
      to: 'internet',
    });
    expect(result.path).toEqual(['web', 'internet']);
    expect(result.hops.map((h) => [h.check, h.node, h.code])).toEqual([
      ['egress', 'nat', 'NAT_GATEWAY'],
      ['egress', 'igw', 'INTERNET_GATEWAY'],
      ['sg-outbound', 'sg-web', 'SG_OUTBOUND_ALLOW'],
      ['nacl-outbound', 'app', 'DEFAULT_NACL_ALLOWS'],
      ['sg-inbound', 'sg-web', 'SG_STATEFUL_RETURN'],
    ]);
  });

  it('lets nothing from the internet start a connection through a NAT gateway', () => {
    const doc = threeTier({ add: [{ id: 'nat', kind: 'nat-gateway', parent: 'pub' }] });
    const result = trace(doc, { from: 'internet', to: 'nat' });
    expect(result.reachable).toBe(false);
    expect(trace(doc, { from: 'internet', to: 'web', port: 8080 }).reachable).toBe(false);
  });

  it('uses the edge’s own port on a leg that leaves a forwarding node', () => {
    // sg-web admits only 8080, the ALB's edge port: the question's 443 applies to leg 1 only.
    expect(trace(threeTier(), toWeb).reachable).toBe(true);
    const on8080 = trace(threeTier(), { ...toWeb, port: 8080 });
    expect(on8080.blocked).toEqual({ node: 'sg-alb', code: 'SG_INBOUND_DENY' });
  });

  it('takes the shortest reachable path', () => {
    for (const mode of ['network', 'drawn'] as const)
      expect(trace(behindCdn(true), { ...toWeb, mode }).path).toEqual(['internet', 'alb', 'web']);
    expect(trace(behindCdn(false), { ...toWeb, mode: 'drawn' }).path).toEqual([
      'internet',
      'cdn',
      'alb',
      'web',
    ]);
  });

  it('when nothing reaches, answers the path that passed the most checks', () => {
    // internet → web directly stops at its private subnet after one check; through
    // the ALB the request passes leg 1 and stops at sg-web.
    const result = trace(threeTier({ set: { 'sg-web': { inbound: [] } } }), toWeb);
    expect(result.reachable).toBe(false);
    expect(result.path).toEqual(['internet', 'alb', 'web']);
    expect(result.blocked).toEqual({ node: 'sg-web', code: 'SG_INBOUND_DENY' });
  });

  it('continues a leg only when its response passes too', () => {
    const doc = threeTier(naclOn('app', [allow(100, '8080', '10.0.0.0/24')], []));
    const result = trace(doc, toWeb);
    expect(result.blocked).toEqual({ node: 'nacl-app', code: 'NACL_RESPONSE_DENY' });
    const last = result.hops[result.hops.length - 1];
    expect([last.leg, last.phase, last.code, last.rule]).toEqual([
      2,
      'response',
      'NACL_RESPONSE_DENY',
      '*',
    ]);
  });

  it('starts with the literal id internet when the diagram has no internet node', () => {
    const result = trace(threeTier({ drop: ['internet'] }), { from: 'internet', to: 'alb' });
    expect(result.reachable).toBe(true);
    expect(result.path).toEqual(['internet', 'alb']);
    expect(trace(threeTier({ drop: ['internet'] }), { ...toWeb, mode: 'drawn' }).blocked).toEqual({
      node: 'web',
      code: 'NO_PATH',
    });
  });

  it('names the diagram’s internet node for the literal internet, at either end', () => {
    const doc = threeTier({
      drop: ['internet'],
      add: [{ id: 'users', kind: 'internet' }],
      edges: [{ source: 'users', target: 'alb' }],
    });
    const inbound = trace(doc, { from: 'internet', to: 'alb', fromCidr: '203.0.113.7/32' });
    expect(inbound.path).toEqual(['users', 'alb']);
    expect(inbound.question.fromCidr).toBe('203.0.113.7/32');
    const out = trace(doc, { from: 'web', to: 'internet', mode: 'drawn' });
    expect(out.path).toEqual(['web', 'users']);
    expect(out.blocked).toEqual({ node: 'users', code: 'NO_PATH' });
    expect(out.hops.map((h) => [h.node, h.at])).toEqual([['users', 'users']]);
  });

  it('treats a source outside every VPC like the internet', () => {
    const doc = threeTier({
      add: [{ id: 'api', kind: 'api-gateway' }],
      edges: [{ source: 'api', target: 'alb' }],
      set: { alb: { scheme: 'internal' } },
    });
    const result = trace(doc, { from: 'api', to: 'alb' });
    expect(result.blocked).toEqual({ node: 'alb', code: 'NO_PUBLIC_ADDRESS' });
  });

  it('reaches a public endpoint out of a VPC (egress checks)', () => {
    const doc = threeTier({
      add: [
        { id: 'nat', kind: 'nat-gateway', parent: 'pub' },
        { id: 'api', kind: 'api-gateway' },
      ],
    });
    const result = trace(doc, { from: 'web', to: 'api' });
    expect(result.reachable).toBe(true);
    expect(codesOf(result)).toContain('NAT_GATEWAY');
    expect(codesOf(result)).toContain('PORT_SERVED');
    expect(trace(doc, { from: 'web', to: 'api', mode: 'drawn' }).blocked?.code).toBe('NO_PATH');
  });

  it('does not pivot through a workload in network mode either', () => {
    // web → db is drawn, but a path from the internet never passes on through web.
    const result = trace(threeTier(), { from: 'internet', to: 'db', port: 3306 });
    expect(result.reachable).toBe(false);
    expect(result.path).toEqual(['internet', 'db']);
    expect(result.blocked).toEqual({ node: 'data', code: 'PRIVATE_SUBNET' });
  });
});

describe('network ACL rules', () => {
  it('decides rule by rule, lowest number first, with every row in evaluation order', () => {
    const denyFirst = trace(
      threeTier(dataNacl([allow(100, '3306', '10.0.1.0/24'), deny(90, '3306', '0.0.0.0/0')])),
      webToDb,
    );
    const hop = hopWith(denyFirst, 'NACL_INBOUND_DENY');
    expect(hop.rule).toBe(90);
    expect(hop.deciding).toEqual({
      type: 'nacl',
      nacl: 'nacl-data',
      direction: 'inbound',
      rows: [deny(90, '3306', '0.0.0.0/0'), allow(100, '3306', '10.0.1.0/24')],
      decidingIndex: 0,
    });

    const allowFirst = trace(
      threeTier(dataNacl([deny(110, '3306', '0.0.0.0/0'), allow(100, '3306', '10.0.1.0/24')])),
      webToDb,
    );
    const passed = hopWith(allowFirst, 'NACL_INBOUND_ALLOW');
    expect(passed.rule).toBe(100);
    expect(passed.deciding).toMatchObject({ decidingIndex: 0 });
    expect(passed.deciding?.rows.map((r) => r.rule)).toEqual([100, 110]);
  });

  it('names the final deny `*`, with no deciding row', () => {
    const result = trace(threeTier(dataNacl([allow(100, '3306', '10.0.9.0/24')])), webToDb);
    const hop = hopWith(result, 'NACL_INBOUND_DENY');
    expect(hop.rule).toBe('*');
    expect(hop.deciding?.type).toBe('nacl');
    expect(hop.deciding).not.toHaveProperty('decidingIndex');
    expect(hop.deciding?.rows).toEqual([allow(100, '3306', '10.0.9.0/24')]);
  });

  it('matches the source range of an internet source', () => {
    const attacker = { ...toWeb, fromCidr: '203.0.113.7/32' };
    const doc = threeTier(
      naclOn(
        'pub',
        [
          deny(90, '443', '203.0.113.0/24'),
          allow(100, '443', '0.0.0.0/0'),
          allow(110, '1024-65535', '10.0.0.0/16'),
        ],
        [allow(100, 'all', '0.0.0.0/0')],
      ),
    );
    const blocked = trace(doc, attacker);
    expect(blocked.blocked).toEqual({ node: 'nacl-pub', code: 'NACL_INBOUND_DENY' });
    expect(hopWith(blocked, 'NACL_INBOUND_DENY').rule).toBe(90);
    expect(trace(doc, { ...attacker, fromCidr: '198.51.100.7/32' }).reachable).toBe(true);
  });
});

describe('security group rules', () => {
  it('names the allowing row by its index among the rows as written', () => {
    const inbound = [sgIn('22', '10.0.0.0/24'), sgIn('8080', 'sg-alb')];
    const result = trace(threeTier({ set: { 'sg-web': { inbound } } }), toWeb);
    expect(result.hops.filter((h) => h.code === 'SG_INBOUND_ALLOW').map((h) => h.node)).toEqual([
      'sg-alb',
      'sg-web',
    ]);
    const web = result.hops.find((h) => h.node === 'sg-web' && h.code === 'SG_INBOUND_ALLOW')!;
    expect(web.rule).toBe(1);
    expect(web.deciding).toEqual({
      type: 'sg',
      sg: 'sg-web',
      direction: 'inbound',
      rows: inbound,
      decidingIndex: 1,
    });
  });

  it.each([
    ['the sender’s security group', sgIn('8080', 'sg-alb'), true],
    ['the sender’s subnet CIDR', sgIn('8080', '10.0.0.0/24'), true],
    ['the VPC CIDR', sgIn('8080', '10.0.0.0/16'), true],
    ['anywhere', sgIn('8080', '0.0.0.0/0'), true],
    ['another subnet’s CIDR', sgIn('8080', '10.0.2.0/24'), false],
    ['another security group', sgIn('8080', 'sg-db'), false],
    ['another port', sgIn('8081', 'sg-alb'), false],
    ['UDP on the port', sgIn('8080', 'sg-alb', 'udp'), false],
    ['all traffic', sgIn('all', 'sg-alb', 'all'), true],
  ])('inbound from %s: allowed %s', (_, row, allowed) => {
    const result = trace(threeTier({ set: { 'sg-web': { inbound: [row] } } }), toWeb);
    expect(result.reachable).toBe(allowed);
    if (!allowed) {
      expect(result.blocked).toEqual({ node: 'sg-web', code: 'SG_INBOUND_DENY' });
      expect(hopWith(result, 'SG_INBOUND_DENY').deciding).toEqual({
        type: 'sg',
        sg: 'sg-web',
        direction: 'inbound',
        rows: [row],
      });
    }
  });

  it('matches an internet source by its range only when the question narrows it', () => {
    const doc = threeTier({ set: { 'sg-alb': { inbound: [sgIn('443', '203.0.113.0/24')] } } });
    const q = { from: 'internet', to: 'alb' };
    expect(trace(doc, q).blocked).toEqual({ node: 'sg-alb', code: 'SG_INBOUND_DENY' });
    expect(trace(doc, { ...q, fromCidr: '203.0.113.7/32' }).reachable).toBe(true);
    expect(trace(doc, { ...q, fromCidr: '198.51.100.0/24' }).reachable).toBe(false);
  });

  it('lets a node without a security group through with no group check', () => {
    const doc = threeTier({
      add: [{ id: 'worker', kind: 'ec2', parent: 'app' }],
      edges: [{ source: 'alb', target: 'worker', props: { port: 9000 } }],
    });
    const result = trace(doc, { from: 'alb', to: 'worker', port: 9000 });
    expect(result.reachable).toBe(true);
    expect(codesOf(result)).not.toContain('SG_INBOUND_ALLOW');
    // sg-alb still lets the request out and answers the response.
    expect(codesOf(result)).toEqual(expect.arrayContaining(['SG_OUTBOUND_ALLOW']));
  });
});
