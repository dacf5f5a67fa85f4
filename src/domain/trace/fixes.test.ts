import { describe, expect, it } from 'vitest';
import { frozen } from '../commands/testing';
import type { Diagram, PropValue, RuleRow } from '../document/types';
import type { Direction } from '../net/rows';
import { allow, deny } from '../net/testing';
import type { EdgeSpec, NodeSpec } from '../rules/testing';
import { diagram } from '../rules/testing';
import { fixForTrace } from './fixes';
import { trace } from './index';
import type { TraceCode, TraceQuestion } from './types';

interface WebOptions {
  /** Props of the groups around the ALB and the web server (inbound open by default). */
  sgAlb?: Record<string, PropValue>;
  sgWeb?: Record<string, PropValue>;
  /** A custom NACL of the public subnet. */
  pubNacl?: { inbound: RuleRow[]; outbound: RuleRow[] };
  igw?: boolean;
  /** Draw the ALB's traffic to the web server. */
  albToWeb?: boolean;
  web?: Record<string, PropValue>;
  webTier?: 'public' | 'private';
}

/**
 * internet → ALB (sg-alb, public 10.0.0.0/24) → web (sg-web, app 10.0.1.0/24, private),
 * and a database (sg-db) in 10.0.2.0/24; open enough to be reachable unless an option
 * closes a layer.
 */
function web(o: WebOptions = {}): Diagram {
  const nodes: NodeSpec[] = [
    { id: 'internet', kind: 'internet' },
    { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
    ...(o.igw === false ? [] : [{ id: 'igw', kind: 'internet-gateway', parent: 'vpc' } as const]),
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
    {
      id: 'app',
      kind: 'subnet',
      parent: 'vpc',
      props: { tier: o.webTier ?? 'private', cidr: '10.0.1.0/24' },
    },
    { id: 'data', kind: 'subnet', parent: 'vpc', props: { tier: 'private', cidr: '10.0.2.0/24' } },
    {
      id: 'sg-alb',
      kind: 'security-group',
      parent: 'pub',
      props: { inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }], ...o.sgAlb },
    },
    { id: 'alb', kind: 'alb', parent: 'sg-alb' },
    {
      id: 'sg-web',
      kind: 'security-group',
      parent: 'app',
      props: { inbound: [{ protocol: 'tcp', ports: '443', source: 'sg-alb' }], ...o.sgWeb },
    },
    { id: 'web-1', kind: 'ec2', parent: 'sg-web', props: { ...o.web } },
    {
      id: 'sg-db',
      kind: 'security-group',
      parent: 'data',
      props: { inbound: [{ protocol: 'tcp', ports: '3306', source: 'sg-web' }] },
    },
    { id: 'db', kind: 'rds', parent: 'sg-db' },
  ];
  if (o.pubNacl) {
    nodes.push({ id: 'nacl-pub', kind: 'network-acl', parent: 'pub', props: o.pubNacl });
  }
  const edges: EdgeSpec[] = [{ source: 'internet', target: 'alb' }];
  if (o.albToWeb !== false) edges.push({ source: 'alb', target: 'web-1' });
  return frozen(diagram({ nodes, edges }));
}

const toAlb: TraceQuestion = { from: 'internet', to: 'alb', port: 443 };
const toWeb: TraceQuestion = { from: 'internet', to: 'web-1', port: 443 };

/** The trace is blocked with `code`; its fix applies, and the trace then gets past it. */
function fixAndRetrace(doc: Diagram, question: TraceQuestion, code: TraceCode) {
  const before = trace(doc, question);
  expect(before.blocked?.code).toBe(code);
  const fix = fixForTrace(doc, before);
  expect(fix).toBeDefined();
  const fixed = fix!.apply(doc);
  expect(fixed).not.toBe(doc);
  const after = trace(fixed, question);
  expect(after.blocked).not.toEqual(before.blocked);
  return { fix: fix!, fixed, after };
}

function nodeOf(doc: Diagram, id: string) {
  return doc.nodes.find((n) => n.id === id)!;
}

interface RowCase {
  name: string;
  question: TraceQuestion;
  code: TraceCode;
  direction: Direction;
}

describe('fixForTrace', () => {
  it.each<RowCase & { options: WebOptions; sg: string; row: RuleRow }>([
    {
      name: 'SG_INBOUND_DENY from the internet: the port from anywhere',
      options: { sgAlb: { inbound: [] } },
      question: toAlb,
      sg: 'sg-alb',
      code: 'SG_INBOUND_DENY',
      direction: 'inbound',
      row: { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
    },
    {
      name: 'SG_INBOUND_DENY with fromCidr: only that range',
      options: { sgAlb: { inbound: [] } },
      question: { ...toAlb, fromCidr: '203.0.113.7/32' },
      sg: 'sg-alb',
      code: 'SG_INBOUND_DENY',
      direction: 'inbound',
      row: { protocol: 'tcp', ports: '443', source: '203.0.113.7/32' },
    },
    {
      name: "SG_INBOUND_DENY behind a load balancer: the port from the balancer's group",
      options: { sgWeb: { inbound: [] } },
      question: toWeb,
      sg: 'sg-web',
      code: 'SG_INBOUND_DENY',
      direction: 'inbound',
      row: { protocol: 'tcp', ports: '443', source: 'sg-alb' },
    },
    {
      name: "SG_OUTBOUND_DENY: the port out to the target's group",
      options: { sgAlb: { outbound: [] } },
      question: toWeb,
      sg: 'sg-alb',
      code: 'SG_OUTBOUND_DENY',
      direction: 'outbound',
      row: { protocol: 'tcp', ports: '443', destination: 'sg-web' },
    },
  ])('$name', ({ options, question, sg, code, direction, row }) => {
    const { fix, fixed, after } = fixAndRetrace(web(options), question, code);
    expect(nodeOf(fixed, sg).props[direction]).toEqual([row]);
    expect(after.reachable).toBe(true);
    expect(fix.label.en).toContain(`Security group '${sg}'`);
    expect(fix.label.ja).toContain(`セキュリティグループ「${sg}」`);
  });

  it('a security-group fix for one range leaves other addresses refused', () => {
    const doc = web({ sgAlb: { inbound: [] } });
    const question = { ...toAlb, fromCidr: '203.0.113.7/32' };
    const { fixed } = fixAndRetrace(doc, question, 'SG_INBOUND_DENY');
    expect(trace(fixed, { ...toAlb, fromCidr: '198.51.100.1/32' }).reachable).toBe(false);
  });

  const allowAll = allow(100, 'all', '0.0.0.0/0', 'all');
  it.each<RowCase & { nacl: { inbound: RuleRow[]; outbound: RuleRow[] }; rows: RuleRow[] }>([
    {
      name: 'NACL_INBOUND_DENY: the allow row numbered before the deny that decides',
      nacl: { inbound: [deny(100, '443', '0.0.0.0/0')], outbound: [allowAll] },
      question: toAlb,
      code: 'NACL_INBOUND_DENY',
      direction: 'inbound',
      rows: [deny(100, '443', '0.0.0.0/0'), allow(90, '443', '0.0.0.0/0')],
    },
    {
      name: 'NACL_OUTBOUND_DENY: the request out to the next subnet',
      nacl: {
        inbound: [allow(100, '443', '0.0.0.0/0'), allow(110, '1024-65535', '10.0.0.0/16')],
        outbound: [allow(100, '1024-65535', '0.0.0.0/0')],
      },
      question: toWeb,
      code: 'NACL_OUTBOUND_DENY',
      direction: 'outbound',
      rows: [allow(100, '1024-65535', '0.0.0.0/0'), allow(110, '443', '10.0.1.0/24')],
    },
    {
      name: 'NACL_RESPONSE_DENY going out: the ephemeral ports back to the client',
      nacl: { inbound: [allow(100, '443', '0.0.0.0/0')], outbound: [] },
      question: toAlb,
      code: 'NACL_RESPONSE_DENY',
      direction: 'outbound',
      rows: [allow(100, '1024-65535', '0.0.0.0/0')],
    },
    {
      name: 'NACL_RESPONSE_DENY coming back in: the ephemeral ports from the server',
      nacl: { inbound: [allow(100, '443', '0.0.0.0/0')], outbound: [allowAll] },
      question: toWeb,
      code: 'NACL_RESPONSE_DENY',
      direction: 'inbound',
      rows: [allow(100, '443', '0.0.0.0/0'), allow(110, '1024-65535', '10.0.1.0/24')],
    },
  ])('$name', ({ nacl, question, code, direction, rows }) => {
    const doc = web({ pubNacl: nacl });
    const { fixed, after } = fixAndRetrace(doc, question, code);
    expect(nodeOf(fixed, 'nacl-pub').props[direction]).toEqual(rows);
    expect(after.reachable).toBe(true);
  });

  it('NO_INTERNET_GATEWAY: adds a gateway to the VPC', () => {
    const doc = web({ igw: false });
    const { fix, fixed, after } = fixAndRetrace(doc, toAlb, 'NO_INTERNET_GATEWAY');
    const gateways = fixed.nodes.filter((n) => n.kind === 'internet-gateway');
    expect(gateways).toHaveLength(1);
    expect(gateways[0].parent).toBe('vpc');
    expect(gateways[0].position).toBeDefined();
    expect(after.reachable).toBe(true);
    expect(fix.label.en).toContain('internet gateway');
  });

  it('PRIVATE_SUBNET for a server: puts it behind the internet-facing load balancer', () => {
    const doc = web({ albToWeb: false });
    const { fix, fixed, after } = fixAndRetrace(doc, toWeb, 'PRIVATE_SUBNET');
    expect(fixed.edges).toContainEqual(
      expect.objectContaining({
        source: 'alb',
        target: 'web-1',
        kind: 'traffic',
        props: { port: 443, protocol: 'tcp' },
      }),
    );
    expect(after.reachable).toBe(true);
    expect(after.path).toEqual(['internet', 'alb', 'web-1']);
    expect(fix.label.en).toContain('behind');
  });

  it('NO_PUBLIC_ADDRESS for a server in a public subnet: the same', () => {
    const doc = web({ albToWeb: false, webTier: 'public' });
    const { after } = fixAndRetrace(doc, toWeb, 'NO_PUBLIC_ADDRESS');
    expect(after.reachable).toBe(true);
  });

  it('offers nothing when there is no obvious fix or nothing to fix', () => {
    const doc = web();
    // A database asked for from the internet: keeping it private is the point.
    const toDb = trace(doc, { from: 'internet', to: 'db', port: 3306 });
    expect(toDb.reachable).toBe(false);
    expect(fixForTrace(doc, toDb)).toBeUndefined();
    // A server on a port the load balancer does not serve: no load balancer helps.
    const unserved = web({ albToWeb: false });
    const ssh = trace(unserved, { ...toWeb, port: 22 });
    expect(ssh.blocked?.code).toBe('PRIVATE_SUBNET');
    expect(fixForTrace(unserved, ssh)).toBeUndefined();
    // A reachable trace.
    expect(fixForTrace(doc, trace(doc, toWeb))).toBeUndefined();
  });
});
