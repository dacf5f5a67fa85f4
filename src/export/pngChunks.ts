/**
 * PNG text chunks (pure; PNG spec §11.3.4): the exported PNG carries the document JSON
 * in a `tEXt` chunk with the keyword `aws-security-playground`, so that opening the
 * image restores the diagram. tEXt is Latin-1 only, so the JSON is written with every
 * non-ASCII character as a `\uXXXX` escape (`asciiJson`): still the same JSON, readable
 * by any PNG tool, and Japanese labels survive. Reading also accepts an uncompressed
 * UTF-8 `iTXt` chunk with that keyword.
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

/** Latin-1 keywords of 1–79 characters (PNG spec §11.3.4.2). */
const KEYWORD = /^[\x20-\x7e\xa1-\xff]{1,79}$/;

/** tEXt data: keyword, NUL, Latin-1 text. Throws for text a tEXt chunk cannot hold. */
export function encodeTExt(keyword: string, text: string): Uint8Array {
  if (!KEYWORD.test(keyword)) throw new RangeError(`'${keyword}' is not a PNG keyword`);
  // eslint-disable-next-line no-control-regex -- NUL is exactly what tEXt forbids
  if (/[^\x01-\xff]/.test(text)) throw new RangeError('tEXt holds Latin-1 text without NUL only');
  return typeBytes(`${keyword}\0${text}`);
}

/**
 * JSON text with every character outside printable ASCII written as `\uXXXX`. Outside
 * strings JSON is ASCII, so the escapes land inside strings, where they mean the same
 * characters: `JSON.parse` gives the identical value.
 */
export function asciiJson(json: string): string {
  return json.replace(
    /[^\x20-\x7e\n\r\t]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
 * The PNG with `text` stored in a tEXt chunk under `keyword` (an existing text chunk
 * with that keyword is replaced), placed just before IEND.
 */
export function insertTextChunk(
  png: Uint8Array,
  keyword: string,
  text: string,
): Uint8Array<ArrayBuffer> {
  const chunks = readChunks(png).filter((c) => decodeTextChunk(c)?.keyword !== keyword);
  const iend = chunks.length - 1;
  chunks.splice(iend, 0, { type: 'tEXt', data: encodeTExt(keyword, text) });
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
