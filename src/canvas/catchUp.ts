/**
 * Bringing React Flow's nodes and edges up to the document a slice at a time.
 *
 * React Flow renders a change of its nodes synchronously: moving 500 nodes at once (a
 * layout, or undoing one) blocks the page for hundreds of milliseconds. So a change
 * that only moves, resizes or restyles many existing items reaches React Flow in
 * slices, one per frame, and the page keeps answering; the document itself changed
 * at once, as one undo step. What changes the graph's shape (an item added, removed,
 * re-parented or re-typed, an edge reconnected, a selection) is never held back: the
 * canvas must never show a node without its parent or an edge without its ends.
 */
import { sameArray } from './flowMapping';

/**
 * How many held-back changes reach React Flow per frame. Measured with 500 nodes on a
 * two-core machine without a GPU (npm run bench -- layout): a slice of nodes and the
 * edges they drag along, or of edges alone, plus a repaint, then fit in about 50 ms.
 */
export const NODE_SLICE = 15;
export const EDGE_SLICE = 30;

export interface CatchUpStep<T> {
  /** The items to show now: `target`'s order, with some changes still held back. */
  items: T[];
  /** True when `items` is `target` (nothing is held back any more). */
  done: boolean;
}

/**
 * One step from `current` towards `target` (both keyed by id): every change `mustShow`
 * names, and other changed items in `target`'s order until `limit` of them are out;
 * the rest keep their current object for a later step. Items of one group (`groupOf`)
 * go out together, however many they are: React Flow draws a child at its parent's
 * position plus its own, so moving a container re-renders everything inside it, and
 * a container with its contents in one step re-renders each of them once.
 * Returns `current` itself when nothing changed.
 */
export function catchUpStep<T extends { id: string }>(
  current: readonly T[],
  target: readonly T[],
  limit: number,
  mustShow: (shown: T, next: T) => boolean,
  groupOf: (item: T) => string = (item) => item.id,
): CatchUpStep<T> {
  const shownById = new Map(current.map((item) => [item.id, item]));
  let budget = limit;
  let heldBack = 0;
  const released = new Set<string>();
  const items = target.map((next) => {
    const shown = shownById.get(next.id);
    if (shown === undefined || shown === next || mustShow(shown, next)) return next;
    const group = groupOf(next);
    if (!released.has(group) && budget > 0) released.add(group);
    if (released.has(group)) {
      budget--;
      return next;
    }
    heldBack++;
    return shown;
  });
  return { items: sameArray(items, current) ? (current as T[]) : items, done: heldBack === 0 };
}
