/**
 * The threats of trace.md's table: which layer on a reachable path stops an attack,
 * and which ones only detect it. They read the path's inspecting hops (inspect.ts),
 * so the panel's inspect hops and the threat's verdict name the same layers.
 */
import type { DiagramNode, Localized } from '../document/types';
import { message, nodeRef } from '../rules/text';
import type { TraceContext } from './context';
import { propOf } from './context';
import type { ThreatCode, ThreatKind, ThreatOutcome, TraceHop, TraceResult } from './types';

type Threat = Exclude<ThreatKind, 'none'>;
type Layer = { readonly node: string; readonly code: ThreatCode };

interface ReachedPath {
  readonly path: readonly string[];
  readonly hops: readonly TraceHop[];
}

/** Where CloudFront, Route 53 and Global Accelerator absorb a flood at the edge. */
const EDGE_KINDS = new Set(['cloudfront', 'route53', 'global-accelerator']);

const THREAT_NAMES: Record<Threat, Localized> = {
  sqli: { en: 'The SQL injection', ja: 'SQL インジェクション' },
  'http-flood': { en: 'The HTTP request flood', ja: 'HTTP リクエストフラッド' },
  'syn-flood': { en: 'The SYN flood', ja: 'SYN フラッド' },
  exploit: { en: 'The exploit', ja: 'エクスプロイト' },
};

function requestHops(hops: readonly TraceHop[], code: TraceHop['code']): TraceHop[] {
  return hops.filter((h) => h.phase === 'request' && h.code === code);
}

function nodeOf(ctx: TraceContext, id: string): DiagramNode {
  return ctx.graph.node(id)!;
}

/** The first WAF on the path with the given rule switched on. */
function wafWith(
  ctx: TraceContext,
  hops: readonly TraceHop[],
  prop: string,
): DiagramNode | undefined {
  return requestHops(hops, 'WAF_INSPECTS')
    .map((h) => nodeOf(ctx, h.node))
    .find((waf) => propOf(waf, prop) === true);
}

/** The IDS/IPS sensors at the destination, by what they do. */
function sensorsAt(hops: readonly TraceHop[], to: string, code: 'IPS_INSPECTS' | 'IDS_MONITORS') {
  return requestHops(hops, code).filter((h) => h.at === to);
}

function stoppedBy(
  ctx: TraceContext,
  threat: Threat,
  reached: ReachedPath,
  to: string,
): Layer | undefined {
  const { hops } = reached;
  const ips = sensorsAt(hops, to, 'IPS_INSPECTS')[0];
  switch (threat) {
    case 'sqli': {
      const waf = wafWith(ctx, hops, 'managedRules');
      if (waf) return { node: waf.id, code: 'WAF_MANAGED_RULES' };
      return ips ? { node: ips.node, code: 'IPS_BLOCKS' } : undefined;
    }
    case 'http-flood': {
      const waf = wafWith(ctx, hops, 'rateBasedRule');
      if (waf) return { node: waf.id, code: 'WAF_RATE_BASED' };
      // Shield Advanced mitigates layer 7 only by writing rules into the web ACL of
      // the resource it protects, so the protected node needs a WAF.
      const shield = requestHops(hops, 'SHIELD_ADVANCED').find(
        (h) =>
          propOf(nodeOf(ctx, h.node), 'autoL7Mitigation') === true && ctx.wafs(h.at).length > 0,
      );
      return shield ? { node: shield.node, code: 'SHIELD_ADVANCED_L7' } : undefined;
    }
    case 'syn-flood': {
      const first = requestHops(hops, 'SHIELD_STANDARD')[0];
      return first ? { node: first.at, code: 'SHIELD_STANDARD' } : undefined;
    }
    case 'exploit': {
      if (ips) return { node: ips.node, code: 'IPS_BLOCKS' };
      const vpc = ctx.end(to).vpc;
      const firewall = vpc
        ? ctx.networkFirewalls(vpc).find((f) => propOf(f, 'hasRules') === true)
        : undefined;
      return firewall ? { node: firewall.id, code: 'NFW_RULES' } : undefined;
    }
  }
}

/** The layers that see an attack that got through: an IDS at the destination, GuardDuty. */
function detectedBy(ctx: TraceContext, threat: Threat, reached: ReachedPath, to: string): Layer[] {
  if (threat !== 'sqli' && threat !== 'exploit') return [];
  const layers: Layer[] = sensorsAt(reached.hops, to, 'IDS_MONITORS').map((h) => ({
    node: h.node,
    code: 'IDS_DETECTS',
  }));
  if (threat === 'exploit') {
    for (const gd of ctx.graph.coveringNodes('guardduty', to))
      layers.push({ node: gd.id, code: 'GUARDDUTY_DETECTS' });
  }
  return layers;
}

function outcomeText(
  ctx: TraceContext,
  threat: Threat,
  outcome: ThreatOutcome['outcome'],
  layer?: Layer,
  detectors: readonly Layer[] = [],
): Localized {
  const name = THREAT_NAMES[threat];
  if (outcome === 'blocked-before')
    return message(
      (a) => `${a.name} never arrives: the request is blocked on the way.`,
      (a) => `${a.name}は届きません。リクエストが途中で遮断されます。`,
      { name },
    );
  if (outcome === 'stopped' && layer) {
    const node = nodeOf(ctx, layer.node);
    const atEdge = layer.code === 'SHIELD_STANDARD' && EDGE_KINDS.has(node.kind);
    return atEdge
      ? message(
          (a) => `${a.name} is absorbed at the edge by ${a.layer} (Shield Standard).`,
          (a) => `${a.name}は${a.layer}のエッジで吸収されます（Shield Standard）。`,
          { name, layer: nodeRef(node) },
        )
      : message(
          (a) => `${a.name} is stopped by ${a.layer} (${a.code}).`,
          (a) => `${a.name}は${a.layer}で止められます（${a.code}）。`,
          { name, layer: nodeRef(node), code: layer.code },
        );
  }
  const seen = detectors.map((d) => nodeRef(nodeOf(ctx, d.node)));
  return seen.length > 0
    ? message(
        (a) => `${a.name} is not stopped on its way; ${a.seen} detects it.`,
        (a) => `${a.name}は途中で止められません。${a.seen}が検知します。`,
        {
          name,
          seen: { en: seen.map((s) => s.en).join(', '), ja: seen.map((s) => s.ja).join('、') },
        },
      )
    : message(
        (a) => `${a.name} is not stopped: no layer on the path recognises it.`,
        (a) => `${a.name}は止められません。経路上にそれを見分ける層がありません。`,
        { name },
      );
}

/** The threat's outcome along a reachable path, or `blocked-before` when there is none. */
export function threatOutcome(
  ctx: TraceContext,
  q: TraceResult['question'],
  reached: ReachedPath | undefined,
): ThreatOutcome | undefined {
  if (q.threat === 'none') return undefined;
  const kind = q.threat;
  if (!reached)
    return {
      kind,
      outcome: 'blocked-before',
      stoppedBy: null,
      detectedBy: [],
      message: outcomeText(ctx, kind, 'blocked-before'),
    };
  const to = reached.path[reached.path.length - 1];
  const layer = stoppedBy(ctx, kind, reached, to);
  if (layer)
    return {
      kind,
      outcome: 'stopped',
      stoppedBy: layer,
      detectedBy: [],
      message: outcomeText(ctx, kind, 'stopped', layer),
    };
  const detectors = detectedBy(ctx, kind, reached, to);
  return {
    kind,
    outcome: 'not-stopped',
    stoppedBy: null,
    detectedBy: detectors,
    message: outcomeText(ctx, kind, 'not-stopped', undefined, detectors),
  };
}
