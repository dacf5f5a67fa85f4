/**
 * PNG export of a 500-node diagram in the built app (headless Chromium): time from the
 * click on "PNG" to the finished download (render by html-to-image, encode, embed the
 * document chunk), 1× and 2×. The first export loads the export code: it is reported
 * apart and not in the median.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize } from '../src/export/pngChunks';
import { openAppWith } from './browserSession';
import { launchBrowser } from './canvas.bench';
import { generateDiagram } from './generate';
import { serve } from './serve';
import { median, ms } from './stats';

const NODES = 500;

async function chooseScale(page: Page, scale: 1 | 2) {
  await page.getByTestId('export-menu').click({ timeout: 300_000 });
  await page.getByTestId(`export-scale-${scale}`).check();
  await page.getByTestId('export-menu').click(); // close
}

/** One PNG export through the menu: milliseconds and the image's size. */
async function timedPngExport(page: Page) {
  // the menu button is disabled while the previous export finishes
  await page.getByTestId('export-menu').click({ timeout: 300_000 });
  const t0 = performance.now();
  // Clicked from inside the page: html-to-image keeps the main thread busy, and a
  // Playwright click would wait for the page to answer after clicking.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-testid="export-png"]')!.click(),
    ),
  ]);
  const path = await download.path();
  const elapsed = performance.now() - t0;
  const { width, height } = pngSize(new Uint8Array(readFileSync(path)));
  return { ms: elapsed, width, height };
}

export async function benchExport(): Promise<Record<string, unknown>> {
  const doc = generateDiagram(NODES);
  const app = await serve(process.env.BENCH_DIST ?? 'dist');
  const browser = await launchBrowser();
  const out: Record<string, unknown> = { nodes: doc.nodes.length };
  try {
    const page = await openAppWith(browser, app.url, doc);
    const first = await timedPngExport(page);
    out.firstPngMs = first.ms;
    console.log(`  ${doc.nodes.length} nodes, first PNG export (loads the code): ${ms(first.ms)}`);
    for (const scale of [1, 2] as const) {
      await chooseScale(page, scale);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await timedPngExport(page));
      const { width, height } = runs[0];
      out[`png${scale}xMs`] = median(runs.map((r) => r.ms));
      out[`png${scale}xSize`] = { width, height };
      console.log(
        `  PNG ${scale}× (${width}×${height} px): ${ms(median(runs.map((r) => r.ms)))} (median of 3)`,
      );
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return out;
}
