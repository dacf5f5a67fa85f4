/**
 * Every hop code of docs/spec/trace.md, produced by a diagram and absent from its near
 * miss (the same diagram with one change, or the same question one step away), in both
 * modes wherever the question follows drawn edges. The table is a Record over
 * TraceCode, so a code added to the contract without a case here does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram, RuleRow } from '../document/types';
import type { NodeSpec } from '../rules/testing';
import { allow, deny } from '../net/testing';
import type { Change } from './testing';
import { codesOf, combine, naclOn, protector, sensor, sgIn, threeTier } from './testing';
import { trace } from './trace';
import type { HopVerdict, TraceCode, TraceMode, TraceQuestion } from './types';

interface CodeCase {
  readonly name: string;
  readonly doc: Diagram;
  readonly question: TraceQuestion;
  /** The hop's `node`, and for a deny the blocked node. */
  readonly node: string;
  /** The hop's `rule` when it is not null. */
  readonly rule?: number | '*';
  /** One change away: another diagram, or the same diagram asked one thing differently. */
  readonly nearMiss: { readonly doc?: Diagram; readonly question?: TraceQuestion };
  readonly modes?: readonly TraceMode[];
}

const nat: NodeSpec = { id: 'nat', kind: 'nat-gateway', parent: 'pub' };
const toInternet = { source: 'web', target: 'internet' };
const vpc2: NodeSpec[] = [
  { id: 'vpc2', kind: 'vpc', props: { cidr: '10.1.0.0/16' } },
  { id: 's2', kind: 'subnet', parent: 'vpc2', props: { cidr: '10.1.0.0/24' } },
];

/** web reaches `other` drawn at `parent`: in another VPC, or in subnet `app` of its own. */
function otherAt(parent: string): Diagram {
  return threeTier({
    add: [...vpc2, { id: 'other', kind: 'ec2', parent }],
    edges: [{ source: 'web', target: 'other' }],
  });
}

/** A custom NACL on `data` letting web's 3306 in and its responses out, unless told otherwise. */
function dataNacl(
  inbound: RuleRow[],
  outbound: RuleRow[] = [allow(100, '1024-65535', '10.0.1.0/24')],
) {
  return threeTier(naclOn('data', inbound, outbound));
}

/** A custom NACL on `app` with `outbound` rows, letting the responses from `data` back in. */
function appNacl(outbound: RuleRow[]) {
  return threeTier(naclOn('app', [allow(100, '1024-65535', '10.0.2.0/24')], outbound));
}

/** web2 next to web (or elsewhere), behind a NACL on `app` that denies everything. */
function neighbour(web2: Omit<NodeSpec, 'id' | 'kind'>): Diagram {
  return threeTier(
    combine(naclOn('app', [], []), {
      add: [{ id: 'web2', kind: 'ec2', ...web2 }],
      set: { 'sg-web': { inbound: [sgIn('8080', 'sg-web')] } },
      edges: [{ source: 'web', target: 'web2', props: { port: 8080 } }],
    }),
  );
}

const base = threeTier();
const internetToAlb: TraceQuestion = { from: 'internet', to: 'alb', port: 443 };
const webToDb: TraceQuestion = { from: 'web', to: 'db', port: 3306 };
const albToWeb: TraceQuestion = { from: 'alb', to: 'web', port: 8080 };
const webOut: TraceQuestion = { from: 'web', to: 'internet', port: 443 };
const egress = (change: Change = {}) =>
  threeTier({ ...change, edges: [toInternet, ...(change.edges ?? [])] });
const protecting = (kind: 'waf' | 'shield', target: string, props = {}) =>
  threeTier(protector(kind, kind, target, props));
const sensing = (mode: 'ids' | 'ips') => threeTier(sensor(mode));
const albListensOn = (port: number) =>
  threeTier({
    dropEdges: ['internet->alb'],
    edges: [{ source: 'internet', target: 'alb', props: { port } }],
  });
const apiGateway = threeTier({
  add: [{ id: 'api', kind: 'api-gateway' }],
  edges: [{ source: 'internet', target: 'api' }],
});
const bucket = (blockPublicAccess: boolean) =>
  threeTier({ add: [{ id: 'bucket', kind: 's3', props: { blockPublicAccess } }] });

const CASES: Record<TraceCode, readonly CodeCase[]> = {
  NO_ROUTE: [
    {
      name: 'a leg into another VPC',
      doc: otherAt('s2'),
      question: { from: 'web', to: 'other' },
      node: 'other',
      nearMiss: { doc: otherAt('app') },
    },
  ],
  NO_INTERNET_GATEWAY: [
    {
      name: 'into a VPC without one (at the VPC)',
      doc: threeTier({ drop: ['igw'] }),
      question: internetToAlb,
      node: 'vpc',
      nearMiss: { doc: base },
    },
    {
      name: 'out of a VPC without one, even with a NAT gateway',
      doc: egress({ drop: ['igw'], add: [nat] }),
      question: webOut,
      node: 'vpc',
      nearMiss: { doc: egress({ add: [nat] }) },
    },
  ],
  PRIVATE_SUBNET: [
    {
      name: 'into a private subnet (at the subnet)',
      doc: threeTier({ set: { pub: { tier: 'private' } } }),
      question: internetToAlb,
      node: 'pub',
      nearMiss: { doc: base },
    },
  ],
  NO_PUBLIC_ADDRESS: [
    {
      name: 'to an internal load balancer (at it)',
      doc: threeTier({ set: { alb: { scheme: 'internal' } } }),
      question: internetToAlb,
      node: 'alb',
      nearMiss: { doc: base },
    },
    {
      name: 'out of a public subnet without a public IP (at the source)',
      doc: threeTier({
        add: [{ id: 'bastion', kind: 'ec2', parent: 'pub' }],
        edges: [{ source: 'bastion', target: 'internet' }],
      }),
      question: { from: 'bastion', to: 'internet' },
      node: 'bastion',
      nearMiss: {
        doc: threeTier({
          add: [{ id: 'bastion', kind: 'ec2', parent: 'pub', props: { publicIp: true } }],
          edges: [{ source: 'bastion', target: 'internet' }],
        }),
      },
    },
  ],
  NO_NAT_GATEWAY: [
    {
      name: 'out of a private subnet without one (at the subnet)',
      doc: egress(),
      question: webOut,
      node: 'app',
      nearMiss: { doc: egress({ add: [nat] }) },
    },
  ],
  INTERNET_GATEWAY: [
    {
      name: 'in through it',
      doc: base,
      question: internetToAlb,
      node: 'igw',
      nearMiss: { doc: threeTier({ drop: ['igw'] }) },
    },
  ],
  NAT_GATEWAY: [
    {
      name: 'out of a private subnet',
      doc: egress({ add: [nat] }),
      question: webOut,
      node: 'nat',
      nearMiss: { doc: egress({ add: [{ ...nat, props: { connectivity: 'private' } }] }) },
    },
  ],
  LOCAL_ROUTE: [
    {
      name: 'within one VPC',
      doc: otherAt('app'),
      question: { from: 'web', to: 'other' },
      node: 'vpc',
      nearMiss: { doc: otherAt('s2') },
    },
  ],
  SG_OUTBOUND_ALLOW: [
    {
      name: 'the default all-traffic outbound row',
      doc: base,
      question: webToDb,
      node: 'sg-web',
      rule: 0,
      nearMiss: { doc: threeTier({ set: { 'sg-web': { outbound: [] } } }) },
    },
  ],
  SG_OUTBOUND_DENY: [
    {
      name: 'outbound: [] allows nothing',
      doc: threeTier({ set: { 'sg-web': { outbound: [] } } }),
      question: webToDb,
      node: 'sg-web',
      nearMiss: {
        doc: threeTier({
          set: {
            'sg-web': { outbound: [{ protocol: 'tcp', ports: '3306', destination: 'sg-db' }] },
          },
        }),
      },
    },
  ],
  SG_INBOUND_ALLOW: [
    {
      name: "by the sender's security group",
      doc: base,
      question: albToWeb,
      node: 'sg-web',
      rule: 0,
      nearMiss: { doc: threeTier({ set: { 'sg-web': { inbound: [sgIn('8080', 'sg-db')] } } }) },
    },
  ],
  SG_INBOUND_DENY: [
    {
      name: 'no row names the sender',
      doc: threeTier({ set: { 'sg-web': { inbound: [sgIn('8080', 'sg-db')] } } }),
      question: albToWeb,
      node: 'sg-web',
      nearMiss: { doc: base },
    },
  ],
  SG_STATEFUL_RETURN: [
    {
      name: 'the response of an allowed request',
      doc: base,
      question: albToWeb,
      node: 'sg-web',
      nearMiss: { doc: threeTier({ set: { 'sg-web': { inbound: [] } } }) },
    },
  ],
  NACL_OUTBOUND_ALLOW: [
    {
      name: "subnet(a)'s NACL lets the request out",
      doc: appNacl([allow(100, '3306', '10.0.2.0/24')]),
      question: webToDb,
      node: 'nacl-app',
      rule: 100,
      nearMiss: { doc: appNacl([]) },
    },
  ],
  NACL_OUTBOUND_DENY: [
    {
      name: 'no row matches: the final *',
      doc: appNacl([]),
      question: webToDb,
      node: 'nacl-app',
      rule: '*',
      nearMiss: { doc: appNacl([allow(100, '3306', '10.0.2.0/24')]) },
    },
  ],
  NACL_INBOUND_ALLOW: [
    {
      name: "subnet(b)'s NACL lets the request in",
      doc: dataNacl([allow(100, '3306', '10.0.1.0/24')]),
      question: webToDb,
      node: 'nacl-data',
      rule: 100,
      nearMiss: {
        doc: dataNacl([deny(90, '3306', '0.0.0.0/0'), allow(100, '3306', '10.0.1.0/24')]),
      },
    },
  ],
  NACL_INBOUND_DENY: [
    {
      name: 'a deny at 90 decides before an allow at 100',
      doc: dataNacl([allow(100, '3306', '10.0.1.0/24'), deny(90, '3306', '0.0.0.0/0')]),
      question: webToDb,
      node: 'nacl-data',
      rule: 90,
      nearMiss: {
        doc: dataNacl([allow(100, '3306', '10.0.1.0/24'), deny(110, '3306', '0.0.0.0/0')]),
      },
    },
  ],
  NACL_RESPONSE_ALLOW: [
    {
      name: 'the ephemeral ports back out of subnet(b)',
      doc: dataNacl([allow(100, '3306', '10.0.1.0/24')]),
      question: webToDb,
      node: 'nacl-data',
      rule: 100,
      nearMiss: { doc: dataNacl([allow(100, '3306', '10.0.1.0/24')], []) },
    },
  ],
  NACL_RESPONSE_DENY: [
    {
      name: 'a deny of the ephemeral ports at 50',
      doc: dataNacl(
        [allow(100, '3306', '10.0.1.0/24')],
        [deny(50, '1024-65535', '0.0.0.0/0'), allow(100, '1024-65535', '10.0.1.0/24')],
      ),
      question: webToDb,
      node: 'nacl-data',
      rule: 50,
      nearMiss: { doc: dataNacl([allow(100, '3306', '10.0.1.0/24')]) },
    },
    {
      name: 'only part of 1024-65535 allowed back',
      doc: dataNacl(
        [allow(100, '3306', '10.0.1.0/24')],
        [allow(100, '32768-65535', '10.0.1.0/24')],
      ),
      question: webToDb,
      node: 'nacl-data',
      rule: '*',
      nearMiss: { doc: dataNacl([allow(100, '3306', '10.0.1.0/24')]) },
    },
  ],
  SAME_SUBNET_NO_NACL: [
    {
      name: 'a deny-all NACL does not see traffic within its subnet',
      doc: neighbour({ parent: 'sg-web' }),
      question: { from: 'web', to: 'web2', port: 8080 },
      node: 'app',
      nearMiss: { doc: neighbour({ parent: 'data' }) },
    },
  ],
  DEFAULT_NACL_ALLOWS: [
    {
      name: 'a subnet without a custom NACL',
      doc: base,
      question: internetToAlb,
      node: 'pub',
      nearMiss: {
        doc: threeTier(
          naclOn('pub', [allow(100, '443', '0.0.0.0/0')], [allow(100, '1024-65535', '0.0.0.0/0')]),
        ),
      },
    },
  ],
  PORT_SERVED: [
    {
      name: 'a load balancer serves the ports of its incoming edges',
      doc: base,
      question: internetToAlb,
      node: 'alb',
      nearMiss: { doc: albListensOn(8443) },
    },
  ],
  PORT_NOT_SERVED: [
    {
      name: 'the load balancer listens on 8443 only',
      doc: albListensOn(8443),
      question: internetToAlb,
      node: 'alb',
      nearMiss: { doc: base },
    },
    {
      name: 'API Gateway serves 80 and 443 only',
      doc: apiGateway,
      question: { from: 'internet', to: 'api', port: 22 },
      node: 'api',
      nearMiss: { question: { from: 'internet', to: 'api', port: 80 } },
    },
  ],
  WAF_INSPECTS: [
    {
      name: 'a web ACL protecting a node of the path',
      doc: protecting('waf', 'alb'),
      question: internetToAlb,
      node: 'waf',
      nearMiss: { doc: protecting('waf', 'db') },
    },
    {
      name: 'layer 7 only: at a load balancer serving HTTPS, not one serving TCP 8080',
      doc: threeTier({
        add: [{ id: 'waf', kind: 'waf' }],
        edges: [{ source: 'waf', target: 'alb' }],
      }),
      question: internetToAlb,
      node: 'waf',
      nearMiss: {
        doc: threeTier({
          add: [{ id: 'waf', kind: 'waf' }],
          edges: [
            { source: 'waf', target: 'alb' },
            { source: 'internet', target: 'alb', props: { port: 8080 } },
          ],
          set: { 'sg-alb': { inbound: [sgIn('8080', '0.0.0.0/0')] } },
          dropEdges: ['internet->alb'],
        }),
        question: { ...internetToAlb, port: 8080 },
      },
    },
  ],
  SHIELD_STANDARD: [
    {
      name: 'on every AWS hop',
      doc: base,
      question: internetToAlb,
      node: 'alb',
      nearMiss: { doc: threeTier({ drop: ['igw'] }) },
    },
  ],
  SHIELD_ADVANCED: [
    {
      name: 'protecting a node of the path',
      doc: protecting('shield', 'alb'),
      question: internetToAlb,
      node: 'shield',
      nearMiss: { doc: protecting('shield', 'alb', { tier: 'standard' }) },
    },
  ],
  NFW_INSPECTS: [
    {
      name: 'a network firewall of vpc(b) on the way in',
      doc: threeTier({ add: [{ id: 'nfw', kind: 'network-firewall', parent: 'vpc' }] }),
      question: internetToAlb,
      node: 'nfw',
      nearMiss: {
        doc: threeTier({ add: [...vpc2, { id: 'nfw', kind: 'network-firewall', parent: 'vpc2' }] }),
      },
    },
  ],
  IPS_INSPECTS: [
    {
      name: "an ids-ips in ips mode in b's security group",
      doc: sensing('ips'),
      question: albToWeb,
      node: 'sensor',
      nearMiss: { doc: sensing('ids') },
    },
  ],
  IDS_MONITORS: [
    {
      name: "an ids-ips in ids mode in b's security group",
      doc: sensing('ids'),
      question: albToWeb,
      node: 'sensor',
      nearMiss: { doc: sensing('ips') },
    },
  ],
  NO_PATH: [
    {
      name: 'network: a bucket with Block Public Access is no public endpoint',
      doc: bucket(true),
      question: { from: 'internet', to: 'bucket' },
      node: 'bucket',
      nearMiss: { doc: bucket(false) },
      modes: ['network'],
    },
    {
      name: 'drawn: no traffic edge leads to the server',
      doc: threeTier({ dropEdges: ['alb->web'] }),
      question: { from: 'internet', to: 'web' },
      node: 'web',
      nearMiss: { doc: base },
      modes: ['drawn'],
    },
    {
      name: 'drawn: a workload ends a path (no pivot through the web server)',
      doc: base,
      question: { from: 'internet', to: 'db', port: 443 },
      node: 'db',
      nearMiss: {
        doc: threeTier({ edges: [{ source: 'alb', target: 'db', props: { port: 3306 } }] }),
      },
      modes: ['drawn'],
    },
  ],
};

const DENIES = new Set<TraceCode>([
  'NO_ROUTE',
  'NO_INTERNET_GATEWAY',
  'PRIVATE_SUBNET',
  'NO_PUBLIC_ADDRESS',
  'NO_NAT_GATEWAY',
  'SG_OUTBOUND_DENY',
  'SG_INBOUND_DENY',
  'NACL_OUTBOUND_DENY',
  'NACL_INBOUND_DENY',
  'NACL_RESPONSE_DENY',
  'PORT_NOT_SERVED',
  'NO_PATH',
]);
const INSPECTS = new Set<TraceCode>([
  'WAF_INSPECTS',
  'SHIELD_STANDARD',
  'SHIELD_ADVANCED',
  'NFW_INSPECTS',
  'IPS_INSPECTS',
  'IDS_MONITORS',
]);

function verdictOf(code: TraceCode): HopVerdict {
  return DENIES.has(code) ? 'deny' : INSPECTS.has(code) ? 'inspect' : 'allow';
}

const rows = Object.entries(CASES).flatMap(([code, cases]) =>
  cases.flatMap((c) =>
    (c.modes ?? (['network', 'drawn'] as const)).map((mode) => ({
      code: code as TraceCode,
      mode,
      ...c,
    })),
  ),
);

describe('every trace code', () => {
  it('has a case for each code, in both modes over all', () => {
    const codes = Object.keys(CASES) as TraceCode[];
    expect(codes.length).toBe(DENIES.size + INSPECTS.size + 12);
    for (const code of codes) {
      expect(CASES[code].length, code).toBeGreaterThan(0);
      const modes = new Set(rows.filter((r) => r.code === code).map((r) => r.mode));
      if (code !== 'NO_PATH') expect([...modes].sort(), code).toEqual(['drawn', 'network']);
    }
  });

  it.each(rows.map((r) => [r.code, r.mode, r.name, r] as const))(
    '%s (%s): %s',
    (code, mode, _name, row) => {
      const result = trace(row.doc, { ...row.question, mode });
      const hops = result.hops.filter((h) => h.code === code);
      expect(hops.length, codesOf(result).join(' ')).toBeGreaterThan(0);
      const hop = hops[0];
      expect(hop.node).toBe(row.node);
      expect(hop.verdict).toBe(verdictOf(code));
      expect(hop.rule).toBe(row.rule ?? null);
      expect(hop.message.en).not.toBe('');
      expect(hop.message.ja).not.toBe('');
      if (hop.verdict === 'deny') {
        expect(result.reachable).toBe(false);
        expect(result.blocked).toEqual({ node: row.node, code });
        // The blocking hop is the last request hop: nothing is checked after it.
        const request = result.hops.filter((h) => h.phase === 'request' && h.leg === hop.leg);
        if (hop.phase === 'request') expect(request[request.length - 1]).toBe(hop);
      } else {
        expect(result.blocked?.code).not.toBe(code);
      }

      const near = trace(row.nearMiss.doc ?? row.doc, {
        ...(row.nearMiss.question ?? row.question),
        mode,
      });
      expect(codesOf(near), 'the near miss').not.toContain(code);
    },
  );
});
