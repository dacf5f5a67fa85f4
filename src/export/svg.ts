/**
 * SVG export of the whole diagram. html-to-image wraps the canvas DOM in a
 * `foreignObject`: icons (inline SVG), labels and edges are kept as vectors and text,
 * and browsers render it exactly like the canvas.
 */
import { toSvg } from 'html-to-image';
import type { ImageChoice } from './render';
import { renderTarget } from './render';

const SVG_DATA_URL = /^data:image\/svg\+xml(;charset=[^,]*)?,/;

/** The SVG markup of a `data:image/svg+xml` URL (html-to-image percent-encodes it). */
export function svgFromDataUrl(url: string): string {
  const prefix = SVG_DATA_URL.exec(url);
  if (!prefix) throw new Error('the renderer did not produce an SVG');
  return decodeURIComponent(url.slice(prefix[0].length));
}

export async function exportSvg(choice: ImageChoice): Promise<Blob> {
  // An SVG has no pixels: the scale would only be stamped into a pixel ratio it ignores.
  const { element, options } = renderTarget({ ...choice, scale: 1 });
  const markup = svgFromDataUrl(await toSvg(element, options));
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], {
    type: 'image/svg+xml',
  });
}
