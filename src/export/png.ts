/**
 * PNG export: the SVG export's own scene (readCanvasScene.ts, svgScene.ts) drawn by the
 * browser onto a canvas at the chosen scale, with the document JSON embedded in a tEXt
 * chunk (as ASCII-only JSON) so that opening the image restores the diagram.
 *
 * The scene is plain SVG whose icons are data: URLs, so the browser draws it as an
 * image without cloning the page or inlining its styles, and the canvas stays
 * readable (nothing in it comes from another origin). Both exports are one picture:
 * e2e/png-matches-svg.spec.ts compares them pixel by pixel.
 */
import type { Diagram } from '../domain/document/types';
import { exportDiagram } from '../domain/document/export';
import { fittedScale } from './imageFrame';
import { DOCUMENT_CHUNK_KEYWORD, asciiJson, insertTextChunk, pngSize } from './pngChunks';
import { readCanvasScene } from './readCanvasScene';
import type { ImageChoice } from './render';
import { svgMarkup } from './svgScene';

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** True when the image had to be smaller than asked (browser canvas limit). */
  reduced: boolean;
}

/** The SVG text as a decoded image, ready to draw. */
async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('the browser could not encode the image')),
      'image/png',
    ),
  );
}

/** The SVG drawn onto a `width` × `height` canvas (its frame times the scale), encoded as PNG. */
async function drawnPng(markup: string, width: number, height: number): Promise<Blob> {
  const image = await svgImage(markup);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser could not draw the image');
  // an SVG image is drawn as vectors at the size it is drawn at: sharp at 2×
  context.drawImage(image, 0, 0, width, height);
  return canvasBlob(canvas);
}

export async function exportPng(doc: Diagram, choice: ImageChoice): Promise<PngExport> {
  const scene = readCanvasScene(choice);
  const pixelRatio = fittedScale(scene.width, scene.height, choice.scale);
  const image = await drawnPng(
    svgMarkup(scene),
    Math.max(1, Math.floor(scene.width * pixelRatio)),
    Math.max(1, Math.floor(scene.height * pixelRatio)),
  );
  const bytes = insertTextChunk(
    new Uint8Array(await image.arrayBuffer()),
    DOCUMENT_CHUNK_KEYWORD,
    asciiJson(exportDiagram(doc)),
  );
  const { width, height } = pngSize(bytes);
  return {
    blob: new Blob([bytes], { type: 'image/png' }),
    width,
    height,
    reduced: pixelRatio < choice.scale,
  };
}
