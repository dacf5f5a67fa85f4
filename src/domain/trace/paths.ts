/**
 * Which legs exist (trace.md "Which hops exist") and the breadth-first search over
 * them that both the trace and the exposure map run: every candidate leg is evaluated
 * once with evaluateLeg, a node is entered the first time an allowed leg reaches it
 * (so the first path found to a node is a shortest one), and blocked legs are kept
 * for the answer "the path that passed the most checks".
 */
import type { DiagramNode } from '../document/types';
import type { TrafficSpec } from '../net/traffic';
import { trafficOfEdge } from '../net/traffic';
import type { LegEnd, TraceContext } from './context';
import { FORWARDING_KINDS, hasPublicAddress, isPublicEndpoint } from './context';
import type { Leg, LegOutcome } from './legs';
import { evaluateLeg } from './legs';
import type { TraceMode } from './types';

/** A path as the search builds it: each step is one evaluated leg, linked to the one before. */
export interface PathStep {
  readonly leg: Leg;
  readonly outcome: LegOutcome;
  readonly previous: PathStep | undefined;
  /** Checks passed up to and including this leg (the request and, if any, the response). */
  readonly passed: number;
  readonly length: number;
}

/** A leg lets the path go on when both its request and its response pass. */
export function legPasses(outcome: LegOutcome): boolean {
  return !outcome.request.blocked && outcome.response !== undefined && !outcome.response.blocked;
}

function passedOf(outcome: LegOutcome): number {
  return outcome.request.passed + (outcome.response?.passed ?? 0);
}

/** The steps of a path, first leg first. */
export function stepsOf(last: PathStep): PathStep[] {
  const steps: PathStep[] = [];
  for (let s: PathStep | undefined = last; s; s = s.previous) steps.push(s);
  return steps.reverse();
}

export function isForwarding(node: DiagramNode | undefined): boolean {
  return node !== undefined && FORWARDING_KINDS.has(node.kind);
}

export interface SearchOptions {
  readonly mode: TraceMode;
  /** The request of the first leg (the question's port and protocol). */
  readonly traffic: TrafficSpec;
  /** The nodes a path may enter; undefined for every node. */
  readonly within?: ReadonlySet<string>;
  /**
   * The nodes the source reaches without a drawn edge in `network` mode, before the
   * gateway checks decide; the search keeps those of `within`.
   */
  readonly implicitTargets: (source: LegEnd) => Iterable<string>;
  /** Called for every leg that passes; return true to stop the search. */
  readonly onReached?: (step: PathStep) => boolean | void;
  /** Called for every leg that is blocked. */
  readonly onBlocked?: (step: PathStep) => void;
  /** Longest path, in legs; forwarding chains in real designs are 2–4 legs. */
  readonly maxLegs?: number;
  /** How a leg is evaluated; the exposure map shares verdicts between alike legs. */
  readonly evaluate?: (leg: Leg) => LegOutcome;
}

/** The legs out of `from`: its drawn traffic edges, then (first leg only) the implicit ones. */
function* legsOut(
  ctx: TraceContext,
  from: LegEnd,
  first: boolean,
  options: SearchOptions,
): Generator<Leg> {
  const { within } = options;
  const seen = new Set<string>();
  if (first || isForwarding(from.node)) {
    for (const edge of ctx.trafficOut(from.id)) {
      if (seen.has(edge.target) || (within && !within.has(edge.target))) continue;
      seen.add(edge.target);
      // The first leg carries the question's traffic; a forwarding node opens a new
      // connection with its edge's own port and protocol.
      const traffic = first ? options.traffic : (trafficOfEdge(edge) ?? options.traffic);
      yield { from, to: ctx.end(edge.target), traffic };
    }
  }
  if (!first || options.mode !== 'network') return;
  for (const id of options.implicitTargets(from)) {
    if (id === from.id || seen.has(id) || (within && !within.has(id))) continue;
    seen.add(id);
    yield { from, to: ctx.end(id), traffic: options.traffic };
  }
}

/** Breadth-first over legs from `source`, as described at the top of this file. */
export function searchPaths(ctx: TraceContext, source: LegEnd, options: SearchOptions): void {
  const maxLegs = options.maxLegs ?? 8;
  const entered = new Set<string>([source.id]);
  let frontier: { end: LegEnd; step: PathStep | undefined }[] = [{ end: source, step: undefined }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { end, step } of frontier) {
      const first = step === undefined;
      if (!first && (step.length >= maxLegs || !isForwarding(end.node))) continue;
      for (const leg of legsOut(ctx, end, first, options)) {
        if (entered.has(leg.to.id)) continue;
        const outcome = options.evaluate ? options.evaluate(leg) : evaluateLeg(ctx, leg);
        const taken: PathStep = {
          leg,
          outcome,
          previous: step,
          passed: (step?.passed ?? 0) + passedOf(outcome),
          length: (step?.length ?? 0) + 1,
        };
        if (!legPasses(outcome)) {
          options.onBlocked?.(taken);
          continue;
        }
        entered.add(leg.to.id);
        if (options.onReached?.(taken)) return;
        next.push({ end: leg.to, step: taken });
      }
    }
    frontier = next;
  }
}

/**
 * The nodes the first leg reaches without a drawn edge (trace.md): from the internet,
 * or any source outside a VPC, the nodes of every VPC and the public endpoints; from a
 * node in a VPC, the nodes of its own VPC, the internet and the public endpoints.
 * `candidates` lists the nodes worth trying (the destination and the forwarding nodes
 * that lead to it, or every node for the exposure map).
 */
export function implicitTargetsAmong(
  ctx: TraceContext,
  candidates: readonly string[],
): (source: LegEnd) => string[] {
  return (source) =>
    candidates.filter((id) => {
      const target = ctx.end(id);
      if (target.internet) return source.vpc !== undefined;
      // A node of another VPC stays a candidate: its gateway check answers NO_ROUTE.
      if (target.vpc && target.vpc !== target.node) return true;
      return isPublicEndpoint(target.node);
    });
}

/**
 * The candidates worth a first leg from the internet when any node may be the end (the
 * exposure map): a node in a VPC is addressable from outside only with a public
 * address, so only those and the public endpoints are tried.
 */
export function internetFacingNodes(ctx: TraceContext): string[] {
  return ctx.graph.doc.nodes
    .filter((n) => (ctx.end(n.id).vpc ? hasPublicAddress(n) : isPublicEndpoint(n)))
    .map((n) => n.id);
}

/**
 * The nodes from which `to` can be reached along drawn traffic edges through
 * forwarding nodes only, `to` included: a trace never needs to enter any other node.
 */
export function nodesLeadingTo(ctx: TraceContext, to: string): Set<string> {
  const leading = new Set<string>([to]);
  const queue = [to];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const edge of ctx.trafficIn(id)) {
      if (leading.has(edge.source) || !isForwarding(ctx.graph.node(edge.source))) continue;
      leading.add(edge.source);
      queue.push(edge.source);
    }
  }
  return leading;
}
