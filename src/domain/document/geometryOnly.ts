/**
 * Whether two versions of a document differ only in where things are drawn. The
 * validator's rules read kinds, nesting, labels, props and edges, never positions or
 * sizes, so their findings for `before` hold for `after` (a test runs every preset with
 * its geometry scrambled to keep that true). A layout or a drag of 500 nodes then
 * skips a validator run. Compares by reference, as commands keep untouched objects.
 */
import type { Diagram } from './types';

export function differsOnlyInGeometry(before: Diagram, after: Diagram): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('nodes');
  for (const key of keys)
    if (before[key as keyof Diagram] !== after[key as keyof Diagram]) return false;
  if (before.nodes.length !== after.nodes.length) return false;
  return before.nodes.every((a, i) => {
    const b = after.nodes[i];
    return (
      a === b ||
      (a.id === b.id &&
        a.kind === b.kind &&
        a.label === b.label &&
        a.parent === b.parent &&
        a.props === b.props)
    );
  });
}
