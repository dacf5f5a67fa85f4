/**
 * Terraform's HCL, parsed in the browser: a client of the parser's worker
 * (hcl.worker.ts). This module, the worker and its WebAssembly are loaded only when a
 * Terraform file is opened (openDocument.ts imports this module dynamically).
 *
 * The parser is a foreign program: a job that takes too long ends the worker (which
 * stops whatever it was doing) and is refused, as is every job when the worker
 * crashes; the next file starts a fresh worker. A syntax error is the parser's answer,
 * not a failure: it rejects with the parser's own message (with its line and column),
 * which the Terraform reader turns into the refusal.
 */
import type { HclParser } from '../../domain/importers/terraform';
import { HclParserFailure } from './hclFailure';
import type { HclJob, HclReply } from './hclProtocol';

/** What the client needs of a Worker (a fake one in the tests). */
export interface WorkerLike {
  postMessage(job: HclJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<HclReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface HclClientOptions {
  createWorker: () => WorkerLike;
  /** How long one file may take once the parser runs. */
  timeoutMs: number;
  /** How long the first file may take: it also downloads and compiles the parser (6.5 MB). */
  startupTimeoutMs: number;
}

interface Waiting {
  resolve(json: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export function hclClient(options: HclClientOptions): HclParser {
  let worker: WorkerLike | undefined;
  let running = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const settle = (id: number): Waiting | undefined => {
    const job = waiting.get(id);
    if (!job) return undefined;
    waiting.delete(id);
    clearTimeout(job.timer);
    return job;
  };

  /** Ends the worker and refuses every job it had. */
  const stop = (failure: HclParserFailure) => {
    worker?.terminate();
    worker = undefined;
    running = false;
    for (const id of [...waiting.keys()]) settle(id)?.reject(failure);
  };

  const start = (): WorkerLike => {
    const w = options.createWorker();
    w.onmessage = (event) => {
      const reply = event.data;
      running = true;
      const job = settle(reply.id);
      if (!job) return;
      if (reply.ok) job.resolve(reply.json);
      else if (reply.problem === 'syntax') job.reject(new Error(reply.error));
      else {
        // The parser could not start or has stopped: the next file tries a fresh worker.
        const failure = new HclParserFailure(reply.problem, reply.error);
        job.reject(failure);
        stop(failure);
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop(new HclParserFailure('crashed', event.message || 'the worker stopped'));
    };
    return w;
  };

  return (fileName, text) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const budget = running ? options.timeoutMs : options.startupTimeoutMs;
      const timer = setTimeout(
        () =>
          stop(
            new HclParserFailure('timeout', `${fileName}: no answer after ${budget} ms`, budget),
          ),
        budget,
      );
      waiting.set(id, { resolve, reject, timer });
      try {
        worker ??= start();
        worker.postMessage({ id, fileName, text });
      } catch (err) {
        stop(new HclParserFailure('crashed', err instanceof Error ? err.message : String(err)));
      }
    });
}

/** The app's parser: one worker for the page, 20 s per file, a minute for the first. */
export const parseHclInBrowser: HclParser = hclClient({
  createWorker: () =>
    new Worker(new URL('./hcl.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike,
  timeoutMs: 20_000,
  startupTimeoutMs: 60_000,
});
