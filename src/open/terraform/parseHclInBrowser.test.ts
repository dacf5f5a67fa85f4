import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HclJob, HclReply } from './hclProtocol';
import type { WorkerLike } from './parseHclInBrowser';
import { HclParserFailure } from './hclFailure';
import { hclClient } from './parseHclInBrowser';

/** A worker the test answers by hand. */
class FakeWorker implements WorkerLike {
  jobs: HclJob[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<HclReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(job: HclJob) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: HclReply) {
    this.onmessage?.({ data: reply } as MessageEvent<HclReply>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const parse = hclClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs: 1000,
    startupTimeoutMs: 5000,
  });
  return { parse, workers };
}

describe('hclClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers each file with its JSON from one worker', async () => {
    const { parse, workers } = setup();
    const a = parse('a.tf', 'A');
    const b = parse('b.tf', 'B');
    expect(workers).toHaveLength(1);
    const [ja, jb] = workers[0].jobs;
    expect(ja).toMatchObject({ fileName: 'a.tf', text: 'A' });
    workers[0].answer({ id: jb.id, ok: true, json: { b: 1 } });
    workers[0].answer({ id: ja.id, ok: true, json: { a: 1 } });
    await expect(a).resolves.toEqual({ a: 1 });
    await expect(b).resolves.toEqual({ b: 1 });
  });

  it("passes a syntax error on as the parser's message and keeps the worker", async () => {
    const { parse, workers } = setup();
    const p = parse('a.tf', 'resource {');
    const message = 'a.tf:1,10-11: Invalid block definition';
    workers[0].answer({ id: workers[0].jobs[0].id, ok: false, problem: 'syntax', error: message });
    await expect(p).rejects.toThrow(message);
    await expect(p).rejects.not.toBeInstanceOf(HclParserFailure);
    expect(workers[0].terminated).toBe(false);
  });

  it('ends a worker that takes too long, refuses its files, and starts afresh', async () => {
    const { parse, workers } = setup();
    const first = parse('a.tf', 'A');
    workers[0].answer({ id: workers[0].jobs[0].id, ok: true, json: {} });
    await first;
    const slow = parse('slow.tf', 'B');
    const caught = slow.catch((err: unknown) => err);
    vi.advanceTimersByTime(1001);
    const err = await caught;
    expect(err).toBeInstanceOf(HclParserFailure);
    expect((err as HclParserFailure).reason).toBe('timeout');
    expect(workers[0].terminated).toBe(true);
    void parse('c.tf', 'C').catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('gives the first file the time to start the parser', async () => {
    const { parse, workers } = setup();
    const p = parse('a.tf', 'A');
    vi.advanceTimersByTime(4000);
    workers[0].answer({ id: workers[0].jobs[0].id, ok: true, json: { ok: true } });
    await expect(p).resolves.toEqual({ ok: true });
  });

  it('refuses every waiting file when the worker crashes or cannot start', async () => {
    const { parse, workers } = setup();
    const a = parse('a.tf', 'A');
    const b = parse('b.tf', 'B');
    workers[0].crash('out of memory');
    for (const p of [a, b]) await expect(p).rejects.toMatchObject({ reason: 'crashed' });

    const c = parse('c.tf', 'C');
    workers[1].answer({
      id: workers[1].jobs[0].id,
      ok: false,
      problem: 'startup',
      error: 'HTTP 404',
    });
    await expect(c).rejects.toMatchObject({ reason: 'startup', message: 'HTTP 404' });
    expect(workers[1].terminated).toBe(true);

    const d = parse('d.tf', 'D');
    const exited = 'Go program has already exited';
    workers[2].answer({ id: workers[2].jobs[0].id, ok: false, problem: 'crashed', error: exited });
    await expect(d).rejects.toMatchObject({ reason: 'crashed', message: exited });
    expect(workers[2].terminated).toBe(true);
  });
});
