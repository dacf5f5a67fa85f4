/**
 * PNG export: the whole diagram rendered by html-to-image, with the document JSON
 * embedded in a tEXt chunk (as ASCII-only JSON) so that opening the image restores the
 * diagram.
 */
import { toBlob } from 'html-to-image';
import type { Diagram } from '../domain/document/types';
import { exportDiagram } from '../domain/document/export';
import { DOCUMENT_CHUNK_KEYWORD, asciiJson, insertTextChunk, pngSize } from './pngChunks';
import type { ImageChoice } from './render';
import { renderTarget } from './render';

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** True when the image had to be smaller than asked (browser canvas limit). */
  reduced: boolean;
}

export async function exportPng(doc: Diagram, choice: ImageChoice): Promise<PngExport> {
  const { element, frame, options } = renderTarget(choice);
  const image = await toBlob(element, options);
  if (!image) throw new Error('the browser could not encode the image');
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
    reduced: frame.pixelRatio < choice.scale,
  };
}
