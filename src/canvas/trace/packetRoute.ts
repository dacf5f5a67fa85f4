/**
 * Where the packet goes: along the path for the request, back for the response; it
 * stops at the node of the blocking hop, or at the node that stops a threat. And the
 * geometry of that route on the canvas: node centres, and each corner's share of the
 * whole length so the packet moves at one speed.
 */
import type { TraceResult } from '../../domain/trace';

export type PacketEnd = 'done' | 'blocked' | 'stopped';

export interface PacketRoute {
  /** Path nodes the request visits, in order. */
  readonly request: readonly string[];
  /** Path nodes the response visits (empty when the request never arrives). */
  readonly response: readonly string[];
  readonly end: PacketEnd;
  /** The node the packet rests at in the end. */
  readonly stopAt: string | undefined;
}

/** The path node a hop or threat reported at `node` belongs to. */
function pathNodeOf(result: TraceResult, node: string): string | undefined {
  if (result.path.includes(node)) return node;
  return result.hops.find((h) => h.node === node)?.at;
}

function until(path: readonly string[], node: string | undefined): string[] {
  const index = node === undefined ? -1 : path.indexOf(node);
  return index < 0 ? [...path] : path.slice(0, index + 1);
}

export function packetRoute(result: TraceResult): PacketRoute {
  const path = result.path;
  const denied = result.hops.find((h) => h.verdict === 'deny');
  if (result.blocked || denied) {
    const at = denied?.at ?? pathNodeOf(result, result.blocked!.node);
    const request = until(path, at);
    // A denied response: the request arrived, the answer stops on its way back.
    if (denied?.phase === 'response') {
      const back = [...path].reverse();
      return { request: [...path], response: until(back, at), end: 'blocked', stopAt: at };
    }
    return { request, response: [], end: 'blocked', stopAt: request.at(-1) };
  }
  const stopper = result.threat?.stoppedBy;
  if (stopper) {
    const request = until(path, pathNodeOf(result, stopper.node));
    return { request, response: [], end: 'stopped', stopAt: request.at(-1) };
  }
  return { request: [...path], response: [...path].reverse(), end: 'done', stopAt: path[0] };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Polyline {
  readonly points: readonly Point[];
  /** 0..1 per point: its share of the length travelled so far. */
  readonly offsets: readonly number[];
  readonly length: number;
}

/** The polyline through the centres of `ids` (nodes without a centre are skipped). */
export function polylineOf(
  ids: readonly string[],
  centreOf: (id: string) => Point | undefined,
): Polyline {
  const points = ids.flatMap((id) => {
    const c = centreOf(id);
    return c ? [c] : [];
  });
  const distances = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    distances.push(distances[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const length = distances.at(-1) ?? 0;
  const offsets = distances.map((d, i) =>
    length > 0 ? d / length : points.length > 1 ? i / (points.length - 1) : 0,
  );
  return { points, offsets, length };
}
