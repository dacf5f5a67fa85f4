/**
 * SVG export of the whole diagram: the canvas as drawn, written as plain SVG shapes
 * (readCanvasScene.ts, svgScene.ts) rather than HTML inside a `foreignObject`, so the
 * file opens the same in browsers, editors and slide tools.
 */
import type { ImageChoice } from './render';
import { readCanvasScene } from './readCanvasScene';
import { svgMarkup } from './svgScene';

export function exportSvg(choice: ImageChoice): Blob {
  return new Blob([svgMarkup(readCanvasScene(choice))], { type: 'image/svg+xml' });
}
