/**
 * A page of the built app with a generated diagram already open (through the autosave
 * slot, as a returning user has it), for the browser benchmarks of layout and export.
 * Also reads Chromium traces: the longest main-thread task between two user timing marks.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { AUTOSAVE_KEY } from './canvas.bench';
import type { RawDiagram } from './generate';

export async function openAppWith(browser: Browser, url: string, doc: RawDiagram): Promise<Page> {
  return openFlowPage(browser, url, doc.nodes.length, (context) =>
    context.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [
      AUTOSAVE_KEY,
      JSON.stringify(doc),
    ] as const),
  );
}

/**
 * A fresh page of a React Flow canvas (the app, or the bare baseline) at the benchmarks'
 * window size, once it shows `nodeCount` nodes and has had half a second to settle.
 */
export async function openFlowPage(
  browser: Browser,
  url: string,
  nodeCount: number,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length >= n,
    nodeCount,
    { polling: 'raf', timeout: 120_000 },
  );
  await page.waitForTimeout(500);
  return page;
}

/** Chromium trace categories with every main-thread task and the page's user timing marks. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event (Chromium writes it for top-level tasks). */
  tdur?: number;
  args?: { name?: string };
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface MainThreadTrace {
  /** User timing marks of the page: name → time (ms, trace clock). */
  marks: Map<string, number>;
  /** Tasks on the page's main thread, in ms on the same clock. */
  tasks: MainThreadTask[];
}

export interface MainThreadTask {
  start: number;
  /** Wall time, ms: how long the page could not respond. */
  duration: number;
  /**
   * The main thread's own CPU time in it, ms, when the trace has it. Far less than the
   * duration means the thread waited for a core (on 2 cores: ELK's worker, raster).
   */
  cpu?: number;
}

/** The page's user timing marks and its renderer main-thread tasks, from a Chromium trace. */
export function mainThreadTrace(trace: Buffer): MainThreadTrace {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = new Map<string, number>();
  let pagePid: number | undefined;
  for (const e of events)
    if (
      e.name.startsWith('asp-') &&
      (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')
    ) {
      marks.set(e.name, e.ts / 1000);
      pagePid = e.pid;
    }
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        TASK_NAMES.has(e.name) &&
        e.dur !== undefined &&
        e.pid === pagePid &&
        mainThreads.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({
      start: e.ts / 1000,
      duration: e.dur! / 1000,
      cpu: e.tdur === undefined ? undefined : e.tdur / 1000,
    }));
  return { marks, tasks };
}

/** The tasks that run at any moment between two times. */
export function tasksIn(trace: MainThreadTrace, from: number, to: number): MainThreadTask[] {
  return trace.tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
}

/** The durations (ms) of the tasks that run at any moment between two times. */
export function tasksBetween(trace: MainThreadTrace, from: number, to: number): number[] {
  return tasksIn(trace, from, to).map((t) => t.duration);
}

/** The longest task (ms) that runs at any moment between two times. */
export function longestTask(trace: MainThreadTrace, from: number, to: number): number {
  return Math.max(0, ...tasksBetween(trace, from, to));
}

/** The mark's time, or an error naming it. */
export function markAt(trace: MainThreadTrace, name: string): number {
  const at = trace.marks.get(name);
  if (at === undefined) throw new Error(`the trace has no mark ${name}`);
  return at;
}
