/** Commands on single nodes: add, update, resize. */
import type { Diagram, DiagramNode, Point, PropValue, Size } from '../document/types';
import type { KindId } from '../kinds/types';
import { defaultProps, isContainerKind, sizeOfKind } from '../kinds/catalogue';
import { mergeProps } from '../document/props';
import { nextNumberedId } from '../document/ids';
import { isContainer, nodesById } from '../document/tree';
import { isFinitePoint, mapNodes, normalLabel, samePoint, sameProps, withLabel } from './shared';

export interface AddNodeArgs {
  kind: KindId;
  /** Relative to `parent`, or to the canvas at top level. */
  position: Point;
  /** A container's id; anything else puts the node at top level. */
  parent?: string;
  label?: string;
  /** Partial: the kind's defaults fill the rest; unknown or ill-typed props are ignored. */
  props?: Readonly<Record<string, unknown>>;
}

/**
 * Adds a node with a readable id (`ec2-1`, `ec2-2`, …), complete props and, for a
 * container, its kind's size. A position that is not finite puts it at the origin.
 */
export function addNode(doc: Diagram, args: AddNodeArgs): { doc: Diagram; id: string } {
  const { kind } = args;
  const id = nextNumberedId(
    kind,
    doc.nodes.map((n) => n.id),
  );
  const parent =
    args.parent !== undefined && isContainer(nodesById(doc).get(args.parent))
      ? args.parent
      : undefined;
  const label = args.label === undefined ? undefined : normalLabel(args.label);
  const node: DiagramNode = { id, kind, props: {} };
  if (label !== undefined) node.label = label;
  if (parent !== undefined) node.parent = parent;
  node.position = isFinitePoint(args.position)
    ? { x: args.position.x, y: args.position.y }
    : { x: 0, y: 0 };
  if (isContainerKind(kind)) node.size = { ...sizeOfKind(kind) };
  node.props = args.props ? mergeProps(kind, defaultProps(kind), args.props) : defaultProps(kind);
  // The parent already precedes the new last node, so the order stays parents-first.
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

export interface NodePatch {
  /** New label; '' removes it. */
  label?: string;
  /** Merged into the props; unknown or ill-typed values are ignored. */
  props?: Readonly<Record<string, unknown>>;
}

export function updateNode(doc: Diagram, id: string, patch: NodePatch): Diagram {
  return mapNodes(doc, (node) => {
    if (node.id !== id) return node;
    let next = node;
    if (patch.label !== undefined) {
      const label = normalLabel(patch.label);
      if (label !== node.label) next = withLabel(next, label);
    }
    if (patch.props) {
      const props: Record<string, PropValue> = mergeProps(node.kind, node.props, patch.props);
      if (!sameProps(props, node.props)) next = { ...next, props };
    }
    return next;
  });
}

/**
 * Sets a container's size (and, when resized from a top or left handle, its position).
 * Leaves have a fixed size: resizing one changes nothing.
 */
export function resizeNode(doc: Diagram, id: string, size: Size, position?: Point): Diagram {
  const valid = [size.width, size.height].every((v) => Number.isFinite(v) && v > 0);
  if (!valid || (position && !isFinitePoint(position))) {
    return doc;
  }
  return mapNodes(doc, (node) => {
    if (node.id !== id || !isContainer(node)) return node;
    const sameSize = node.size?.width === size.width && node.size?.height === size.height;
    if (sameSize && (!position || samePoint(position, node.position))) return node;
    return {
      ...node,
      size: { width: size.width, height: size.height },
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
}
