/**
 * Where the overview map puts the diagram: the smallest frame holding every node and
 * the visible part of the canvas, centred in the map with a margin, the same framing as
 * React Flow's own MiniMap. Pure, so the mapping both ways is unit-tested.
 */

import type { Rect } from '../../domain/document/geometry';

export interface OverviewFrame {
  /** The flow point drawn at the map's top-left corner. */
  x: number;
  y: number;
  /** Flow units per pixel of the map. */
  scale: number;
}

/** Margin around the content, in map pixels. */
const MARGIN = 5;

/** The frame showing `content` (nodes and view together) in a map of `width` × `height` pixels. */
export function overviewFrame(content: Rect, width: number, height: number): OverviewFrame {
  const inner = Math.max(
    content.width / (width - 2 * MARGIN),
    content.height / (height - 2 * MARGIN),
  );
  const scale = inner > 0 && Number.isFinite(inner) ? inner : 1;
  return {
    x: content.x + content.width / 2 - (width * scale) / 2,
    y: content.y + content.height / 2 - (height * scale) / 2,
    scale,
  };
}

export function toMap(frame: OverviewFrame, flow: { x: number; y: number }) {
  return { x: (flow.x - frame.x) / frame.scale, y: (flow.y - frame.y) / frame.scale };
}

export function toFlow(frame: OverviewFrame, map: { x: number; y: number }) {
  return { x: frame.x + map.x * frame.scale, y: frame.y + map.y * frame.scale };
}

/** The part of the flow visible through a canvas of `width` × `height` under `transform`. */
export function visibleRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The viewport translation that centres `flowPoint` on the canvas at `zoom`. */
export function centredOn(
  flowPoint: { x: number; y: number },
  zoom: number,
  width: number,
  height: number,
) {
  return { x: width / 2 - flowPoint.x * zoom, y: height / 2 - flowPoint.y * zoom, zoom };
}
