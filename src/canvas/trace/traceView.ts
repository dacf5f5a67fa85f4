/**
 * What the canvas draws of a trace and of the exposure map, per node: on the path or
 * not, the numbered hop badges (grouped by verdict), the exposure badge. Computed once
 * per answer, step or exposure map (cached by identity), so every node's selector is a
 * map lookup and only the nodes whose entry changed re-render.
 */
import type { ExposedNode, ExposureMap, HopVerdict, TraceResult } from '../../domain/trace';

/** One badge on a node: the 1-based numbers of its hops that share a verdict. */
export interface HopBadge {
  readonly verdict: HopVerdict;
  readonly numbers: readonly number[];
  /** The stepped hop is one of these. */
  readonly current: boolean;
}

export type TraceRole = 'path' | 'hop' | 'exposed';

export interface NodeTrace {
  readonly role: TraceRole;
  readonly badges: readonly HopBadge[];
  readonly exposure?: ExposedNode;
}

export interface TraceView {
  readonly tracing: boolean;
  readonly exposing: boolean;
  readonly nodes: ReadonlyMap<string, NodeTrace>;
  /** `source>target` of consecutive path nodes, both ways (edges may be drawn either way). */
  readonly pathEdges: ReadonlySet<string>;
}

export interface TraceViewInput {
  readonly open: boolean;
  readonly result: TraceResult | null;
  readonly step: number | null;
  readonly exposure: ExposureMap | null;
}

const VERDICT_ORDER: readonly HopVerdict[] = ['allow', 'inspect', 'deny'];

/** The badges of every node a hop belongs to (`hop.at`), one per verdict, in verdict order. */
export function hopBadgesByNode(result: TraceResult, step: number | null): Map<string, HopBadge[]> {
  const grouped = new Map<string, Map<HopVerdict, number[]>>();
  result.hops.forEach((hop, index) => {
    const byVerdict = grouped.get(hop.at) ?? new Map<HopVerdict, number[]>();
    grouped.set(hop.at, byVerdict);
    const numbers = byVerdict.get(hop.verdict) ?? [];
    byVerdict.set(hop.verdict, numbers);
    numbers.push(index + 1);
  });
  const current = step === null ? null : step + 1;
  const badges = new Map<string, HopBadge[]>();
  for (const [node, byVerdict] of grouped) {
    badges.set(
      node,
      VERDICT_ORDER.flatMap((verdict) => {
        const numbers = byVerdict.get(verdict);
        return numbers ? [{ verdict, numbers, current: numbers.includes(current ?? 0) }] : [];
      }),
    );
  }
  return badges;
}

/** The nodes a trace highlights: the path, and every node a hop is reported at or belongs to. */
export function tracedNodes(result: TraceResult): Set<string> {
  const nodes = new Set(result.path);
  for (const hop of result.hops) {
    nodes.add(hop.node);
    nodes.add(hop.at);
  }
  return nodes;
}

export function edgeKey(source: string, target: string): string {
  return `${source}>${target}`;
}

function pathEdgesOf(path: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    keys.add(edgeKey(path[i - 1]!, path[i]!));
    keys.add(edgeKey(path[i]!, path[i - 1]!));
  }
  return keys;
}

export function buildTraceView({ open, result, step, exposure }: TraceViewInput): TraceView {
  const nodes = new Map<string, NodeTrace>();
  const shown = open && result ? result : null;
  if (exposure) {
    for (const exposed of exposure.nodes)
      nodes.set(exposed.node, { role: 'exposed', badges: [], exposure: exposed });
  }
  if (shown) {
    const badges = hopBadgesByNode(shown, step);
    const onPath = new Set(shown.path);
    for (const node of tracedNodes(shown)) {
      nodes.set(node, {
        role: onPath.has(node) ? 'path' : 'hop',
        badges: badges.get(node) ?? [],
        ...(nodes.get(node)?.exposure ? { exposure: nodes.get(node)!.exposure } : {}),
      });
    }
  }
  return {
    tracing: shown !== null,
    exposing: exposure !== null,
    nodes,
    pathEdges: shown ? pathEdgesOf(shown.path) : new Set(),
  };
}

let cached: { input: TraceViewInput; view: TraceView } | null = null;

/** `buildTraceView`, recomputed only when one of its inputs is a new object. */
export function traceViewOf(input: TraceViewInput): TraceView {
  const last = cached?.input;
  if (
    cached &&
    last &&
    last.open === input.open &&
    last.result === input.result &&
    last.step === input.step &&
    last.exposure === input.exposure
  )
    return cached.view;
  cached = {
    input: { open: input.open, result: input.result, step: input.step, exposure: input.exposure },
    view: buildTraceView(input),
  };
  return cached.view;
}
