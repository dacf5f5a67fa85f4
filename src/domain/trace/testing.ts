/**
 * Test helpers for the trace: one three-tier VPC that every trace test starts from,
 * changed by a few props, nodes or edges, so that a case and its near miss differ by
 * exactly what the test is about.
 *
 * Used by the `*.test.ts` files only (rules/testing imports vitest).
 */
import type { Diagram, PropValue, RuleRow } from '../document/types';
import type { EdgeSpec, NodeSpec } from '../rules/testing';
import { diagram } from '../rules/testing';
import type { TraceCode, TraceResult } from './types';

export interface Change {
  /** Props to set, by node id (merged over the base's). */
  readonly set?: Readonly<Record<string, Record<string, PropValue>>>;
  /** Nodes to leave out (leaves only), with their edges. */
  readonly drop?: readonly string[];
  /** Nodes to add; a node with an id of the base replaces it. */
  readonly add?: readonly NodeSpec[];
  /** Traffic (or protects) edges to add. */
  readonly edges?: readonly EdgeSpec[];
  /** Edge ids (`source->target`) of the base to leave out (`edges` may draw them anew). */
  readonly dropEdges?: readonly string[];
}

/** `{ protocol, ports, source }`: one inbound security-group row. */
export function sgIn(ports: string, source: string, protocol = 'tcp'): RuleRow {
  return { protocol, ports, source };
}

/**
 * internet → alb (sg-alb, public `pub` 10.0.0.0/24, TCP 443 from anywhere) → web
 * (sg-web, private `app` 10.0.1.0/24, TCP 8080 from sg-alb) → db (sg-db, private
 * `data` 10.0.2.0/24, TCP 3306 from sg-web), in `vpc` 10.0.0.0/16 with an internet
 * gateway. Drawn edges: internet → alb 443, alb → web 8080, web → db 3306. Every hop
 * of internet → web and of web → db passes; nothing leads out of the VPC.
 */
export function threeTier(change: Change = {}): Diagram {
  const base: NodeSpec[] = [
    { id: 'internet', kind: 'internet' },
    { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
    { id: 'app', kind: 'subnet', parent: 'vpc', props: { tier: 'private', cidr: '10.0.1.0/24' } },
    { id: 'data', kind: 'subnet', parent: 'vpc', props: { tier: 'private', cidr: '10.0.2.0/24' } },
    {
      id: 'sg-alb',
      kind: 'security-group',
      parent: 'pub',
      props: { inbound: [sgIn('443', '0.0.0.0/0')] },
    },
    { id: 'alb', kind: 'alb', parent: 'sg-alb' },
    {
      id: 'sg-web',
      kind: 'security-group',
      parent: 'app',
      props: { inbound: [sgIn('8080', 'sg-alb')] },
    },
    { id: 'web', kind: 'ec2', parent: 'sg-web' },
    {
      id: 'sg-db',
      kind: 'security-group',
      parent: 'data',
      props: { inbound: [sgIn('3306', 'sg-web')] },
    },
    { id: 'db', kind: 'rds', parent: 'sg-db' },
  ];
  const baseEdges: EdgeSpec[] = [
    { source: 'internet', target: 'alb', props: { port: 443 } },
    { source: 'alb', target: 'web', props: { port: 8080 } },
    { source: 'web', target: 'db', props: { port: 3306 } },
  ];
  const drop = new Set(change.drop ?? []);
  const added = new Map((change.add ?? []).map((n) => [n.id, n]));
  const nodes = [
    ...base.filter((n) => !drop.has(n.id)).map((n) => added.get(n.id) ?? n),
    ...(change.add ?? []).filter((n) => !base.some((b) => b.id === n.id)),
  ].map((n) => {
    const props = change.set?.[n.id];
    return props ? { ...n, props: { ...n.props, ...props } } : n;
  });
  const dropEdges = new Set(change.dropEdges ?? []);
  const edges = [
    ...baseEdges.filter((e) => !dropEdges.has(`${e.source}->${e.target}`)),
    ...(change.edges ?? []),
  ].filter((e) => !drop.has(e.source) && !drop.has(e.target));
  return diagram({ nodes, edges });
}

/**
 * threeTier with a CloudFront distribution `cdn` drawn in front of the ALB
 * (internet → cdn → alb); `direct` keeps the edge internet → alb as well.
 */
export function behindCdn(direct: boolean): Diagram {
  return threeTier({
    add: [{ id: 'cdn', kind: 'cloudfront' }],
    edges: [
      { source: 'internet', target: 'cdn' },
      { source: 'cdn', target: 'alb' },
    ],
    dropEdges: direct ? [] : ['internet->alb'],
  });
}

/** Several changes as one: their lists concatenated, their props merged by node. */
export function combine(...changes: Change[]): Change {
  return {
    add: changes.flatMap((c) => [...(c.add ?? [])]),
    edges: changes.flatMap((c) => [...(c.edges ?? [])]),
    set: Object.assign({}, ...changes.map((c) => c.set ?? {})),
    drop: changes.flatMap((c) => [...(c.drop ?? [])]),
    dropEdges: changes.flatMap((c) => [...(c.dropEdges ?? [])]),
  };
}

/** A custom NACL `nacl-<subnet>` on `subnet` with these rows. */
export function naclOn(subnet: string, inbound: RuleRow[], outbound: RuleRow[]): Change {
  return {
    add: [
      { id: `nacl-${subnet}`, kind: 'network-acl', parent: subnet, props: { inbound, outbound } },
    ],
  };
}

/** A WAF web ACL or a Shield protection `id` with a protects edge to `target`. */
export function protector(
  id: string,
  kind: 'waf' | 'shield',
  target: string,
  props: Record<string, PropValue> = {},
): Change {
  return { add: [{ id, kind, props }], edges: [{ source: id, target }] };
}

/** An IDS/IPS `sensor` in `mode`, drawn inside `parent` (web's security group by default). */
export function sensor(mode: 'ids' | 'ips', parent = 'sg-web'): Change {
  return { add: [{ id: 'sensor', kind: 'ids-ips', parent, props: { mode } }] };
}

/** Every code of a result's hops, in hop order. */
export function codesOf(result: TraceResult): TraceCode[] {
  return result.hops.map((h) => h.code);
}

/** The one hop with `code` (the test fails on none or several). */
export function hopWith(result: TraceResult, code: TraceCode) {
  const found = result.hops.filter((h) => h.code === code);
  if (found.length !== 1)
    throw new Error(`expected one ${code} hop, got ${found.length}: ${codesOf(result).join(' ')}`);
  return found[0];
}
