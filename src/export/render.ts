/**
 * What PNG and SVG export share: the image options, and the `.react-flow__viewport`
 * element with the frame of the WHOLE diagram (not what happens to be visible). The
 * minimap and the controls live outside the viewport, so they are never in the image.
 */
import { currentFlow } from '../canvas/canvasBridge';
import type { ImageFrame } from './imageFrame';
import { imageFrame } from './imageFrame';

export interface ImageChoice {
  background: 'white' | 'transparent';
  scale: 1 | 2;
  badges: boolean;
}

export const DEFAULT_IMAGE_CHOICE: ImageChoice = { background: 'white', scale: 1, badges: true };

/**
 * Class of the finding badges drawn on nodes (panels/findings/NodeFindingBadge.tsx).
 * Without `badges` the scene leaves them out; the live canvas is never touched.
 */
export const FINDING_BADGE_CLASS = 'asp-finding-badge';

/** A reason the export cannot start, to show as a notice (an i18n key of the exporting area). */
export class ExportProblem extends Error {
  constructor(readonly key: 'exporting.empty' | 'exporting.canvasMissing') {
    super(key);
  }
}

export interface FramedViewport {
  /** React Flow's `.react-flow__viewport`, which holds every node and edge. */
  element: HTMLElement;
  /** Its current zoom. */
  zoom: number;
  /** The whole diagram (React Flow's node bounds, sub flows included) framed for export. */
  frame: ImageFrame;
}

/** What PNG and SVG export both start from; a notice's reason when there is nothing to draw. */
export function framedViewport(): FramedViewport {
  const flow = currentFlow();
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !element) throw new ExportProblem('exporting.canvasMissing');
  const nodes = flow.getNodes();
  if (nodes.length === 0) throw new ExportProblem('exporting.empty');
  const frame = imageFrame(flow.getNodesBounds(nodes));
  return { element, zoom: flow.getViewport().zoom, frame };
}
