/**
 * Document → React Flow. The mapping keeps every React Flow object whose inputs did
 * not change (same position, parent, size, selection), so that React Flow re-adopts
 * only the nodes a command touched and a 1,000-node diagram stays cheap to update.
 * Labels and props are not part of the mapping: node components read them by id.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../domain/document/types';
import { isContainerKind } from '../domain/kinds/catalogue';
import { nodeSize } from '../domain/document/geometry';
import { isParentsFirst, sortParentsFirst } from '../domain/document/order';
import type { Selection } from '../store/editorStore';
import { nodeById } from './docIndex';
import type { FlowEdge, FlowNode, Side } from './flowTypes';
import { handlesOf } from './handleGeometry';

const ORIGIN = { x: 0, y: 0 };

/** Same length and the very same items in the same order. */
export function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Parents first; documents usually are already (import and the commands keep them so). */
function parentsFirst(nodes: readonly DiagramNode[]): readonly DiagramNode[] {
  return isParentsFirst(nodes) ? nodes : sortParentsFirst(nodes);
}

/**
 * The React Flow nodes for `doc`, parents before children, reusing objects of `prev`.
 * A node React Flow is dragging keeps its ephemeral position until the drag commits.
 */
export function toFlowNodes(
  prev: readonly FlowNode[],
  doc: Diagram,
  selection: Selection,
): FlowNode[] {
  const prevById = new Map(prev.map((n) => [n.id, n]));
  const selected = new Set(selection.nodes);
  const next = parentsFirst(doc.nodes).map((node): FlowNode => {
    const old = prevById.get(node.id);
    const position = old?.dragging ? old.position : (node.position ?? ORIGIN);
    const { width, height } = nodeSize(node);
    const type = isContainerKind(node.kind) ? 'container' : 'leaf';
    const isSelected = selected.has(node.id);
    const sameData = old !== undefined && old.data.kind === node.kind;
    if (
      old &&
      sameData &&
      old.type === type &&
      old.parentId === node.parent &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.width === width &&
      old.height === height &&
      Boolean(old.selected) === isSelected
    )
      return old;
    return {
      id: node.id,
      type,
      position,
      ...(node.parent ? { parentId: node.parent } : {}),
      width,
      height,
      selected: isSelected,
      data: old && sameData ? old.data : { kind: node.kind },
      // React Flow is told each node's size (the box is drawn at exactly width × height)
      // and where its four handles are, so it needs no DOM read before drawing a node's
      // edges: not in the first frame, not after a move or resize (NodeHandles keeps
      // anchors for the reads React Flow still makes when it sees a node resize).
      measured: { width, height },
      handles: handlesOf(type, width, height),
    } as FlowNode;
  });
  return sameArray(next, prev) ? (prev as FlowNode[]) : next;
}

/**
 * Nodes React Flow resized itself (a resize drag, before it is committed) get handles
 * for their new size, so that their edges follow the border as it moves.
 */
export function withResizedHandles(nodes: FlowNode[], resized: ReadonlySet<string>): FlowNode[] {
  if (resized.size === 0) return nodes;
  return nodes.map((node) => {
    const size = node.measured;
    if (!resized.has(node.id) || !size?.width || !size.height) return node;
    return {
      ...node,
      handles: handlesOf(node.type ?? 'leaf', size.width, size.height),
    } as FlowNode;
  });
}

/** `443/tcp`; ICMP and "all" have no port. */
export function trafficText(edge: DiagramEdge): string | undefined {
  if (edge.kind !== 'traffic' || !edge.props) return undefined;
  const { port, protocol } = edge.props;
  return protocol === 'tcp' || protocol === 'udp' ? `${port}/${protocol}` : protocol;
}

export function edgeText(edge: DiagramEdge): string | undefined {
  const parts = [edge.label?.trim(), trafficText(edge)].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * The handles every edge names. React Flow needs an existing handle to draw an edge,
 * but the edge component chooses the sides itself from where its two nodes are now
 * (edges/edgeEnds.ts), so an edge object never changes when its nodes move: a layout
 * or a drag hands React Flow no new edges at all.
 */
const EDGE_SOURCE_HANDLE: Side = 'right';
const EDGE_TARGET_HANDLE: Side = 'left';

/** The React Flow edges for `doc`, reusing objects of `prev` when nothing changed. */
export function toFlowEdges(
  prev: readonly FlowEdge[],
  doc: Diagram,
  selection: Selection,
): FlowEdge[] {
  const prevById = new Map(prev.map((e) => [e.id, e]));
  const selected = new Set(selection.edges);
  const next: FlowEdge[] = [];
  for (const edge of doc.edges) {
    if (nodeById(doc, edge.source) && nodeById(doc, edge.target))
      next.push(flowEdge(prevById.get(edge.id), edge, selected.has(edge.id)));
  }
  return sameArray(next, prev) ? (prev as FlowEdge[]) : next;
}

function flowEdge(old: FlowEdge | undefined, edge: DiagramEdge, isSelected: boolean): FlowEdge {
  const text = edgeText(edge);
  if (
    old &&
    old.type === edge.kind &&
    old.source === edge.source &&
    old.target === edge.target &&
    old.data?.text === text &&
    Boolean(old.selected) === isSelected
  )
    return old;
  return {
    id: edge.id,
    type: edge.kind,
    source: edge.source,
    target: edge.target,
    sourceHandle: EDGE_SOURCE_HANDLE,
    targetHandle: EDGE_TARGET_HANDLE,
    selected: isSelected,
    data: text === undefined ? {} : { text },
  };
}
