/** The diagram JSON carried by an exported PNG (pure). */
import { DOCUMENT_CHUNK_KEYWORD, PngFormatError, readTextChunk } from './pngChunks';

export type PngDocument =
  | { ok: true; text: string }
  | { ok: false; problem: 'no-document' }
  | { ok: false; problem: 'broken'; reason: string };

export function readDocumentFromPng(bytes: Uint8Array): PngDocument {
  try {
    const text = readTextChunk(bytes, DOCUMENT_CHUNK_KEYWORD);
    return text === undefined ? { ok: false, problem: 'no-document' } : { ok: true, text };
  } catch (err) {
    if (err instanceof PngFormatError) return { ok: false, problem: 'broken', reason: err.message };
    throw err;
  }
}
