/**
 * The trace and the validator decide NACLs and security groups with one evaluation
 * (trace.md: "one implementation, so the trace and the findings never disagree"). A
 * seeded generator draws many diagrams with one traffic edge a → b across two subnets
 * (or within one), random custom NACLs on either side and random inbound rows on b's
 * security group; for each, NACL-02 and SG-03 must report the edge exactly when the
 * drawn-mode trace from a to b on the edge's port is stopped by that layer.
 *
 * The trace checks the NACLs of the request before b's security group, and the NACLs
 * of the response after it, so when both layers fail the first of them blocks. The
 * exact statement is therefore: without an SG-03 finding, NACL-02 reports ⇔ the trace
 * is blocked by a NACL code; without a NACL-02 finding, SG-03 reports ⇔ the trace is
 * blocked with SG_INBOUND_DENY; with both, the trace is blocked by one of them; with
 * neither, it is reachable.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, RuleRow } from '../document/types';
import { NACL_02 } from '../rules/sg-nacl/NACL-02';
import { SG_03 } from '../rules/sg-nacl/SG-03';
import type { NodeSpec } from '../rules/testing';
import { diagram, runOnly } from '../rules/testing';
import { trace } from './trace';
import type { TraceCode, TraceProtocol, TraceQuestion } from './types';

/** mulberry32: a small seeded generator, so a failing case can be rebuilt from its index. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: readonly T[]) => T;

const PORTS = [
  'all',
  'all',
  'all',
  '22',
  '80',
  '443',
  '3306',
  '0-1023',
  '80-443',
  '1024-65535',
  '32768-65535',
];
const PROTOCOLS = ['tcp', 'tcp', 'tcp', 'udp', 'all'];
const CIDRS = [
  '0.0.0.0/0',
  '0.0.0.0/0',
  '10.0.0.0/16',
  '10.0.0.0/16',
  '10.0.1.0/24',
  '10.0.2.0/24',
  '10.0.3.0/24',
  '203.0.113.0/24',
];
const SOURCES = [...CIDRS, 'sg-a', 'sg-b', 'sg-other'];
const EDGE_PORTS = [22, 80, 443, 3306];

function naclRows(pick: Pick, count: number): RuleRow[] {
  const numbers = [50, 90, 100, 110, 200];
  const rows: RuleRow[] = [];
  for (let i = 0; i < count; i++) {
    const rule = pick(numbers.filter((n) => !rows.some((r) => r.rule === n)));
    const action = pick(['allow', 'allow', 'allow', 'deny'] as const);
    rows.push({ rule, protocol: pick(PROTOCOLS), ports: pick(PORTS), cidr: pick(CIDRS), action });
  }
  return rows;
}

interface Case {
  readonly doc: Diagram;
  readonly question: TraceQuestion;
}

/**
 * One random diagram: a source `a` (an EC2 in subnet sa 10.0.1.0/24, or the internet),
 * a target `b` (a public EC2 or an internet-facing ALB in subnet sb 10.0.2.0/24, or in sa), each subnet
 * with a custom NACL (1–3 rows each way) or not, b in sg-b with 1–3 random inbound rows, a in sg-a or sg-b
 * or none, and one edge a → b.
 */
function generate(seed: number): Case {
  const next = random(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)];
  const fromInternet = next() < 0.25;
  const sameSubnet = !fromInternet && next() < 0.15;
  const nodes: NodeSpec[] = [
    { id: 'internet', kind: 'internet' },
    { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
    { id: 'sa', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.1.0/24' } },
    { id: 'sb', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.2.0/24' } },
    { id: 'sg-a', kind: 'security-group', parent: 'sa', props: { inbound: [] } },
    { id: 'sg-other', kind: 'security-group', parent: 'sa', props: { inbound: [] } },
    {
      id: 'sg-b',
      kind: 'security-group',
      parent: sameSubnet ? 'sa' : 'sb',
      props: {
        inbound: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
          protocol: pick(PROTOCOLS),
          ports: pick(PORTS),
          source: pick(SOURCES),
        })),
        isDefault: next() < 0.15,
      },
    },
    next() < 0.25
      ? { id: 'b', kind: 'alb', parent: 'sg-b' }
      : { id: 'b', kind: 'ec2', parent: 'sg-b', props: { publicIp: true } },
  ];
  if (!fromInternet) nodes.push({ id: 'a', kind: 'ec2', parent: pick(['sg-a', 'sg-b', 'sa']) });
  for (const subnet of ['sa', 'sb']) {
    if (next() < 0.3) continue;
    const [inCount, outCount] = [1 + Math.floor(next() * 3), 1 + Math.floor(next() * 3)];
    nodes.push({
      id: `nacl-${subnet}`,
      kind: 'network-acl',
      parent: subnet,
      props: { inbound: naclRows(pick, inCount), outbound: naclRows(pick, outCount) },
    });
  }
  const from = fromInternet ? 'internet' : 'a';
  const port = pick(EDGE_PORTS);
  const protocol = pick([
    'tcp',
    'tcp',
    'tcp',
    'udp',
    'icmp',
    'all',
  ] as const satisfies readonly TraceProtocol[]);
  const doc = diagram({ nodes, edges: [{ source: from, target: 'b', props: { port, protocol } }] });
  return { doc, question: { from, to: 'b', port, protocol, mode: 'drawn' } };
}

const NACL_CODES = new Set<TraceCode>([
  'NACL_OUTBOUND_DENY',
  'NACL_INBOUND_DENY',
  'NACL_RESPONSE_DENY',
]);
const CASES = 1000;

describe('the trace and NACL-02 / SG-03 agree', () => {
  it(`on ${CASES} generated diagrams`, () => {
    const seen = { neither: 0, nacl: 0, sg: 0, both: 0, response: 0, sameSubnet: 0 };
    for (let seed = 1; seed <= CASES; seed++) {
      const { doc, question } = generate(seed);
      const naclFindings = runOnly(NACL_02, doc);
      const sgFindings = runOnly(SG_03, doc);
      const [nacl02, sg03] = [naclFindings.length > 0, sgFindings.length > 0];
      const result = trace(doc, question);
      const code = result.blocked?.code;
      const where = `seed ${seed}: NACL-02 ${nacl02}, SG-03 ${sg03}, trace ${code ?? 'reachable'}`;
      if (!sg03) expect(code !== undefined && NACL_CODES.has(code), where).toBe(nacl02);
      if (!nacl02) expect(code === 'SG_INBOUND_DENY', where).toBe(sg03);
      if (nacl02 && sg03) {
        expect(['NACL_OUTBOUND_DENY', 'NACL_INBOUND_DENY', 'SG_INBOUND_DENY'], where).toContain(
          code,
        );
      }
      expect(result.reachable, where).toBe(!nacl02 && !sg03);
      // The blocked hop is at a node the finding names (its NACL, its security group).
      if (code && NACL_CODES.has(code))
        expect(naclFindings[0].nodes, where).toContain(result.blocked?.node);
      if (code === 'SG_INBOUND_DENY') {
        expect(result.blocked?.node, where).toBe('sg-b');
        expect(sgFindings[0].nodes, where).toContain('sg-b');
      }

      if (nacl02 && sg03) seen.both++;
      else if (nacl02) seen.nacl++;
      else if (sg03) seen.sg++;
      else seen.neither++;
      if (code === 'NACL_RESPONSE_DENY') seen.response++;
      if (result.hops.some((h) => h.code === 'SAME_SUBNET_NO_NACL')) seen.sameSubnet++;
    }
    // The generator must exercise every combination, or the agreement proves little.
    for (const [kind, count] of Object.entries(seen))
      expect(count, `${kind} cases`).toBeGreaterThanOrEqual(20);
  });
});
