/**
 * The diagram ⇄ ELK JSON mapping (pure: no DOM, no React, no ELK engine). The worker,
 * the CLI, the tests and the benchmark all lay out through these two functions, so
 * the browser and Node produce the same positions.
 *
 * Only positions (parent-relative, as both ELK and React Flow use them) and container
 * sizes come back; nothing else of ELK's output is written into the document.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Diagram, DiagramEdge, DiagramNode, Point, Size } from '../domain/document/types';
import { nodeSize } from '../domain/document/geometry';
import { isContainer } from '../domain/document/tree';

export type LayoutDirection = 'RIGHT' | 'DOWN';
export type LayoutSpacing = 'compact' | 'normal' | 'roomy';

export interface LayoutRequest {
  direction: LayoutDirection;
  spacing: LayoutSpacing;
  /** Measured sizes of leaves (React Flow's `node.measured`); the kind's size otherwise. */
  sizes?: Readonly<Record<string, Size>>;
  /**
   * Natural widths of container headers (icon, label, kind, facts) as drawn on the
   * canvas, so ELK never makes a container narrower than its header; estimated from
   * the label where absent (the CLI has no canvas).
   */
  headerWidths?: Readonly<Record<string, number>>;
  /** Lay out only this container's subtree; the container keeps its own position. */
  rootId?: string;
}

/** What a layout writes back: a position for every laid-out node, a size for containers. */
export type LayoutPositions = Record<string, { position: Point; size?: Size }>;

export const DEFAULT_LAYOUT_REQUEST: LayoutRequest = { direction: 'RIGHT', spacing: 'normal' };

/** Id of the synthetic ELK root when the whole diagram is laid out (never a node id: ids are user text, so it is namespaced). */
export const LAYOUT_ROOT_ID = '__aws-security-playground-layout-root__';

/**
 * Room inside a container: the header (icon and name) sits in the top band, so the
 * top padding is larger than the others.
 */
export const CONTAINER_PADDING = { top: 44, left: 20, bottom: 20, right: 20 } as const;

/** A container keeps at least this size so that its header stays readable. */
export const MIN_CONTAINER_SIZE: Size = { width: 180, height: 120 };

const SPACING: Record<LayoutSpacing, { nodeNode: number; betweenLayers: number }> = {
  compact: { nodeNode: 20, betweenLayers: 40 },
  normal: { nodeNode: 40, betweenLayers: 80 },
  roomy: { nodeNode: 70, betweenLayers: 140 },
};

/**
 * Traffic edges decide the reading order (internet → edge services → VPCs): they get a
 * high direction priority. Associations (protects, monitors, …) only pull the service
 * next to what it guards: a shortness priority and no say in the direction.
 */
const TRAFFIC_EDGE_OPTIONS: LayoutOptions = {
  'elk.layered.priority.direction': '10',
  'elk.layered.priority.shortness': '10',
};
const ASSOCIATION_EDGE_OPTIONS: LayoutOptions = {
  'elk.layered.priority.direction': '0',
  'elk.layered.priority.shortness': '5',
};

/** Layout options every graph level carries (INCLUDE_CHILDREN needs `layered` on every level). */
function levelOptions(request: LayoutRequest): LayoutOptions {
  const s = SPACING[request.spacing];
  return {
    'elk.algorithm': 'layered',
    'elk.direction': request.direction,
    'elk.spacing.nodeNode': String(s.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(s.betweenLayers),
    'elk.spacing.componentComponent': String(s.betweenLayers),
    'elk.spacing.edgeNode': String(Math.round(s.nodeNode / 2)),
  };
}

function paddingOption(p: { top: number; left: number; bottom: number; right: number }): string {
  return `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`;
}

/**
 * Header width without a canvas to measure (the CLI): icon band, then the label and
 * the kind (its id is about as long as its English name) at about 7 px a character
 * (12.5 px type), plus room for facts such as a subnet's zone and CIDR.
 */
export function estimatedHeaderWidth(node: DiagramNode): number {
  const ICON_AND_PADDING = 48;
  const PX_PER_CHAR = 7;
  const FACTS = 120;
  return ICON_AND_PADDING + PX_PER_CHAR * ((node.label ?? '').length + node.kind.length) + FACTS;
}

function containerOptions(request: LayoutRequest, node: DiagramNode): LayoutOptions {
  const header = request.headerWidths?.[node.id] ?? estimatedHeaderWidth(node);
  const minWidth = Math.max(MIN_CONTAINER_SIZE.width, Math.ceil(header));
  return {
    ...levelOptions(request),
    'elk.padding': paddingOption(CONTAINER_PADDING),
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    'elk.nodeSize.minimum': `(${minWidth},${MIN_CONTAINER_SIZE.height})`,
  };
}

/** Parent id → children, in document order; a node whose parent is missing counts as top level. */
export function childrenByParent(doc: Diagram): Map<string | undefined, DiagramNode[]> {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const out = new Map<string | undefined, DiagramNode[]>();
  for (const n of doc.nodes) {
    const parent = n.parent !== undefined && ids.has(n.parent) ? n.parent : undefined;
    const list = out.get(parent);
    if (list) list.push(n);
    else out.set(parent, [n]);
  }
  return out;
}

export function toElkGraph(doc: Diagram, request: LayoutRequest): ElkNode {
  const children = childrenByParent(doc);
  const parentOf = new Map<string, string | undefined>();
  for (const [parent, list] of children) for (const n of list) parentOf.set(n.id, parent);

  const included = new Set<string>();
  const toElkNode = (node: DiagramNode): ElkNode => {
    included.add(node.id);
    const kids = children.get(node.id);
    if (kids) {
      return {
        id: node.id,
        layoutOptions: containerOptions(request, node),
        children: kids.map(toElkNode),
      };
    }
    const container = isContainer(node);
    const size = (!container && request.sizes?.[node.id]) || nodeSize(node);
    const elkNode: ElkNode = { id: node.id, width: size.width, height: size.height };
    // An empty container keeps its size; an empty `children` marks it as a container for fromElkLayout.
    if (container) elkNode.children = [];
    if (node.kind === 'internet')
      elkNode.layoutOptions = { 'elk.layered.layering.layerConstraint': 'FIRST' };
    return elkNode;
  };

  const rootOptions: LayoutOptions = {
    ...levelOptions(request),
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  };

  let root: ElkNode;
  const scoped =
    request.rootId !== undefined ? doc.nodes.find((n) => n.id === request.rootId) : undefined;
  if (scoped) {
    included.add(scoped.id);
    const start = scoped.position ?? { x: 0, y: 0 };
    root = {
      id: scoped.id,
      // ELK keeps the root's x/y untouched, which is how the container keeps its place.
      x: start.x,
      y: start.y,
      layoutOptions: { ...containerOptions(request, scoped), ...rootOptions },
      children: (children.get(scoped.id) ?? []).map(toElkNode),
    };
  } else {
    root = {
      id: LAYOUT_ROOT_ID,
      layoutOptions: {
        ...rootOptions,
        'elk.padding': paddingOption({ top: 0, left: 0, bottom: 0, right: 0 }),
      },
      children: (children.get(undefined) ?? []).map(toElkNode),
    };
  }
  root.edges = elkEdges(doc.edges, included, parentOf, scoped?.id);
  return root;
}

function isAncestor(
  candidate: string,
  node: string,
  parentOf: ReadonlyMap<string, string | undefined>,
): boolean {
  const seen = new Set<string>();
  for (let p = parentOf.get(node); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    if (p === candidate) return true;
    seen.add(p);
  }
  return false;
}

/**
 * Edges are all declared at the root: with INCLUDE_CHILDREN ELK finds each edge's
 * container itself. Left out: self-loops, edges leaving the laid-out scope, and edges
 * between a node and its own ancestor (the node is inside it already; such edges only
 * confuse the layering).
 */
function elkEdges(
  edges: readonly DiagramEdge[],
  included: ReadonlySet<string>,
  parentOf: ReadonlyMap<string, string | undefined>,
  scopeRoot: string | undefined,
): ElkExtendedEdge[] {
  const out: ElkExtendedEdge[] = [];
  for (const e of edges) {
    if (e.source === e.target) continue;
    if (!included.has(e.source) || !included.has(e.target)) continue;
    if (e.source === scopeRoot || e.target === scopeRoot) continue;
    if (isAncestor(e.source, e.target, parentOf) || isAncestor(e.target, e.source, parentOf))
      continue;
    out.push({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      layoutOptions: e.kind === 'traffic' ? TRAFFIC_EDGE_OPTIONS : ASSOCIATION_EDGE_OPTIONS,
    });
  }
  return out;
}

/** ELK works in fractions; whole pixels keep saved files tidy (children stay inside: padding ≥ 1). */
function whole(v: number | undefined): number {
  return Math.round(v ?? 0);
}

/**
 * Positions (parent-relative, as ELK returns them) for every node of the result, sizes
 * for containers only (an ELK node with a `children` array). When the root is a real
 * container (a scoped layout) it gets its size and keeps its position.
 */
export function fromElkLayout(result: ElkNode): LayoutPositions {
  const out: LayoutPositions = {};
  const visit = (n: ElkNode) => {
    if (n.children) {
      out[n.id] = {
        position: { x: whole(n.x), y: whole(n.y) },
        size: { width: Math.ceil(n.width ?? 0), height: Math.ceil(n.height ?? 0) },
      };
      n.children.forEach(visit);
    } else {
      out[n.id] = { position: { x: whole(n.x), y: whole(n.y) } };
    }
  };
  if (result.id === LAYOUT_ROOT_ID) (result.children ?? []).forEach(visit);
  else visit(result);
  return out;
}
