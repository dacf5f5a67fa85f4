import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_CHUNK_KEYWORD,
  PngFormatError,
  asciiJson,
  crc32,
  decodeTextChunk,
  insertTextChunk,
  pngSize,
  readChunks,
  readTextChunk,
  writeChunks,
} from './pngChunks';
import { readDocumentFromPng } from './pngDocument';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A real 3×2 RGB PNG: IHDR, one IDAT (zlib of the filtered scanlines), IEND. */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 3);
  v.setUint32(4, 2);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, filter 0, no interlace
  const rows = Uint8Array.of(0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  return writeChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: new Uint8Array(deflateSync(rows)) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

describe('crc32', () => {
  it('matches the reference values', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    // every PNG ends with this CRC of the empty IEND chunk
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });
});

describe('PNG chunks', () => {
  it('writes a valid PNG that reads back (signature, IHDR size, IDAT intact)', () => {
    const png = tinyPng();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([...png.subarray(png.length - 4)]).toEqual([0xae, 0x42, 0x60, 0x82]);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(readChunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('embeds the JSON in a tEXt chunk before IEND, Japanese escaped, and reads it back', () => {
    const value = { title: 'ウェブアプリ 🔥', nodes: [{ id: 'waf-1', label: 'a\tb "q" \\' }] };
    const json = asciiJson(JSON.stringify(value, null, 2));
    expect(json).toMatch(/^[\x20-\x7e\n]*$/);
    expect(JSON.parse(json)).toEqual(value);
    const out = insertTextChunk(tinyPng(), DOCUMENT_CHUNK_KEYWORD, json);
    const chunks = readChunks(out); // also re-checks every CRC
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
    expect(readTextChunk(out, DOCUMENT_CHUNK_KEYWORD)).toBe(json);
    // the image data is untouched
    expect([...inflateSync(chunks[1].data)]).toEqual([
      ...inflateSync(readChunks(tinyPng())[1].data),
    ]);
    expect(pngSize(out)).toEqual({ width: 3, height: 2 });
  });

  it('refuses text a tEXt chunk cannot hold', () => {
    expect(() => insertTextChunk(tinyPng(), DOCUMENT_CHUNK_KEYWORD, 'ウェブ')).toThrow(RangeError);
    expect(() => insertTextChunk(tinyPng(), 'bad\0key', 'x')).toThrow(RangeError);
  });

  it('replaces an earlier chunk with the same keyword instead of adding a second one', () => {
    const once = insertTextChunk(tinyPng(), DOCUMENT_CHUNK_KEYWORD, 'first');
    const twice = insertTextChunk(once, DOCUMENT_CHUNK_KEYWORD, 'second');
    expect(readChunks(twice).filter((c) => c.type === 'tEXt')).toHaveLength(1);
    expect(readTextChunk(twice, DOCUMENT_CHUNK_KEYWORD)).toBe('second');
  });

  it('reads an uncompressed UTF-8 iTXt chunk too', () => {
    const chunks = readChunks(tinyPng());
    const body = new TextEncoder().encode('{"t":"ウェブ"}');
    const head = ascii(`${DOCUMENT_CHUNK_KEYWORD}\0\0\0\0\0`);
    const data = new Uint8Array(head.length + body.length);
    data.set(head);
    data.set(body, head.length);
    const png = writeChunks([chunks[0], { type: 'iTXt', data }, chunks[1], chunks[2]]);
    expect(readTextChunk(png, DOCUMENT_CHUNK_KEYWORD)).toBe('{"t":"ウェブ"}');
  });

  it('reads a Latin-1 tEXt chunk too, and ignores other keywords', () => {
    const chunks = readChunks(tinyPng());
    const text = { type: 'tEXt', data: ascii(`${DOCUMENT_CHUNK_KEYWORD}\0{"a":1}`) };
    const other = { type: 'tEXt', data: ascii('Software\0html-to-image') };
    const png = writeChunks([chunks[0], other, text, chunks[1], chunks[2]]);
    expect(readTextChunk(png, DOCUMENT_CHUNK_KEYWORD)).toBe('{"a":1}');
    expect(decodeTextChunk(other)).toEqual({ keyword: 'Software', text: 'html-to-image' });
  });

  it('says when the PNG carries no document', () => {
    expect(readTextChunk(tinyPng(), DOCUMENT_CHUNK_KEYWORD)).toBeUndefined();
  });

  it('refuses broken input with a reason', () => {
    expect(() => readChunks(ascii('GIF89a........'))).toThrow(PngFormatError);
    const png = tinyPng();
    const corrupt = png.slice();
    corrupt[40] ^= 0xff; // inside IDAT
    expect(() => readChunks(corrupt)).toThrow(/wrong CRC/);
    expect(() => readChunks(png.subarray(0, png.length - 6))).toThrow(/truncated/);
    expect(() => readChunks(png.subarray(0, 33 + 8))).toThrow(PngFormatError);
  });
});

describe('readDocumentFromPng', () => {
  it('returns the embedded JSON, or says what is missing', () => {
    const json = '{"type":"aws-security-playground"}';
    expect(readDocumentFromPng(insertTextChunk(tinyPng(), DOCUMENT_CHUNK_KEYWORD, json))).toEqual({
      ok: true,
      text: json,
    });
    expect(readDocumentFromPng(tinyPng())).toEqual({ ok: false, problem: 'no-document' });
    expect(readDocumentFromPng(ascii('not a png at all'))).toMatchObject({
      ok: false,
      problem: 'broken',
      reason: expect.stringMatching(/signature/),
    });
  });
});
