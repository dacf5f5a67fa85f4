/** The nesting of a diagram's nodes: look-ups that commands and geometry share. */
import type { Diagram, DiagramNode } from './types';
import { isContainerKind, isKindId } from '../kinds/catalogue';

export function nodesById(doc: Diagram): Map<string, DiagramNode> {
  return new Map(doc.nodes.map((n) => [n.id, n]));
}

export function isContainer(node: DiagramNode | undefined): boolean {
  return node !== undefined && isKindId(node.kind) && isContainerKind(node.kind);
}

/** `ids` (those that exist) and every node inside them, at any depth. */
export function withDescendants(doc: Diagram, ids: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of doc.nodes) {
    if (n.parent === undefined) continue;
    const list = children.get(n.parent);
    if (list) list.push(n.id);
    else children.set(n.parent, [n.id]);
  }
  const existing = new Set(doc.nodes.map((n) => n.id));
  const out = new Set<string>();
  const todo = [...ids].filter((id) => existing.has(id));
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    for (const child of children.get(id) ?? []) todo.push(child);
  }
  return out;
}

/**
 * Would making `parentId` the parent of `nodeId` put the node inside itself? True when
 * the new parent is the node or one of its descendants.
 */
export function parentWouldCycle(
  byId: ReadonlyMap<string, DiagramNode>,
  nodeId: string,
  parentId: string,
): boolean {
  const seen = new Set<string>();
  let current: string | undefined = parentId;
  while (current !== undefined && !seen.has(current)) {
    if (current === nodeId) return true;
    seen.add(current);
    current = byId.get(current)?.parent;
  }
  // A loop that does not pass through nodeId is not created by this move.
  return false;
}
