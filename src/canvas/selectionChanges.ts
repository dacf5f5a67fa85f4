/**
 * React Flow reports selection as `select` changes; the selection lives in the editor
 * store. This folds the changes into the store's id list, keeping its order and its
 * identity when nothing changed (so no re-render follows).
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';

export function selectionAfter(
  current: readonly string[],
  changes: readonly (NodeChange | EdgeChange)[],
): readonly string[] {
  const ids = new Set(current);
  let changed = false;
  for (const change of changes) {
    if (change.type !== 'select' || ids.has(change.id) === change.selected) continue;
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
    changed = true;
  }
  return changed ? [...ids] : current;
}
