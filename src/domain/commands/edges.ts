/** Commands on edges: connect two nodes, change an edge. */
import type { Diagram, DiagramEdge, EdgeKind, TrafficProps } from '../document/types';
import { EDGE_KINDS } from '../document/types';
import { inferEdgeKind } from '../document/edgeKinds';
import { uniqueId } from '../document/ids';
import { MAX_ID_LENGTH } from '../document/limits';
import { cutText } from '../document/read';
import { defaultTrafficProps, validTrafficPort, validTrafficProtocol } from '../document/traffic';
import { nodesById } from '../document/tree';
import { normalLabel, withLabel } from './shared';

export interface ConnectArgs {
  source: string;
  target: string;
  /** Inferred from the two kinds (format.md) when absent. */
  kind?: EdgeKind;
  /** Traffic edges only; merged into 443/tcp. */
  props?: Partial<TrafficProps>;
}

const isEdgeKind = (v: unknown): v is EdgeKind => EDGE_KINDS.includes(v as EdgeKind);

/**
 * Connects two nodes. `id` is the new edge's id; for an exact duplicate (same source,
 * target and kind) the existing edge's id with the same doc; null (same doc) when an
 * endpoint is missing or both are the same node.
 */
export function connect(doc: Diagram, args: ConnectArgs): { doc: Diagram; id: string | null } {
  const byId = nodesById(doc);
  const source = byId.get(args.source);
  const target = byId.get(args.target);
  if (!source || !target || source === target) return { doc, id: null };
  const kind = isEdgeKind(args.kind) ? args.kind : inferEdgeKind(source.kind, target.kind);
  const existing = doc.edges.find(
    (e) => e.source === source.id && e.target === target.id && e.kind === kind,
  );
  if (existing) return { doc, id: existing.id };
  const id = newEdgeId(doc, source.id, target.id);
  const edge: DiagramEdge = { id, source: source.id, target: target.id, kind };
  if (kind === 'traffic') edge.props = mergeTrafficProps(defaultTrafficProps(), args.props);
  return { doc: { ...doc, edges: [...doc.edges, edge] }, id };
}

/** `e-<source>-<target>`, made unique among `doc`'s edges (and `alsoTaken`). */
export function newEdgeId(
  doc: Diagram,
  source: string,
  target: string,
  alsoTaken: ReadonlySet<string> = new Set(),
): string {
  const taken = new Set([...doc.edges.map((e) => e.id), ...alsoTaken]);
  const base = cutText(`e-${source}-${target}`, MAX_ID_LENGTH);
  return taken.has(base) ? uniqueId(base, taken) : base;
}

/** `base` with the valid parts of `patch`; invalid ports or protocols are ignored. */
export function mergeTrafficProps(
  base: TrafficProps,
  patch: Partial<TrafficProps> | undefined,
): TrafficProps {
  const port = validTrafficPort(patch?.port) ?? base.port;
  const protocol = validTrafficProtocol(patch?.protocol) ?? base.protocol;
  return { port, protocol };
}

export interface EdgePatch {
  kind?: EdgeKind;
  /** New label; '' removes it. */
  label?: string;
  /** Traffic edges only. */
  props?: Partial<TrafficProps>;
}

/**
 * Changes an edge. Switching to `traffic` adds 443/tcp (with `props` merged in),
 * switching away removes the props. A kind change that would duplicate another edge
 * between the same nodes is ignored.
 */
export function updateEdge(doc: Diagram, id: string, patch: EdgePatch): Diagram {
  const index = doc.edges.findIndex((e) => e.id === id);
  if (index < 0) return doc;
  const edge = doc.edges[index];
  let kind = isEdgeKind(patch.kind) ? patch.kind : edge.kind;
  if (
    kind !== edge.kind &&
    doc.edges.some((e) => e.source === edge.source && e.target === edge.target && e.kind === kind)
  ) {
    kind = edge.kind;
  }
  let next: DiagramEdge = { ...edge, kind };
  if (patch.label !== undefined) next = withLabel(next, normalLabel(patch.label));
  if (kind === 'traffic') {
    const base = edge.kind === 'traffic' && edge.props ? edge.props : defaultTrafficProps();
    next.props = mergeTrafficProps(base, patch.props);
  } else delete next.props;
  if (sameEdge(edge, next)) return doc;
  const edges = [...doc.edges];
  edges[index] = next;
  return { ...doc, edges };
}

function sameEdge(a: DiagramEdge, b: DiagramEdge): boolean {
  return (
    a.kind === b.kind &&
    a.label === b.label &&
    a.props?.port === b.props?.port &&
    a.props?.protocol === b.props?.protocol
  );
}
