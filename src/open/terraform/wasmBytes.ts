/**
 * The Terraform parser's WebAssembly ships gzip-compressed (main.wasm.gz, 1.7 MB
 * instead of 6.5 MB). A server may already have undone the compression (it sent the
 * file with `Content-Encoding: gzip`), so the bytes are inflated only when they still
 * start with gzip's magic number.
 */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

export async function wasmBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (!isGzip(bytes)) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}
