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

/**
 * `.asp-container__header` as app.css draws it: a 32 px icon band, then the text's parts
 * (label, kind, facts) 6 px apart,
 * 8 px of right padding, inside the container's 2 px borders; text at 12.5 px, the
 * label bold and the facts semi-bold.
 */
const HEADER = { icon: 32, gap: 6, paddingRight: 8, borders: 4, fontSize: '12.5px' } as const;
const PART_WEIGHT: Record<string, number> = {
  'asp-container__label': 700,
  'asp-container__facts': 600,
};

/**
 * The width each container's header would take uncut. Text is measured with a canvas
 * (`measureText`), not read back from the DOM: reading `scrollWidth` of hundreds of
 * headers would force a layout of the whole canvas on the click that starts a layout.
 */
export function containerHeaderWidths(): Record<string, number> | undefined {
  const flow = currentFlow();
  const context = document.createElement('canvas').getContext('2d');
  if (!flow || !context) return undefined;
  const family = getComputedStyle(document.body).fontFamily;
  const out: Record<string, number> = {};
  for (const n of flow.getNodes()) {
    if (n.type === 'leaf') continue;
    const header = document.querySelector(
      `.react-flow__node[data-id="${CSS.escape(n.id)}"] .asp-container__header`,
    );
    if (!header) continue;
    const texts = [...(header.querySelector('.asp-container__text')?.children ?? [])];
    let width = HEADER.icon + HEADER.paddingRight + HEADER.borders + HEADER.gap * texts.length;
    for (const part of texts) {
      context.font = `${PART_WEIGHT[part.className] ?? 400} ${HEADER.fontSize} ${family}`;
      width += context.measureText(part.textContent ?? '').width;
    }
    out[n.id] = Math.ceil(width) + 2; // slack for sub-pixel rounding of each part
  }
  return out;
}
