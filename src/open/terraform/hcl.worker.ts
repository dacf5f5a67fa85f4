/**
 * The Terraform parser's worker: HashiCorp's HCL parser compiled from Go to
 * WebAssembly (@cdktf/hcl2json), run off the main thread. The module is fetched,
 * inflated and compiled on the first job only; later jobs reuse it.
 *
 * wasm_exec.js is Go's JavaScript runtime: importing it defines `globalThis.Go`. The Go
 * program, once running, puts its functions on `global.__parse_terraform_config_wasm__`
 * (the object must exist before it starts) and answers through Node-style callbacks.
 */
import '@cdktf/hcl2json/wasm/wasm_exec.js';
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url';
import type { HclJob, HclReply } from './hclProtocol';
import { wasmBytes } from './wasmBytes';

type Callback = (error: string | null, json: string | null) => void;

interface GoParser {
  parse(fileName: string, text: string, done: Callback): void;
}

interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

const scope = globalThis as unknown as {
  Go: new () => GoRuntime;
  global?: typeof globalThis;
  __parse_terraform_config_wasm__?: Partial<GoParser>;
};

let started: Promise<GoParser> | undefined;

async function start(): Promise<GoParser> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`${wasmUrl}: HTTP ${response.status}`);
  const bytes = await wasmBytes(new Uint8Array(await response.arrayBuffer()));
  const go = new scope.Go();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  // The program looks its object up on Node's `global`, which a worker lacks.
  scope.global = globalThis;
  scope.__parse_terraform_config_wasm__ = {};
  // The Go program registers its functions, then waits for calls; it never returns
  // unless it failed. The registration is awaited rather than assumed synchronous
  // (the client's timeout ends a wait that never ends).
  let exited = false;
  void go.run(instance).finally(() => (exited = true));
  for (;;) {
    const parse = scope.__parse_terraform_config_wasm__?.parse;
    if (typeof parse === 'function') return { parse };
    if (exited) throw new Error('the parser stopped before it was ready');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function reply(message: HclReply) {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<HclJob>) => {
  const { id, fileName, text } = event.data;
  let parser: GoParser;
  try {
    parser = await (started ??= start());
  } catch (err) {
    started = undefined;
    reply({ id, ok: false, problem: 'startup', error: messageOf(err) });
    return;
  }
  try {
    parser.parse(fileName, text, (error, json) => {
      try {
        if (error) reply({ id, ok: false, problem: 'syntax', error });
        else reply({ id, ok: true, json: JSON.parse(json ?? 'null') as unknown });
      } catch (err) {
        // An exception must not reach the Go side, which would stop the program.
        reply({ id, ok: false, problem: 'syntax', error: messageOf(err) });
      }
    });
  } catch (err) {
    // The Go program has stopped (a panic on an earlier file): this worker is done.
    reply({ id, ok: false, problem: 'crashed', error: messageOf(err) });
  }
};
