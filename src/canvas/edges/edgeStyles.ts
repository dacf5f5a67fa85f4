/**
 * How each edge kind looks. One table feeds the edges, their markers and the legend,
 * so the legend cannot drift from the canvas. Style objects are built once here:
 * edges reuse them instead of allocating on every render.
 */
import type { CSSProperties } from 'react';
import type { EdgeKind } from '../../domain/document/types';
import { EDGE_KINDS } from '../../domain/document/types';

export type MarkerShape = 'arrow' | 'open-arrow' | 'shield' | 'dot';

export interface EdgeLook {
  stroke: string;
  width: number;
  dash?: string;
  marker: MarkerShape;
}

export const EDGE_LOOKS: Readonly<Record<EdgeKind, EdgeLook>> = {
  traffic: { stroke: '#232f3e', width: 1.8, marker: 'arrow' },
  protects: { stroke: '#ed7100', width: 3, marker: 'shield' },
  monitors: { stroke: '#7d3cbd', width: 1.8, dash: '2 4', marker: 'open-arrow' },
  findings: { stroke: '#d13212', width: 1.8, dash: '7 4', marker: 'arrow' },
  notifies: { stroke: '#e7157b', width: 1.8, dash: '7 4', marker: 'arrow' },
  logs: { stroke: '#687078', width: 1.6, dash: '1 4', marker: 'dot' },
};

export function markerId(kind: EdgeKind): string {
  return `asp-marker-${kind}`;
}

export const MARKER_URL: Readonly<Record<EdgeKind, string>> = Object.fromEntries(
  EDGE_KINDS.map((k) => [k, `url(#${markerId(k)})`]),
) as Record<EdgeKind, string>;

function pathStyle(look: EdgeLook, selected: boolean): CSSProperties {
  return {
    stroke: look.stroke,
    strokeWidth: selected ? look.width + 1.5 : look.width,
    strokeDasharray: look.dash,
    strokeLinecap: look.dash ? 'round' : undefined,
    filter: selected ? 'drop-shadow(0 0 3px rgba(0, 115, 187, 0.8))' : undefined,
  };
}

export const EDGE_STYLE: Readonly<Record<EdgeKind, CSSProperties>> = Object.fromEntries(
  EDGE_KINDS.map((k) => [k, pathStyle(EDGE_LOOKS[k], false)]),
) as Record<EdgeKind, CSSProperties>;

export const SELECTED_EDGE_STYLE: Readonly<Record<EdgeKind, CSSProperties>> = Object.fromEntries(
  EDGE_KINDS.map((k) => [k, pathStyle(EDGE_LOOKS[k], true)]),
) as Record<EdgeKind, CSSProperties>;

export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
}
