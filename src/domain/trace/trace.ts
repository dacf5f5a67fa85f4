/**
 * trace(doc, question): the answer of docs/spec/trace.md. The question is checked and
 * completed with its defaults, the legs are searched breadth-first (paths.ts), and the
 * answer is the shortest reachable path or, when none is, the path that passed the
 * most checks with its first blocking check. Its hops are every request check leg by
 * leg, then the responses from the last leg back to the first.
 */
import type { Diagram } from '../document/types';
import { parseCidr } from '../net/cidr';
import type { TrafficSpec } from '../net/traffic';
import { ALL_PORTS } from '../net/ports';
import type { TraceContext } from './context';
import { createContext } from './context';
import { toTraceHop } from './hop';
import type { HopFact } from './hop';
import { noPathText } from './hopText';
import type { PathStep } from './paths';
import { implicitTargetsAmong, nodesLeadingTo, searchPaths, stepsOf } from './paths';
import { threatOutcome } from './threats';
import type { TraceHop, TraceQuestion, TraceResult } from './types';
import { INTERNET, THREAT_KINDS, TRACE_MODES, TRACE_PROTOCOLS, TraceQuestionError } from './types';

export type NormalizedQuestion = TraceResult['question'];

function fail(field: keyof TraceQuestion, en: string, ja: string): never {
  throw new TraceQuestionError(field, { en, ja });
}

function oneOf<T extends string>(
  field: keyof TraceQuestion,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const list = allowed.join(', ');
  return fail(
    field,
    `"${String(value)}" is not one of ${list}.`,
    `「${String(value)}」は ${list} のいずれでもありません。`,
  );
}

/**
 * The question with its defaults filled in; a TraceQuestionError naming the field when
 * it cannot be answered (an id not in the diagram, a port outside 0–65535, a bad CIDR).
 */
export function normalizeQuestion(doc: Diagram, question: TraceQuestion): NormalizedQuestion {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const isInternetNode = (id: string) =>
    doc.nodes.some((n) => n.id === id && n.kind === 'internet');
  // Typed ids are trimmed, but an id with spaces of its own (import allows it) is kept.
  const endOf = (value: unknown) => {
    const id = String(value ?? '');
    return ids.has(id) ? id : id.trim();
  };
  const from = endOf(question.from);
  const to = endOf(question.to);
  if (!from) fail('from', 'No source given.', '送信元が指定されていません。');
  if (from !== INTERNET && !ids.has(from))
    fail('from', `No node "${from}" in the diagram.`, `図にノード「${from}」がありません。`);
  if (!to) fail('to', 'No destination given.', '宛先が指定されていません。');
  if (to !== INTERNET && !ids.has(to))
    fail('to', `No node "${to}" in the diagram.`, `図にノード「${to}」がありません。`);
  if (from === to)
    fail(
      'to',
      'The source and the destination are the same node.',
      '送信元と宛先が同じノードです。',
    );
  const port = question.port ?? 443;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(
      'port',
      `Port ${String(port)} is not a whole number from 0 to 65535.`,
      `ポート ${String(port)} は 0〜65535 の整数ではありません。`,
    );
  const fromCidr = question.fromCidr?.trim() || undefined;
  if (fromCidr !== undefined) {
    if (from !== INTERNET && !isInternetNode(from))
      fail(
        'fromCidr',
        'A source range narrows only an internet source.',
        '送信元の範囲はインターネットの送信元にだけ指定できます。',
      );
    if (!parseCidr(fromCidr))
      fail(
        'fromCidr',
        `"${fromCidr}" is not an IPv4 CIDR block such as 203.0.113.7/32.`,
        `「${fromCidr}」は 203.0.113.7/32 のような IPv4 CIDR ではありません。`,
      );
  }
  const protocol = oneOf('protocol', question.protocol, TRACE_PROTOCOLS, 'tcp');
  const threat = oneOf('threat', question.threat, THREAT_KINDS, 'none');
  // An attack is traced to the node it targets; towards the internet no AWS layer
  // could stop it, and trace.md's table (a SYN flood is never NOT_STOPPED) assumes one.
  if (threat !== 'none' && (to === INTERNET || isInternetNode(to)))
    fail(
      'threat',
      'A threat is traced towards a node of the diagram, not towards the internet.',
      '脅威はインターネットではなく、図のノードに向けてたどります。',
    );
  return {
    from,
    to,
    port,
    protocol,
    threat,
    mode: oneOf('mode', question.mode, TRACE_MODES, 'network'),
    ...(fromCidr ? { fromCidr } : {}),
  };
}

export function questionTraffic(q: Pick<NormalizedQuestion, 'port' | 'protocol'>): TrafficSpec {
  const withPorts = q.protocol === 'tcp' || q.protocol === 'udp';
  return {
    protocol: q.protocol,
    ports: withPorts ? { from: q.port, to: q.port } : ALL_PORTS,
  };
}

/** The hops of a path: every request leg by leg, then the responses from the last leg back. */
function hopsOf(last: PathStep): TraceHop[] {
  const steps = stepsOf(last);
  const hops: TraceHop[] = [];
  steps.forEach((step, i) => {
    for (const fact of step.outcome.request.hops) hops.push(toTraceHop(fact, i + 1));
  });
  for (let i = steps.length - 1; i >= 0; i--) {
    const response = steps[i].outcome.response;
    // A leg whose request is blocked gets no response, and nothing returns past it.
    if (!response) break;
    for (const fact of response.hops) hops.push(toTraceHop(fact, i + 1));
    if (response.blocked) break;
  }
  return hops;
}

function blockedOf(last: PathStep): HopFact | undefined {
  return last.outcome.request.blocked ?? last.outcome.response?.blocked;
}

/** The answer when no leg leads towards the destination at all. */
function noPath(
  ctx: TraceContext,
  q: NormalizedQuestion,
  sourceId: string,
  toId: string,
): TraceResult {
  const hop: TraceHop = {
    leg: 1,
    node: toId,
    at: toId,
    check: 'gateway',
    phase: 'request',
    verdict: 'deny',
    code: 'NO_PATH',
    rule: null,
    message: noPathText(ctx.end(sourceId), ctx.end(toId), q.mode),
  };
  return {
    question: q,
    reachable: false,
    path: [sourceId, toId],
    hops: [hop],
    blocked: { node: toId, code: 'NO_PATH' },
    ...(q.threat !== 'none' ? { threat: threatOutcome(ctx, q, undefined) } : {}),
  };
}

export function trace(doc: Diagram, question: TraceQuestion): TraceResult {
  const q = normalizeQuestion(doc, question);
  const ctx = createContext(doc, q.fromCidr);
  const sourceId = q.from === INTERNET ? ctx.internetId : q.from;
  const toId = q.to === INTERNET ? ctx.internetId : q.to;
  const source = ctx.end(sourceId);
  const leading = nodesLeadingTo(ctx, toId);
  let reached: PathStep | undefined;
  let best: PathStep | undefined;
  searchPaths(ctx, source, {
    mode: q.mode,
    traffic: questionTraffic(q),
    within: leading,
    implicitTargets: implicitTargetsAmong(ctx, [...leading]),
    onReached(step) {
      if (step.leg.to.id !== toId) return false;
      reached = step;
      return true;
    },
    onBlocked(step) {
      // Shorter paths are found first, so only strictly more passed checks replace one.
      if (!best || step.passed > best.passed) best = step;
    },
  });
  const answer = reached ?? best;
  if (!answer) return noPath(ctx, q, sourceId, toId);
  const blocked = reached ? undefined : blockedOf(answer);
  const path = [sourceId, ...stepsOf(answer).map((s) => s.leg.to.id)];
  const hops = hopsOf(answer);
  return {
    question: q,
    reachable: reached !== undefined,
    path,
    hops,
    blocked: blocked ? { node: blocked.node, code: blocked.code } : null,
    ...(q.threat !== 'none'
      ? { threat: threatOutcome(ctx, q, reached ? { path, hops } : undefined) }
      : {}),
  };
}
