/**
 * The canvas against a bare React Flow page with the same generated document, in
 * headless Chromium: time until every node is in the DOM, and main-thread task time
 * (Chrome's TaskDuration metric) while dragging one node. Reported as ratios.
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { generateDiagram } from './generate';
import { serve } from './serve';
import { median } from './stats';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AUTOSAVE_KEY = 'asp.autosave.v1';

/** Where `buildBareBaseline` puts the bare React Flow page; its sections add their data files. */
export const BARE_DIST = 'bench/results/bare-dist';

/** Builds the bare React Flow page (bench/bare) that the canvas and layout sections compare with. */
export function buildBareBaseline() {
  execSync('npx vite build --config bench/vite.bare.config.ts', { stdio: 'ignore' });
}

export async function launchBrowser() {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

async function renderTime(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length >= n,
    count,
    { polling: 'raf', timeout: 120_000 },
  );
  return page.evaluate(() => performance.now());
}

async function dragTaskTime(page: Page, nodeId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const el = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  const box = await el.boundingBox();
  if (!box) throw new Error(`node ${nodeId} not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  await page.mouse.move(x, y);
  const before = await metric();
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(x + i * 4, y + i * 2);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const after = await metric();
  await cdp.detach();
  return (after - before) * 1000;
}

export async function benchCanvas(nodeCount = 1000, runs = 3) {
  const doc = generateDiagram(nodeCount);
  const count = doc.nodes.length;
  writeFileSync(`${BARE_DIST}/doc.json`, JSON.stringify(doc));
  const app = await serve('dist');
  const bare = await serve(BARE_DIST);
  const browser = await launchBrowser();
  const dragNode = doc.nodes.find((n) => n.kind === 'ec2')!.id;
  const results = {
    app: { render: [] as number[], drag: [] as number[] },
    bare: { render: [] as number[], drag: [] as number[] },
  };
  try {
    for (let i = 0; i < runs; i++) {
      for (const side of ['bare', 'app'] as const) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        if (side === 'app')
          await context.addInitScript(([key, text]) => window.localStorage.setItem(key, text), [
            AUTOSAVE_KEY,
            JSON.stringify(doc),
          ] as const);
        const page = await context.newPage();
        results[side].render.push(
          await renderTime(page, side === 'app' ? app.url : bare.url, count),
        );
        await page.waitForTimeout(500);
        results[side].drag.push(await dragTaskTime(page, dragNode));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const m = (xs: number[]) => median(xs);
  return {
    nodes: count,
    appRenderMs: m(results.app.render),
    bareRenderMs: m(results.bare.render),
    renderRatio: m(results.app.render) / m(results.bare.render),
    appDragMs: m(results.app.drag),
    bareDragMs: m(results.bare.drag),
    dragRatio: m(results.app.drag) / m(results.bare.drag),
  };
}
