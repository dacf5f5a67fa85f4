/**
 * PNG text chunks (pure; PNG spec §11.3.4): the exported PNG carries the document JSON
 * in an `iTXt` chunk (UTF-8, so Japanese labels survive) with the keyword
 * `aws-security-playground`, so that opening the image restores the diagram.
 * Reading also accepts a Latin-1 `tEXt` chunk with that keyword.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
export const DOCUMENT_CHUNK_KEYWORD = 'aws-security-playground';

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG computes it (over the chunk type and data). */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export class PngFormatError extends Error {}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function typeBytes(type: string): Uint8Array {
  return Uint8Array.from(type, (ch) => ch.charCodeAt(0));
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Every chunk of a PNG, in order; throws PngFormatError on a broken file or a bad CRC. */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new PngFormatError('not a PNG file (signature missing)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new PngFormatError(`truncated chunk header at byte ${at}`);
    const length = view.getUint32(at);
    const type = latin1(bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) throw new PngFormatError(`chunk ${type} at byte ${at} is truncated`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const stored = view.getUint32(at + 8 + length);
    if (crc32(typeBytes(type), data) !== stored)
      throw new PngFormatError(`chunk ${type} at byte ${at} has a wrong CRC`);
    chunks.push({ type, data });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[chunks.length - 1]?.type !== 'IEND') throw new PngFormatError('IEND chunk missing');
  return chunks;
}

export function writeChunks(chunks: readonly PngChunk[]): Uint8Array<ArrayBuffer> {
  const total = 8 + chunks.reduce((sum, c) => sum + 12 + c.data.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  for (const c of chunks) {
    const type = typeBytes(c.type);
    view.setUint32(at, c.data.length);
    out.set(type, at + 4);
    out.set(c.data, at + 8);
    view.setUint32(at + 8 + c.data.length, crc32(type, c.data));
    at += 12 + c.data.length;
  }
  return out;
}

/** iTXt data: keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword, UTF-8 text. */
export function encodeITxt(keyword: string, text: string): Uint8Array {
  const key = typeBytes(keyword);
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(key.length + 5 + body.length);
  out.set(key, 0);
  // bytes after the keyword: NUL, flag 0, method 0, NUL (language), NUL (translated keyword)
  out.set(body, key.length + 5);
  return out;
}

/** Keyword and text of a tEXt or uncompressed iTXt chunk; undefined for anything else. */
export function decodeTextChunk(chunk: PngChunk): { keyword: string; text: string } | undefined {
  const d = chunk.data;
  const nul = d.indexOf(0);
  if (nul < 1) return undefined;
  const keyword = latin1(d.subarray(0, nul));
  if (chunk.type === 'tEXt') return { keyword, text: latin1(d.subarray(nul + 1)) };
  if (chunk.type !== 'iTXt') return undefined;
  const compressed = d[nul + 1];
  if (compressed !== 0) return undefined;
  const langEnd = d.indexOf(0, nul + 3);
  if (langEnd < 0) return undefined;
  const translatedEnd = d.indexOf(0, langEnd + 1);
  if (translatedEnd < 0) return undefined;
  return { keyword, text: new TextDecoder().decode(d.subarray(translatedEnd + 1)) };
}

/**
 * The PNG with `text` stored under `keyword` (an existing text chunk with that keyword
 * is replaced), placed just before IEND.
 */
export function insertTextChunk(
  png: Uint8Array,
  keyword: string,
  text: string,
): Uint8Array<ArrayBuffer> {
  const chunks = readChunks(png).filter((c) => decodeTextChunk(c)?.keyword !== keyword);
  const iend = chunks.length - 1;
  chunks.splice(iend, 0, { type: 'iTXt', data: encodeITxt(keyword, text) });
  return writeChunks(chunks);
}

/** The text stored under `keyword`, or undefined when the PNG has none. */
export function readTextChunk(png: Uint8Array, keyword: string): string | undefined {
  for (const c of readChunks(png)) {
    const t = decodeTextChunk(c);
    if (t?.keyword === keyword) return t.text;
  }
  return undefined;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length < 8) throw new PngFormatError('IHDR chunk missing');
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, 8);
  return { width: view.getUint32(0), height: view.getUint32(4) };
}
