import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isGzip, wasmBytes } from './wasmBytes';

/** The first bytes of every WebAssembly module: `\0asm` and version 1. */
const WASM_HEADER = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

describe('wasmBytes', () => {
  it('inflates a gzip file', async () => {
    const packed = new Uint8Array(gzipSync(WASM_HEADER));
    expect(isGzip(packed)).toBe(true);
    expect(await wasmBytes(packed)).toEqual(WASM_HEADER);
  });

  it('keeps bytes the server already inflated', async () => {
    expect(isGzip(WASM_HEADER)).toBe(false);
    expect(await wasmBytes(WASM_HEADER)).toBe(WASM_HEADER);
  });
});
