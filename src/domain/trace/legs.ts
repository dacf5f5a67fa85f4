/**
 * The checks of one leg a → b (trace.md "The checks of one leg"), in their order:
 * 1 into a VPC, 2 out of a VPC, 3 a's security groups outbound, 4 subnet(a)'s NACL
 * outbound, 5 subnet(b)'s NACL inbound, 6 b's security groups inbound, 7 b's
 * listener; then, for the response, 8 the stateful return and 9 both NACLs on the
 * ephemeral ports. Security groups are decided by net/sg.ts's evaluateGroups and
 * NACLs by net/crossing.ts's checks: the very functions SG-03 and NACL-02 call.
 */
import type { DiagramNode } from '../document/types';
import type { NaclCheck } from '../net/crossing';
import { naclChecksOfLeg, runNaclCheck } from '../net/crossing';
import type { NaclVerdict } from '../net/nacl';
import { sortNaclRows } from '../net/nacl';
import { naclCheckText } from '../net/naclText';
import { protocolCovers } from '../net/ports';
import type { Direction } from '../net/rows';
import { ruleRows } from '../net/rows';
import { effectiveRows, evaluateGroups } from '../net/sg';
import type { TrafficSpec } from '../net/traffic';
import { trafficOfEdge, trafficText } from '../net/traffic';
import type { LegEnd, TraceContext } from './context';
import { hasPublicAddress, isPublicSubnet } from './context';
import type { HopFact } from './hop';
import { HopList } from './hop';
import {
  defaultNaclText,
  internetGatewayInText,
  internetGatewayOutText,
  localRouteText,
  natGatewayText,
  noInternetGatewayText,
  noNatGatewayText,
  noPublicAddressInText,
  noPublicAddressOutText,
  noRouteText,
  portNotServedText,
  portServedText,
  privateSubnetText,
  sameSubnetText,
  sgAllowText,
  sgDenyText,
  statefulReturnText,
} from './hopText';
import { inspectArrival, inspectFirewalls } from './inspect';

export interface Leg {
  readonly from: LegEnd;
  readonly to: LegEnd;
  readonly traffic: TrafficSpec;
}

export interface LegOutcome {
  /** The request's hops, up to and including its first deny. */
  readonly request: HopList;
  /** The response's hops; undefined when the request is blocked (no response then). */
  readonly response: HopList | undefined;
}

/** vpc's internet gateway; without one, the leg is denied with NO_INTERNET_GATEWAY at the VPC. */
function internetGatewayOf(
  ctx: TraceContext,
  vpc: DiagramNode,
  { from: a, to: b }: Pick<Leg, 'from' | 'to'>,
  base: Pick<HopFact, 'at' | 'check' | 'phase' | 'rule'>,
  hops: HopList,
): DiagramNode | undefined {
  const igw = ctx.internetGateway(vpc);
  if (!igw)
    hops.deny({
      ...base,
      node: vpc.id,
      code: 'NO_INTERNET_GATEWAY',
      text: () => noInternetGatewayText(vpc, a, b),
    });
  return igw;
}

/** Check 1: into a VPC, from another VPC (no route) or from outside any (the gateway). */
function gatewayCheck(ctx: TraceContext, { from: a, to: b }: Leg, hops: HopList): void {
  const vpc = b.vpc;
  if (!vpc) return;
  const base = { at: b.id, check: 'gateway', phase: 'request', rule: null } as const;
  if (a.vpc && a.vpc.id !== vpc.id) {
    hops.deny({ ...base, node: b.id, code: 'NO_ROUTE', text: () => noRouteText(a, b) });
    return;
  }
  if (a.vpc) {
    hops.allow({
      ...base,
      node: vpc.id,
      code: 'LOCAL_ROUTE',
      text: () => localRouteText(vpc, a, b),
    });
    return;
  }
  const igw = internetGatewayOf(ctx, vpc, { from: a, to: b }, base, hops);
  if (!igw) return;
  hops.count(1);
  // A node in a VPC but in no subnet (drawn on the VPC) has no subnet to be private.
  const subnets = ctx.subnetsOf(b);
  if (subnets.length > 0 && !subnets.some(isPublicSubnet)) {
    const subnet = subnets[0];
    hops.deny({
      ...base,
      node: subnet.id,
      code: 'PRIVATE_SUBNET',
      text: () => privateSubnetText(subnet, b),
    });
    return;
  }
  hops.count(1);
  if (!hasPublicAddress(b.node)) {
    hops.deny({
      ...base,
      node: b.id,
      code: 'NO_PUBLIC_ADDRESS',
      text: () => noPublicAddressInText(b),
    });
    return;
  }
  hops.allow({
    ...base,
    node: igw.id,
    code: 'INTERNET_GATEWAY',
    text: () => internetGatewayInText(igw, a, b),
  });
  inspectFirewalls(ctx, vpc, b, hops);
}

/** Check 2: out of a VPC to anything outside every VPC (the internet, a public endpoint). */
function egressCheck(ctx: TraceContext, { from: a, to: b }: Leg, hops: HopList): void {
  const vpc = a.vpc;
  if (!vpc || b.vpc) return;
  const base = { at: a.id, check: 'egress', phase: 'request', rule: null } as const;
  const igw = internetGatewayOf(ctx, vpc, { from: a, to: b }, base, hops);
  if (!igw) return;
  const subnets = ctx.subnetsOf(a);
  const outThroughGateway = () =>
    hops.allow({
      ...base,
      node: igw.id,
      code: 'INTERNET_GATEWAY',
      text: () => internetGatewayOutText(igw, a, b),
    });
  // A public subnet routes to the internet gateway (and needs a public address); a
  // private one to a NAT gateway. A node in no subnet is taken as the former.
  if (subnets.length === 0 || subnets.some(isPublicSubnet)) {
    hops.count(1);
    if (!hasPublicAddress(a.node)) {
      hops.deny({
        ...base,
        node: a.id,
        code: 'NO_PUBLIC_ADDRESS',
        text: () => noPublicAddressOutText(a, b),
      });
      return;
    }
    outThroughGateway();
    return;
  }
  const nat = ctx.publicNatGateway(vpc);
  const subnet = subnets[0];
  if (!nat) {
    hops.count(1);
    hops.deny({
      ...base,
      node: subnet.id,
      code: 'NO_NAT_GATEWAY',
      text: () => noNatGatewayText(subnet, vpc, a, b),
    });
    return;
  }
  hops.allow({ ...base, node: nat.id, code: 'NAT_GATEWAY', text: () => natGatewayText(nat, a) });
  outThroughGateway();
}

/** Checks 3 and 6: the groups of one end, outbound towards b or inbound from a. */
function securityGroupCheck(direction: Direction, { from: a, to: b, traffic }: Leg, hops: HopList) {
  const [self, peer] = direction === 'outbound' ? [a, b] : [b, a];
  if (self.groups.length === 0) return;
  const verdict = evaluateGroups(self.groups, direction, traffic, {
    address: peer.address.range,
    groups: peer.groupIds,
  });
  const base = {
    at: self.id,
    check: direction === 'outbound' ? 'sg-outbound' : 'sg-inbound',
    phase: 'request',
  } as const;
  if (verdict.allowed) {
    const { group, row, index } = verdict;
    hops.allow({
      ...base,
      node: group.id,
      code: direction === 'outbound' ? 'SG_OUTBOUND_ALLOW' : 'SG_INBOUND_ALLOW',
      rule: index,
      deciding: {
        type: 'sg',
        sg: group.id,
        direction,
        rows: effectiveRows(group, direction),
        decidingIndex: index,
      },
      text: () => sgAllowText(group, direction, row, index, traffic, peer),
    });
    return;
  }
  const first = self.groups[0];
  hops.deny({
    ...base,
    node: first.id,
    code: direction === 'outbound' ? 'SG_OUTBOUND_DENY' : 'SG_INBOUND_DENY',
    rule: null,
    deciding: { type: 'sg', sg: first.id, direction, rows: effectiveRows(first, direction) },
    text: () => sgDenyText(self.groups, direction, traffic, peer),
  });
}

/** A NACL check's hop: the deciding row by number (`*` for the final deny) and all rows in order. */
function naclHop(
  check: NaclCheck,
  at: string,
  codes: { allow: HopFact['code']; deny: HopFact['code'] },
  hops: HopList,
): void {
  const verdict: NaclVerdict = runNaclCheck(check);
  const rows = sortNaclRows(ruleRows(check.nacl, check.direction));
  const decider = verdict.allowed ? verdict.allowedBy : verdict.deniedBy;
  const index = decider ? rows.indexOf(decider) : -1;
  const hop = {
    node: check.nacl.id,
    at,
    check: check.direction === 'outbound' ? 'nacl-outbound' : 'nacl-inbound',
    phase: check.phase,
    rule: decider ? (decider.rule ?? null) : '*',
    deciding: {
      type: 'nacl',
      nacl: check.nacl.id,
      direction: check.direction,
      rows,
      ...(index >= 0 ? { decidingIndex: index } : {}),
    },
    text: () => naclCheckText(check, verdict),
  } as const;
  if (verdict.allowed) hops.allow({ ...hop, code: codes.allow });
  else hops.deny({ ...hop, code: codes.deny });
}

function findCheck(
  checks: readonly NaclCheck[],
  side: NaclCheck['side'],
  phase: NaclCheck['phase'],
) {
  return checks.find((c) => c.side === side && c.phase === phase);
}

/**
 * Checks 4 and 5: subnet(a)'s NACL outbound when the leg leaves subnet(a), subnet(b)'s
 * inbound when it enters subnet(b); a subnet without a custom NACL has the default one.
 */
function naclRequestChecks(
  { from: a, to: b }: Leg,
  checks: readonly NaclCheck[],
  hops: HopList,
): void {
  if (a.subnet && a.subnet.id === b.subnet?.id) {
    const subnet = a.subnet;
    hops.allow({
      node: subnet.id,
      at: b.id,
      check: 'nacl-inbound',
      phase: 'request',
      code: 'SAME_SUBNET_NO_NACL',
      rule: null,
      text: () => sameSubnetText(subnet, a, b),
    });
    return;
  }
  const sides = [
    {
      end: a,
      side: 'source',
      direction: 'outbound',
      codes: { allow: 'NACL_OUTBOUND_ALLOW', deny: 'NACL_OUTBOUND_DENY' },
    },
    {
      end: b,
      side: 'destination',
      direction: 'inbound',
      codes: { allow: 'NACL_INBOUND_ALLOW', deny: 'NACL_INBOUND_DENY' },
    },
  ] as const;
  for (const { end, side, direction, codes } of sides) {
    const subnet = end.subnet;
    if (!subnet) continue;
    const check = findCheck(checks, side, 'request');
    if (check) naclHop(check, end.id, codes, hops);
    else
      hops.allow({
        node: subnet.id,
        at: end.id,
        check: direction === 'outbound' ? 'nacl-outbound' : 'nacl-inbound',
        phase: 'request',
        code: 'DEFAULT_NACL_ALLOWS',
        rule: null,
        text: () => defaultNaclText(subnet, direction),
      });
    if (hops.blocked) return;
  }
}

/** Web front doors serve HTTP and HTTPS only (trace.md check 7). */
const WEB_LISTENERS = new Set([
  'cloudfront',
  'api-gateway',
  'appsync',
  'app-runner',
  'verified-access',
  'cognito-user-pool',
]);
const WEB_PORTS: readonly TrafficSpec[] = [
  { protocol: 'tcp', ports: { from: 80, to: 80 } },
  { protocol: 'tcp', ports: { from: 443, to: 443 } },
];

/** What b listens on; undefined when it is no listener of trace.md (every port reaches it). */
function listenersOf(ctx: TraceContext, b: DiagramNode): readonly TrafficSpec[] | undefined {
  if (WEB_LISTENERS.has(b.kind)) return WEB_PORTS;
  if (b.kind !== 'alb' && b.kind !== 'nlb') return undefined;
  const incoming = ctx
    .trafficIn(b.id)
    .map(trafficOfEdge)
    .filter((t): t is TrafficSpec => t !== undefined);
  return incoming.length > 0 ? incoming : WEB_PORTS;
}

function serves(listener: TrafficSpec, traffic: TrafficSpec): boolean {
  return (
    protocolCovers(listener.protocol, traffic.protocol) &&
    listener.ports.from <= traffic.ports.from &&
    traffic.ports.to <= listener.ports.to
  );
}

/** Check 7: does b listen on the leg's port? */
function listenerCheck(ctx: TraceContext, { to: b, traffic }: Leg, hops: HopList): void {
  if (!b.node) return;
  const listeners = listenersOf(ctx, b.node);
  if (!listeners) return;
  const base = { node: b.id, at: b.id, check: 'listener', phase: 'request', rule: null } as const;
  if (listeners.some((l) => serves(l, traffic))) {
    hops.allow({ ...base, code: 'PORT_SERVED', text: () => portServedText(b, traffic) });
    return;
  }
  const served = [...new Set(listeners.map((l) => trafficText(l).en))].join(', ');
  hops.deny({
    ...base,
    code: 'PORT_NOT_SERVED',
    text: () => portNotServedText(b, traffic, served),
  });
}

/** Checks 8 and 9: the stateful return, then subnet(b)'s NACL outbound and subnet(a)'s inbound. */
function responseChecks({ from: a, to: b }: Leg, checks: readonly NaclCheck[]): HopList {
  const hops = new HopList();
  const [owner, sg] = b.groups.length > 0 ? [b, b.groups[0]] : [a, a.groups[0]];
  if (sg) {
    hops.allow({
      node: sg.id,
      at: owner.id,
      check: owner === b ? 'sg-outbound' : 'sg-inbound',
      phase: 'response',
      code: 'SG_STATEFUL_RETURN',
      rule: null,
      text: () => statefulReturnText(sg),
    });
  }
  const codes = { allow: 'NACL_RESPONSE_ALLOW', deny: 'NACL_RESPONSE_DENY' } as const;
  const out = findCheck(checks, 'destination', 'response');
  if (out) naclHop(out, b.id, codes, hops);
  const back = findCheck(checks, 'source', 'response');
  if (back && !hops.blocked) naclHop(back, a.id, codes, hops);
  return hops;
}

/** Every check of one leg, stopping at the request's first deny. */
export function evaluateLeg(ctx: TraceContext, leg: Leg): LegOutcome {
  const request = new HopList();
  const checks = naclChecksOfLeg(ctx.net, leg.from, leg.to, leg.traffic);
  const steps = [
    () => gatewayCheck(ctx, leg, request),
    () => egressCheck(ctx, leg, request),
    () => securityGroupCheck('outbound', leg, request),
    () => naclRequestChecks(leg, checks, request),
    () => securityGroupCheck('inbound', leg, request),
    () => listenerCheck(ctx, leg, request),
    () => inspectArrival(ctx, leg.to, leg.traffic, request),
  ];
  for (const step of steps) {
    step();
    if (request.blocked) return { request, response: undefined };
  }
  return { request, response: responseChecks(leg, checks) };
}
