/**
 * The gallery card's thumbnail: the node rectangles of a preset at their canvas
 * positions, drawn as one small SVG (no React Flow instance per card). Pure.
 */
import { absoluteRect, diagramBounds } from '../domain/document/geometry';
import { isContainer } from '../domain/document/tree';
import type { Diagram } from '../domain/document/types';
import { getKind } from '../domain/kinds/catalogue';
import type { KindCategory } from '../domain/kinds/types';

export interface PreviewRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  container: boolean;
  /** Picks the colour: containers by kind, leaves by their palette category. */
  tone: string;
}

export interface Preview {
  /** `x y width height` for the SVG viewBox, with a margin around the nodes. */
  viewBox: string;
  rects: PreviewRect[];
}

const MARGIN = 16;

function toneOf(kind: Diagram['nodes'][number]['kind'], container: boolean): string {
  if (container) return kind;
  const category: KindCategory = getKind(kind).category;
  return category;
}

/** Containers first (parents are drawn under their contents), in document order. */
export function presetPreview(doc: Diagram): Preview {
  const bounds = diagramBounds(doc);
  const rects = doc.nodes.map((node): PreviewRect => {
    const container = isContainer(node);
    return {
      id: node.id,
      ...absoluteRect(doc, node.id),
      container,
      tone: toneOf(node.kind, container),
    };
  });
  rects.sort((a, b) => Number(b.container) - Number(a.container));
  const viewBox = [
    bounds.x - MARGIN,
    bounds.y - MARGIN,
    Math.max(bounds.width, 1) + 2 * MARGIN,
    Math.max(bounds.height, 1) + 2 * MARGIN,
  ].join(' ');
  return { viewBox, rects };
}
