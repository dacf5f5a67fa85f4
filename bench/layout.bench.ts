/**
 * Auto layout in Node on generated diagrams of 100, 500 and 1,000 nodes: the app's
 * pipeline (toElkGraph + ELK + fromElkLayout, as the worker and the CLI run it) against
 * raw ELK on the very same ELK graph. The ratio is what the app adds on top of ELK.
 * Goal: ≤ 1.15. Runs alternate between the two so that drift hits both alike.
 *
 * Then in the built app (headless Chromium, 500 nodes): the longest main-thread task
 * from the click until the view settled, and per phase: while ELK works in the worker,
 * the commit of the positions, and while they reach React Flow in slices and the view
 * fits. Beside it, the floor React Flow itself sets on this machine: a bare React Flow
 * page moving the same nodes to the same places in one update. Goal: the app's longest
 * task per layout ≤ 0.5× that floor. Tasks over 50 ms (the browser's long tasks) are
 * printed for information only: React Flow's own move of the same nodes takes longer
 * here, so no app can stay under it.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { writeFileSync } from 'node:fs';
import { setLayout } from '../src/domain/commands';
import { exportDiagram } from '../src/domain/document/export';
import { importDiagram } from '../src/domain/document/import';
import { computeLayout } from '../src/layout/computeLayout';
import { DEFAULT_LAYOUT_REQUEST, toElkGraph } from '../src/layout/elkGraph';
import type { Page } from '@playwright/test';
import {
  type MainThreadTask,
  TASK_TRACE_CATEGORIES,
  longestTask,
  mainThreadTrace,
  tasksBetween,
  tasksIn,
  markAt,
  openAppWith,
  openFlowPage,
} from './browserSession';
import { BARE_DIST, buildBareBaseline, launchBrowser } from './canvas.bench';
import type { RawDiagram } from './generate';
import { generateDiagram, generateSingleVpcDiagram } from './generate';
import { serve } from './serve';
import { median, ms, ratio } from './stats';

const GOAL = 1.15;
/** The app's longest task per layout, as a share of bare React Flow's for the same move. */
const FLOOR_GOAL = 0.5;
/** A long task in the browser's sense (Long Tasks API): information, not a goal. */
const LONG_TASK_MS = 50;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchLayout() {
  const elk = new ELK();
  const sizes = [100, 500, 1000];
  const rawMs: Record<number, number> = {};
  const pipelineMs: Record<number, number> = {};
  const ratios: Record<number, number> = {};
  for (const size of sizes) {
    const imported = importDiagram(JSON.stringify(generateDiagram(size)));
    if (!imported.ok)
      throw new Error(`generated diagram did not import: ${imported.errors[0]?.message.en}`);
    const doc = imported.doc;
    // ELK writes its result into the graph it is given, so raw runs get fresh copies,
    // made before the clock starts.
    const graph = toElkGraph(doc, DEFAULT_LAYOUT_REQUEST);
    const runs = size >= 1000 ? 5 : 9;
    const raw: number[] = [];
    const pipeline: number[] = [];
    await elk.layout(structuredClone(graph)); // warm-up (JIT)
    await computeLayout(elk, doc, DEFAULT_LAYOUT_REQUEST);
    for (let i = 0; i < runs; i++) {
      const copy: ElkNode = structuredClone(graph);
      raw.push(await timed(() => elk.layout(copy)));
      pipeline.push(await timed(() => computeLayout(elk, doc, DEFAULT_LAYOUT_REQUEST)));
    }
    rawMs[size] = median(raw);
    pipelineMs[size] = median(pipeline);
    ratios[size] = pipelineMs[size] / rawMs[size];
    console.log(
      `  ${doc.nodes.length} nodes, ${doc.edges.length} edges: pipeline ${ms(pipelineMs[size])} vs raw ELK ${ms(rawMs[size])} = ${ratio(ratios[size])}`,
    );
  }
  const worstRatio = Math.max(...Object.values(ratios));
  console.log(
    `  worst ratio ${ratio(worstRatio)} (goal ≤ ${GOAL}) ${worstRatio <= GOAL ? 'OK' : 'OVER'}`,
  );
  const browser = await benchLayoutInBrowser(500);
  // One container holding everything: its move cannot be split into slices.
  const singleVpc = await benchLayoutInBrowser(500, 3, 1, 'single-vpc');
  buildBareBaseline();
  const bare = {
    accounts: await benchBareMove(500, 'accounts', browser.longestTaskPerRunMs),
    singleVpc: await benchBareMove(500, 'single-vpc', singleVpc.longestTaskPerRunMs),
  };
  return { rawMs, pipelineMs, ratios, worstRatio, browser, singleVpc, bare };
}

/** `raw` laid out in Node by the CLI's pipeline, as a document file. */
async function laidOutInNode(raw: RawDiagram): Promise<RawDiagram> {
  const imported = importDiagram(JSON.stringify(raw));
  if (!imported.ok) throw new Error(`generated diagram did not import`);
  const positions = await computeLayout(new ELK(), imported.doc, DEFAULT_LAYOUT_REQUEST);
  return JSON.parse(exportDiagram(setLayout(imported.doc, positions))) as RawDiagram;
}

/**
 * The floor: the bare React Flow page (bench/bare, default nodes, no app code) moves
 * every node of the same diagram to its laid-out place and back, each in one update
 * (React Flow's own way), three moves per fresh page. The longest main-thread task of
 * each move, set against the app's longest task per layout (`appPerRunMs`).
 */
async function benchBareMove(
  size: number,
  shape: keyof typeof SHAPES,
  appPerRunMs: number[],
  pages = 2,
  moves = 3,
) {
  const doc = SHAPES[shape](size);
  writeFileSync(`${BARE_DIST}/doc.json`, JSON.stringify(doc));
  writeFileSync(`${BARE_DIST}/laid.json`, JSON.stringify(await laidOutInNode(doc)));
  const app = await serve(BARE_DIST);
  const browser = await launchBrowser();
  const perMove: number[] = [];
  try {
    for (let p = 0; p < pages; p++) {
      const page = await openFlowPage(browser, app.url, doc.nodes.length);
      for (let i = 0; i < moves; i++) {
        await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
        await page.evaluate(() => performance.mark('asp-move-start'));
        await page.evaluate(() => (window as { __moveAll?: () => Promise<void> }).__moveAll!());
        await page.waitForTimeout(300);
        await page.evaluate(() => performance.mark('asp-move-settled'));
        const trace = mainThreadTrace(await browser.stopTracing());
        perMove.push(
          longestTask(trace, markAt(trace, 'asp-move-start'), markAt(trace, 'asp-move-settled')),
        );
        await page.waitForTimeout(500);
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const bareMs = median(perMove);
  const appMs = median(appPerRunMs);
  console.log(
    `  floor, bare React Flow moving the same ${doc.nodes.length} nodes (${shape}) in one update: longest task ${ms(bareMs)} (median; run by run ${perMove.map((d) => d.toFixed(0)).join(', ')} ms); the app's median longest task per layout ${ms(appMs)} = ${ratio(appMs / bareMs)} of it (goal ≤ ${FLOOR_GOAL}) ${appMs / bareMs <= FLOOR_GOAL ? 'OK' : 'OVER'}`,
  );
  return {
    nodes: doc.nodes.length,
    bareLongestTaskPerMoveMs: perMove,
    bareMs,
    appMs,
    ratio: appMs / bareMs,
  };
}

/** The page's promise of one layout: ms from the click to the commit and to the caught-up canvas. */
interface LayoutWindow {
  __layout: Promise<{ wallMs: number; caughtUpMs: number }>;
}

/**
 * One auto layout through the toolbar button, traced: marks when the click is sent,
 * when the new positions are committed (store subscription) and when the view settled.
 *
 * Every wait from the click on is one promise in the page (a store subscription, then a
 * MutationObserver), never Playwright's polling waits: those run a task in the page on
 * every frame or interval, on the very thread being measured (7–8 tasks a second of
 * 7–40 ms while ELK worked, where the page itself runs none).
 */
async function tracedLayout(page: Page, direction: 'RIGHT' | 'DOWN') {
  const browser = page.context().browser()!;
  // alternate the direction: a layout that changes nothing would add no undo step
  await page.getByTestId('auto-layout-options').click();
  await page.getByTestId(`layout-direction-${direction}`).check();
  await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  await page.evaluate(() => {
    const store = window.__editorStore!;
    const past = store.getState().past.length;
    const w = window as unknown as LayoutWindow;
    const t0 = performance.now();
    performance.mark('asp-layout-start');
    const committed = new Promise<number>((resolve) => {
      const stop = store.subscribe((s) => {
        if (s.past.length <= past) return;
        performance.mark('asp-layout-applied');
        stop();
        resolve(performance.now() - t0);
      });
    });
    // A large change reaches React Flow in slices, one per frame; the canvas is busy
    // meanwhile. (No named functions in here: tsx would wrap them in a helper the page lacks.)
    const busy = '[data-testid="canvas"][aria-busy="true"], [data-testid="layout-busy"]';
    w.__layout = committed.then(
      (wallMs) =>
        new Promise((resolve) => {
          if (!document.querySelector(busy))
            return resolve({ wallMs, caughtUpMs: performance.now() - t0 });
          const observer = new MutationObserver(() => {
            if (document.querySelector(busy)) return;
            observer.disconnect();
            resolve({ wallMs, caughtUpMs: performance.now() - t0 });
          });
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['aria-busy'],
          });
        }),
    );
  });
  await page.getByTestId('layout-run').click();
  const { wallMs, caughtUpMs } = await page.evaluate(
    () => (window as unknown as LayoutWindow).__layout,
  );
  await page.waitForTimeout(500); // the view fits after the layout
  await page.evaluate(() => performance.mark('asp-layout-settled'));
  const trace = mainThreadTrace(await browser.stopTracing());
  const start = markAt(trace, 'asp-layout-start');
  const applied = markAt(trace, 'asp-layout-applied');
  const settled = markAt(trace, 'asp-layout-settled');
  // the task that delivered the worker's answer contains the `applied` mark
  const applyTask = trace.tasks.find((t) => t.start <= applied && applied <= t.start + t.duration);
  const whileElkWorks = longestTask(trace, start, applyTask ? applyTask.start - 0.001 : applied);
  const tasks = tasksBetween(trace, start, settled);
  const longest = tasksIn(trace, start, settled).reduce<MainThreadTask | undefined>(
    (a, t) => (a && a.duration >= t.duration ? a : t),
    undefined,
  );
  return {
    wallMs,
    caughtUpMs,
    whileElkWorksMs: whileElkWorks,
    applyMs: applyTask?.duration ?? 0,
    afterApplyMs: longestTask(trace, applied + (applyTask ? applyTask.duration : 0), settled),
    overallMs: Math.max(0, ...tasks),
    /** The main thread's own CPU time in that longest task (the rest it waited for a core). */
    overallCpuMs: longest?.cpu,
    /** Tasks of 5 ms or more from the click until the view settled, and how many were long tasks. */
    tasks: tasks.filter((d) => d >= 5).length,
    tasksOver: tasks.filter((d) => d > LONG_TASK_MS).length,
  };
}

const SHAPES: Record<'accounts' | 'single-vpc', (size: number) => RawDiagram> = {
  /** Accounts of 26 nodes side by side (generate.ts). */
  accounts: generateDiagram,
  /** One account and one VPC holding everything. */
  'single-vpc': generateSingleVpcDiagram,
};

/** The longest main-thread tasks during auto layouts of `size` nodes in the built app. */
export async function benchLayoutInBrowser(
  size: number,
  runs = 3,
  pages = 2,
  shape: keyof typeof SHAPES = 'accounts',
) {
  const doc = SHAPES[shape](size);
  const app = await serve(process.env.BENCH_DIST ?? 'dist');
  const browser = await launchBrowser();
  const results: Awaited<ReturnType<typeof tracedLayout>>[] = [];
  try {
    // Each page's first run loads the layout code, starts the worker and runs ELK and
    // the canvas's code cold for the first time: the hardest case, so more than one page.
    for (let p = 0; p < pages; p++) {
      const page = await openAppWith(browser, app.url, doc);
      for (let i = 0; i < runs; i++)
        results.push(await tracedLayout(page, i % 2 ? 'RIGHT' : 'DOWN'));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const worst = (key: 'whileElkWorksMs' | 'applyMs' | 'afterApplyMs' | 'overallMs') =>
    Math.max(...results.map((r) => r[key]));
  const out = {
    nodes: doc.nodes.length,
    layoutWallMs: median(results.map((r) => r.wallMs)),
    /** From the click until React Flow has every new position. */
    caughtUpWallMs: median(results.map((r) => r.caughtUpMs)),
    /** The longest task anywhere from the click until the view settled (its median is set against bare React Flow). */
    longestTaskMs: worst('overallMs'),
    longestTaskPerRunMs: results.map((r) => Math.round(r.overallMs)),
    longestTaskCpuPerRunMs: results.map((r) =>
      r.overallCpuMs === undefined ? undefined : Math.round(r.overallCpuMs),
    ),
    /** Per run: long tasks / tasks of 5 ms or more, click to settled view. */
    longTasksPerRun: results.map((r) => `${r.tasksOver}/${r.tasks}`),
    longestTaskWhileElkWorksMs: worst('whileElkWorksMs'),
    /** Run by run: each page's first also loads the layout code and starts the worker. */
    whileElkWorksPerRunMs: results.map((r) => Math.round(r.whileElkWorksMs)),
    applyTaskMs: worst('applyMs'),
    longestTaskAfterApplyMs: worst('afterApplyMs'),
  };
  console.log(
    `  browser, ${out.nodes} nodes (${shape}): layout ${ms(out.layoutWallMs)} (click to commit), all positions shown after ${ms(out.caughtUpWallMs)} (medians of ${results.length}: ${pages} pages × ${runs} layouts; "run by run" lists them page after page, each page's first layout first)`,
  );
  console.log(
    `  longest main-thread task, click to settled view: ${ms(out.longestTaskMs)}; run by run ${out.longestTaskPerRunMs.map((d, i) => `${d} (CPU ${out.longestTaskCpuPerRunMs[i] ?? '?'})`).join(', ')} ms`,
  );
  console.log(
    `  tasks over ${LONG_TASK_MS} ms (information, not a goal) / tasks of 5 ms or more, run by run: ${out.longTasksPerRun.join(', ')}`,
  );
  console.log(
    `  longest main-thread task while ELK works: ${ms(out.longestTaskWhileElkWorksMs)}; run by run ${out.whileElkWorksPerRunMs.join(', ')} ms (each page's first loads the code)`,
  );
  console.log(
    `  committing the positions: ${ms(out.applyTaskMs)}; longest task while they go out and the view fits: ${ms(out.longestTaskAfterApplyMs)}`,
  );
  return out;
}
