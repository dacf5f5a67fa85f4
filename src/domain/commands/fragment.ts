/** Copy, paste and duplicate: a fragment is a piece of a diagram with everything inside it. */
import type {
  Diagram,
  DiagramEdge,
  DiagramNode,
  Point,
  PropValue,
  RuleRow,
} from '../document/types';
import { EDGE_KINDS } from '../document/types';
import type { KindId } from '../kinds/types';
import { defaultProps, getKind, isKindId } from '../kinds/catalogue';
import { absolutePosition } from '../document/geometry';
import { inferEdgeKind } from '../document/edgeKinds';
import { nextNumberedId } from '../document/ids';
import { mergeProps } from '../document/props';
import { sortParentsFirst } from '../document/order';
import { isContainer, nodesById, withDescendants } from '../document/tree';
import { defaultTrafficProps } from '../document/traffic';
import { mergeTrafficProps, newEdgeId } from './edges';
import { isFinitePoint } from './shared';

/** Plain JSON, so that it can go through the clipboard. */
export interface Fragment {
  /** The copied nodes, parents first; a root keeps its original `parent`, outside the fragment. */
  nodes: DiagramNode[];
  /** The edges between copied nodes. */
  edges: DiagramEdge[];
  /** Where each root was on the canvas, for pasting it into another parent. */
  roots: { id: string; position: Point }[];
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The nodes, all their descendants and the edges among them. */
export function copyFragment(doc: Diagram, nodeIds: readonly string[]): Fragment {
  const ids = withDescendants(doc, nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id)).map(clone);
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(clone);
  const roots = nodes
    .filter((n) => n.parent === undefined || !ids.has(n.parent))
    .map((n) => ({ id: n.id, position: absolutePosition(doc, n.id) }));
  return { nodes, edges, roots };
}

export interface PasteOptions {
  /** Added to each root's position. */
  offset: Point;
  /**
   * Where the roots go: undefined keeps each root's original parent when it still
   * exists (else top level); null is top level; an id must name a container.
   */
  parent?: string | null;
}

/**
 * Pastes with new ids for everything: nesting kept, internal edges re-pointed, node-id
 * lists (a load balancer's subnets) and security-group rule peers remapped to the
 * copies when those were copied too. `ids` lists the new node ids. An offset that is
 * not finite pastes nothing.
 */
export function pasteFragment(
  doc: Diagram,
  fragment: Fragment,
  options: PasteOptions,
): { doc: Diagram; ids: string[] } {
  const byId = nodesById(doc);
  const copied = sortParentsFirst(fragment.nodes.filter((n) => isKindId(n.kind)));
  if (copied.length === 0 || !isFinitePoint(options.offset)) return { doc, ids: [] };
  const taken = new Set(byId.keys());
  const newIds = new Map<string, string>();
  for (const node of copied) {
    const id = nextNumberedId(node.kind, taken);
    taken.add(id);
    newIds.set(node.id, id);
  }
  const rootPositions = new Map((fragment.roots ?? []).map((r) => [r.id, r.position]));
  const nodes = copied.map((node): DiagramNode => {
    const inside = node.parent !== undefined && newIds.has(node.parent);
    const parent = inside ? newIds.get(node.parent as string) : rootParent(byId, node, options);
    const position = inside
      ? node.position
      : rootPosition(doc, node, parent, rootPositions.get(node.id), options.offset);
    const pasted: DiagramNode = { id: newIds.get(node.id) as string, kind: node.kind, props: {} };
    if (node.label !== undefined) pasted.label = node.label;
    if (parent !== undefined) pasted.parent = parent;
    if (position) pasted.position = { x: position.x, y: position.y };
    if (node.size) pasted.size = { width: node.size.width, height: node.size.height };
    pasted.props = mergeProps(node.kind, defaultProps(node.kind), remapProps(node, newIds));
    return pasted;
  });
  const edges = pastedEdges(doc, fragment.edges, newIds, byId, nodes);
  return {
    doc: {
      ...doc,
      nodes: sortParentsFirst([...doc.nodes, ...nodes]),
      edges: [...doc.edges, ...edges],
    },
    ids: nodes.map((n) => n.id),
  };
}

function rootParent(
  byId: ReadonlyMap<string, DiagramNode>,
  node: DiagramNode,
  options: PasteOptions,
): string | undefined {
  const wanted = options.parent === undefined ? node.parent : options.parent;
  return wanted !== null && wanted !== undefined && isContainer(byId.get(wanted))
    ? wanted
    : undefined;
}

/** In its old parent: its old place plus the offset; elsewhere: the same screen place plus the offset. */
function rootPosition(
  doc: Diagram,
  node: DiagramNode,
  parent: string | undefined,
  screen: Point | undefined,
  offset: Point,
): Point {
  if (parent === node.parent || !screen) {
    const p = node.position ?? { x: 0, y: 0 };
    return { x: p.x + offset.x, y: p.y + offset.y };
  }
  const origin = parent === undefined ? { x: 0, y: 0 } : absolutePosition(doc, parent);
  return { x: screen.x - origin.x + offset.x, y: screen.y - origin.y + offset.y };
}

/** The node's props with references to copied nodes pointing to their copies. */
function remapProps(
  node: DiagramNode,
  newIds: ReadonlyMap<string, string>,
): Record<string, PropValue> {
  const remap = (id: string | undefined) => (id === undefined ? id : (newIds.get(id) ?? id));
  const props: Record<string, PropValue> = { ...node.props };
  for (const [name, spec] of Object.entries(getKind(node.kind).props)) {
    const value = props[name];
    if (!Array.isArray(value)) continue;
    if (spec.type === 'idList') props[name] = (value as string[]).map((id) => remap(id) as string);
    if (spec.type === 'sgRules') {
      props[name] = (value as RuleRow[]).map((row) => {
        const out: RuleRow = { ...row };
        if (row.source !== undefined) out.source = remap(row.source);
        if (row.destination !== undefined) out.destination = remap(row.destination);
        return out;
      });
    }
  }
  return props;
}

function pastedEdges(
  doc: Diagram,
  edges: readonly DiagramEdge[],
  newIds: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, DiagramNode>,
  pasted: readonly DiagramNode[],
): DiagramEdge[] {
  const kindOf = new Map([...byId.values(), ...pasted].map((n) => [n.id, n.kind]));
  const added = new Set<string>();
  const out: DiagramEdge[] = [];
  for (const edge of edges) {
    const source = newIds.get(edge.source);
    const target = newIds.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const kind = EDGE_KINDS.includes(edge.kind)
      ? edge.kind
      : inferEdgeKind(kindOf.get(source) as KindId, kindOf.get(target) as KindId);
    if (out.some((e) => e.source === source && e.target === target && e.kind === kind)) continue;
    const id = newEdgeId(doc, source, target, added);
    added.add(id);
    const next: DiagramEdge = { id, source, target, kind };
    if (edge.label !== undefined) next.label = edge.label;
    if (kind === 'traffic') next.props = mergeTrafficProps(defaultTrafficProps(), edge.props);
    out.push(next);
  }
  return out;
}

/** Copies of the nodes (with their insides and edges) 24 px down-right, in the same parents. */
export function duplicate(
  doc: Diagram,
  nodeIds: readonly string[],
): { doc: Diagram; ids: string[] } {
  return pasteFragment(doc, copyFragment(doc, nodeIds), { offset: DUPLICATE_OFFSET });
}

export const DUPLICATE_OFFSET: Point = { x: 24, y: 24 };
