/** Hand-made trace answers for the canvas helpers' tests. */
import type { HopVerdict, TraceHop, TraceResult } from '../../domain/trace';

export function hop(at: string, verdict: HopVerdict, extra: Partial<TraceHop> = {}): TraceHop {
  return {
    leg: 1,
    node: at,
    at,
    check: verdict === 'inspect' ? 'inspect' : 'sg-inbound',
    phase: 'request',
    verdict,
    code: verdict === 'deny' ? 'SG_INBOUND_DENY' : 'SG_INBOUND_ALLOW',
    rule: null,
    message: { en: '', ja: '' },
    ...extra,
  };
}

export function result(
  path: string[],
  hops: TraceHop[],
  extra: Partial<TraceResult> = {},
): TraceResult {
  return {
    question: {
      from: path[0] ?? 'internet',
      to: path.at(-1) ?? '',
      port: 443,
      protocol: 'tcp',
      threat: 'none',
      mode: 'network',
    },
    reachable: !hops.some((h) => h.verdict === 'deny'),
    path,
    hops,
    blocked: null,
    ...extra,
  };
}
