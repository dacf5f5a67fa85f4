/**
 * The live validator in the browser: on the built app with a generated 500-node
 * diagram, the time from a document change (a GuardDuty moved into a VPC and back, so
 * PLC-01 appears and goes) to (a) the findings store holding the new findings and
 * (b) the toolbar summary showing them in the DOM, then (c) the next frame. Goal for
 * (b): under 100 ms. Medians over several changes, after a warm-up.
 */
import { generateDiagram } from './generate';
import { AUTOSAVE_KEY, launchBrowser } from './canvas.bench';
import { serve } from './serve';
import { median, ms } from './stats';

const NODES = 500;
const CHANGES = 15;
const WARM_UP = 3;
const GOAL_MS = 100;

interface ChangeTiming {
  storeMs: number;
  domMs: number;
  frameMs: number;
}

export async function benchBrowser(): Promise<Record<string, unknown>> {
  const doc = generateDiagram(NODES);
  const app = await serve('dist');
  const browser = await launchBrowser();
  const timings: ChangeTiming[] = [];
  let findingsCount: number | undefined;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [
      AUTOSAVE_KEY,
      JSON.stringify(doc),
    ] as const);
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length >= n,
      doc.nodes.length,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(500);
    findingsCount = await page.evaluate(() => window.__findingsStore!.getState().findings.length);

    for (let i = 0; i < WARM_UP + CHANGES; i++) {
      const timing = await page.evaluate(
        (into) =>
          new Promise<ChangeTiming>((resolve, reject) => {
            const editor = window.__editorStore!;
            const findings = window.__findingsStore!;
            const summary = document.querySelector('[data-testid="findings-summary"]');
            if (!summary) return reject(new Error('no findings summary in the toolbar'));
            const before = summary.textContent;
            const version = findings.getState().version;
            let storeMs = -1;
            const t0 = performance.now();
            const stop = findings.subscribe((s) => {
              if (s.version !== version && storeMs < 0) storeMs = performance.now() - t0;
            });
            const observer = new MutationObserver(() => {
              if (summary.textContent === before) return;
              const domMs = performance.now() - t0;
              observer.disconnect();
              stop();
              requestAnimationFrame(() =>
                resolve({ storeMs, domMs, frameMs: performance.now() - t0 }),
              );
            });
            observer.observe(summary, { childList: true, subtree: true, characterData: true });
            editor.getState().commit((d) => ({
              ...d,
              nodes: d.nodes.map((n) => (n.id === 'gd-0' ? { ...n, parent: into } : n)),
            }));
          }),
        i % 2 === 0 ? 'vpc-0' : 'acc-0',
      );
      if (i >= WARM_UP) timings.push(timing);
      await page.waitForTimeout(120);
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
  const storeMs = median(timings.map((t) => t.storeMs));
  const domMs = median(timings.map((t) => t.domMs));
  const frameMs = median(timings.map((t) => t.frameMs));
  const worstDomMs = Math.max(...timings.map((t) => t.domMs));
  console.log(`  ${doc.nodes.length} nodes, ${findingsCount} findings, ${CHANGES} changes:`);
  console.log(`  document change → findings store updated: ${ms(storeMs)} (median)`);
  console.log(
    `  document change → toolbar summary updated in the DOM: ${ms(domMs)} (median, worst ${ms(worstDomMs)}; goal < ${GOAL_MS} ms) ${domMs < GOAL_MS ? 'OK' : 'OVER'}`,
  );
  console.log(`  document change → next animation frame: ${ms(frameMs)} (median)`);
  return { nodes: doc.nodes.length, findings: findingsCount, storeMs, domMs, worstDomMs, frameMs };
}
