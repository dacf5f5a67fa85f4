/**
 * Sizes React Flow measured for the leaves on the canvas (`node.measured`, v12), so that
 * ELK leaves room for what is really drawn. Containers are sized by ELK itself, but no
 * narrower than their header's text (`containerHeaderWidths`).
 */
import type { Size } from '../domain/document/types';
import { currentFlow } from '../canvas/canvasBridge';

export function measuredSizes(): Record<string, Size> | undefined {
  const flow = currentFlow();
  if (!flow) return undefined;
  const out: Record<string, Size> = {};
  for (const n of flow.getNodes()) {
    const { width, height } = n.measured ?? {};
    if (n.type === 'leaf' && width && height) out[n.id] = { width, height };
  }
  return out;
}

/** Gap and right padding of `.asp-container__header`, and both side borders of `.asp-container` (app.css). */
const HEADER_GAP = 6;
const HEADER_PADDING_RIGHT = 8;
const CONTAINER_BORDERS = 4;

/**
 * The width each container's header would take uncut: the sum of its parts' natural
 * widths (a part cut with an ellipsis still reports its full `scrollWidth`).
 */
export function containerHeaderWidths(): Record<string, number> | undefined {
  const flow = currentFlow();
  if (!flow) return undefined;
  const out: Record<string, number> = {};
  for (const n of flow.getNodes()) {
    if (n.type === 'leaf') continue;
    const header = document.querySelector(
      `.react-flow__node[data-id="${CSS.escape(n.id)}"] .asp-container__header`,
    );
    if (!header) continue;
    const parts = [...header.children] as HTMLElement[];
    const partsWidth = parts.reduce((sum, el) => sum + el.scrollWidth, 0);
    out[n.id] =
      partsWidth +
      HEADER_GAP * Math.max(0, parts.length - 1) +
      HEADER_PADDING_RIGHT +
      CONTAINER_BORDERS;
  }
  return out;
}
