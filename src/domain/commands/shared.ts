/** Helpers the commands share: copy-on-write updates and value comparisons. */
import type { Diagram, DiagramNode, Point, PropValue } from '../document/types';
import { MAX_TEXT_LENGTH } from '../document/limits';
import { cutText } from '../document/read';

/** `doc` with the nodes `update` changes replaced; the same doc when none changed. */
export function mapNodes(doc: Diagram, update: (node: DiagramNode) => DiagramNode): Diagram {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

/** Both coordinates finite: a NaN or Infinity position would break the canvas and the file. */
export function isFinitePoint(p: Point): boolean {
  return Number.isFinite(p.x) && Number.isFinite(p.y);
}

export function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);
}

/** Props and rule rows are plain JSON; their text form compares them exactly. */
export function sameValue(a: PropValue | undefined, b: PropValue | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function sameProps(
  a: Readonly<Record<string, PropValue>>,
  b: Readonly<Record<string, PropValue>>,
): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
}

/** A label as the document keeps it: capped; an empty one means no label. */
export function normalLabel(label: string): string | undefined {
  const cut = cutText(label, MAX_TEXT_LENGTH);
  return cut === '' ? undefined : cut;
}

/** `target` with `label` set, or without a label when it is undefined. */
export function withLabel<T extends { label?: string }>(target: T, label: string | undefined): T {
  const next = { ...target };
  if (label === undefined) delete next.label;
  else next.label = label;
  return next;
}
