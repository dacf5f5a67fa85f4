/** Messages between the main thread (parseHclInBrowser.ts) and the Terraform parser's worker (hcl.worker.ts). */

export interface HclJob {
  id: number;
  fileName: string;
  text: string;
}

/**
 * `syntax`: the parser read the file and refused it (the message names the line and
 * column). `startup`: the parser itself could not start (download, decompression or
 * compilation of its WebAssembly failed). `crashed`: the parser's program has stopped.
 */
export type HclReply =
  | { id: number; ok: true; json: unknown }
  | { id: number; ok: false; problem: 'syntax' | 'startup' | 'crashed'; error: string };
