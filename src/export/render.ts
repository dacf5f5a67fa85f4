/**
 * What PNG and SVG export share: the `.react-flow__viewport` element rendered by
 * html-to-image with a transform that frames the WHOLE diagram (not what happens to be
 * visible). The minimap and the controls live outside the viewport, so they are never
 * in the image; connection handles (invisible editing aids, four per node) are left out
 * of the clone, and finding badges on request.
 */
import type { Options } from 'html-to-image/lib/types';
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
 * Without `badges` the capture leaves every element with this class out of the clone;
 * the live canvas is never touched.
 */
export const FINDING_BADGE_CLASS = 'asp-finding-badge';

/** React Flow's class for handles, which NodeHandles' anchors carry too. */
const HANDLE_CLASS = 'react-flow__handle';

/** A reason the export cannot start, to show as a notice (an i18n key of the exporting area). */
export class ExportProblem extends Error {
  constructor(readonly key: 'exporting.empty' | 'exporting.canvasMissing') {
    super(key);
  }
}

export interface RenderTarget {
  element: HTMLElement;
  frame: ImageFrame;
  options: Options;
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
export function framedViewport(scale: number): FramedViewport {
  const flow = currentFlow();
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !element) throw new ExportProblem('exporting.canvasMissing');
  const nodes = flow.getNodes();
  if (nodes.length === 0) throw new ExportProblem('exporting.empty');
  const frame = imageFrame(flow.getNodesBounds(nodes), scale);
  return { element, zoom: flow.getViewport().zoom, frame };
}

export function renderTarget(choice: ImageChoice): RenderTarget {
  const { element, frame } = framedViewport(choice.scale);
  const options: Options = {
    width: frame.width,
    height: frame.height,
    pixelRatio: frame.pixelRatio,
    ...(choice.background === 'white' ? { backgroundColor: '#ffffff' } : {}),
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
    filter: (el: HTMLElement) =>
      !el.classList?.contains(HANDLE_CLASS) &&
      (choice.badges || !el.classList?.contains(FINDING_BADGE_CLASS)),
  };
  return { element, frame, options };
}
