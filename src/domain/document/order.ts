/**
 * React Flow needs a parent before its children in the node array; files may list
 * nodes in any order (format.md). This keeps the given order wherever it already
 * works and moves only what must move.
 */

interface Nested {
  id: string;
  parent?: string;
}

/**
 * Parents before children, otherwise in the given order: a node whose parent comes
 * later waits and is placed right after its parent (its own waiting children after it).
 * A node whose parent is not in the list counts as top level; nodes caught in a parent
 * cycle (import refuses those) are appended at the end so that nothing is lost.
 * Always a new array; the input is never changed.
 */
export function sortParentsFirst<T extends Nested>(nodes: readonly T[]): T[] {
  const ids = new Set(nodes.map((n) => n.id));
  const placed = new Set<string>();
  const waiting = new Map<string, T[]>();
  const out: T[] = [];
  const place = (node: T) => {
    // Iterative so that a deep chain of nested containers cannot overflow the stack.
    const todo = [node];
    while (todo.length > 0) {
      const next = todo.pop() as T;
      out.push(next);
      placed.add(next.id);
      const children = waiting.get(next.id);
      if (children) {
        waiting.delete(next.id);
        for (let k = children.length - 1; k >= 0; k--) todo.push(children[k]);
      }
    }
  };
  for (const node of nodes) {
    const parent = node.parent;
    if (parent === undefined || !ids.has(parent) || placed.has(parent)) place(node);
    else {
      const list = waiting.get(parent);
      if (list) list.push(node);
      else waiting.set(parent, [node]);
    }
  }
  if (out.length < nodes.length) {
    const kept = new Set(out);
    for (const node of nodes) if (!kept.has(node)) out.push(node);
  }
  return out;
}

/** Whether every node whose parent is in the list comes after it (sortParentsFirst's order). */
export function isParentsFirst(nodes: readonly Nested[]): boolean {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.parent !== undefined && ids.has(node.parent) && !seen.has(node.parent)) return false;
    seen.add(node.id);
  }
  return true;
}
