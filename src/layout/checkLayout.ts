/**
 * Geometry checks of a laid-out document: siblings that overlap, children that stick out
 * of their parent, nodes without a position. Pure; used by the layout tests and by the
 * preset tests (a preset should look tidy when opened).
 */
import type { Diagram, DiagramNode } from '../domain/document/types';
import { nodeSize } from '../domain/document/geometry';
import { childrenByParent } from './elkGraph';

export type LayoutProblem =
  | { type: 'unplaced'; node: string }
  | { type: 'overlap'; nodes: [string, string] }
  | { type: 'outside'; node: string; parent: string };

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function rectOf(node: DiagramNode): Rect | undefined {
  if (!node.position) return undefined;
  const size = nodeSize(node);
  return { id: node.id, x: node.position.x, y: node.position.y, ...size };
}

/** Overlapping pairs among siblings, found by a sweep along x (sorted by left edge). */
function overlaps(rects: Rect[]): [string, string][] {
  const sorted = [...rects].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width; j++) {
      const b = sorted[j];
      if (b.y < a.y + a.height && a.y < b.y + b.height) out.push([a.id, b.id]);
    }
  }
  return out;
}

export function checkLayout(doc: Diagram): LayoutProblem[] {
  const children = childrenByParent(doc);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const problems: LayoutProblem[] = [];

  for (const [parentId, kids] of children) {
    const rects: Rect[] = [];
    for (const kid of kids) {
      const r = rectOf(kid);
      if (r) rects.push(r);
      else problems.push({ type: 'unplaced', node: kid.id });
    }
    for (const pair of overlaps(rects)) problems.push({ type: 'overlap', nodes: pair });

    const parent = parentId === undefined ? undefined : byId.get(parentId);
    if (!parent) continue;
    const bounds = nodeSize(parent);
    for (const r of rects) {
      const inside =
        r.x >= 0 && r.y >= 0 && r.x + r.width <= bounds.width && r.y + r.height <= bounds.height;
      if (!inside) problems.push({ type: 'outside', node: r.id, parent: parent.id });
    }
  }
  return problems;
}
