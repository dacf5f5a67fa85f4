/**
 * Inspecting layers (trace.md "Inspecting layers on the path"): they do not decide
 * whether a packet passes, they look at it. Listed as `inspect` hops at the node they
 * watch, so the threats (threats.ts) and the panel read the same layers.
 */
import type { DiagramNode } from '../document/types';
import { isWafCapable } from '../graph/capabilities';
import type { TrafficSpec } from '../net/traffic';
import type { LegEnd, TraceContext } from './context';
import { propOf } from './context';
import type { HopList } from './hop';
import {
  firewallInspectsText,
  sensorText,
  shieldAdvancedText,
  shieldStandardText,
  wafInspectsText,
} from './hopText';

/** WAF works at layer 7 on HTTP and HTTPS only: TCP 80 or 443. */
export function isWebTraffic(traffic: TrafficSpec): boolean {
  const { protocol, ports } = traffic;
  return protocol === 'tcp' && ports.from === ports.to && (ports.from === 80 || ports.from === 443);
}

/** An IDS/IPS blocks in `ips` mode (the default) and only watches in `ids` mode. */
export function isPreventing(sensor: DiagramNode): boolean {
  return propOf(sensor, 'mode') !== 'ids';
}

/** A network firewall of vpc(b) sees the traffic entering the VPC (check 1). */
export function inspectFirewalls(
  ctx: TraceContext,
  vpc: DiagramNode,
  b: LegEnd,
  hops: HopList,
): void {
  for (const nfw of ctx.networkFirewalls(vpc)) {
    hops.inspect({
      node: nfw.id,
      at: b.id,
      check: 'inspect',
      phase: 'request',
      code: 'NFW_INSPECTS',
      text: () => firewallInspectsText(nfw, vpc),
    });
  }
}

/**
 * The layers that look at a request once it has reached b: Shield Standard on every
 * AWS node, a Shield Advanced protecting b, a web ACL protecting b (HTTP and HTTPS
 * only), an IDS/IPS in subnet(b) or in b's security group.
 */
export function inspectArrival(
  ctx: TraceContext,
  b: LegEnd,
  traffic: TrafficSpec,
  hops: HopList,
): void {
  if (b.internet) return;
  const base = { at: b.id, check: 'inspect', phase: 'request' } as const;
  hops.inspect({
    ...base,
    node: b.id,
    code: 'SHIELD_STANDARD',
    text: () => shieldStandardText(b),
  });
  for (const shield of ctx.advancedShields(b.id)) {
    hops.inspect({
      ...base,
      node: shield.id,
      code: 'SHIELD_ADVANCED',
      text: () => shieldAdvancedText(shield, b),
    });
  }
  // A web ACL attaches only to a WAF-capable resource (rules.md): one drawn on an NLB
  // inspects nothing, as WAF-01 says.
  if (isWebTraffic(traffic) && b.node && isWafCapable(b.node)) {
    for (const waf of ctx.wafs(b.id)) {
      hops.inspect({
        ...base,
        node: waf.id,
        code: 'WAF_INSPECTS',
        text: () => wafInspectsText(waf, b),
      });
    }
  }
  for (const sensor of ctx.idsIps(b)) {
    const prevents = isPreventing(sensor);
    hops.inspect({
      ...base,
      node: sensor.id,
      code: prevents ? 'IPS_INSPECTS' : 'IDS_MONITORS',
      text: () => sensorText(sensor, prevents, b),
    });
  }
}
