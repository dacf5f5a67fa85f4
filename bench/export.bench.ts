/**
 * Image export of a 500-node diagram in the built app (headless Chromium): time from the
 * click on "PNG" or "SVG" to the finished download. PNG draws the SVG export's scene
 * onto a canvas (src/export/png.ts), so its goal is a ratio to SVG export of the same
 * diagram in the same run: PNG ≤ 2× SVG. The first export loads the export code: it
 * is reported apart and not in the medians.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize } from '../src/export/pngChunks';
import { openAppWith } from './browserSession';
import { launchBrowser } from './canvas.bench';
import { generateDiagram } from './generate';
import { serve } from './serve';
import { median, ms, ratio } from './stats';

const NODES = 500;
const RUNS = 5;
/** PNG export may take at most this many times as long as SVG export of the same diagram. */
const PNG_TO_SVG_GOAL = 2;

async function chooseScale(page: Page, scale: 1 | 2) {
  await page.getByTestId('export-menu').click({ timeout: 300_000 });
  await page.getByTestId(`export-scale-${scale}`).check();
  await page.getByTestId('export-menu').click(); // close
}

/** One export through the menu: milliseconds and the downloaded bytes. */
async function timedExport(page: Page, format: 'png' | 'svg') {
  // the menu button is disabled while the previous export finishes
  await page.getByTestId('export-menu').click({ timeout: 300_000 });
  const t0 = performance.now();
  // Clicked from inside the page: an export keeps the main thread busy, and a
  // Playwright click would wait for the page to answer after clicking.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.evaluate(
      (id) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!.click(),
      `export-${format}`,
    ),
  ]);
  const path = await download.path();
  const elapsed = performance.now() - t0;
  return { ms: elapsed, bytes: new Uint8Array(readFileSync(path)) };
}

/** The width and height written on an exported SVG's root element. */
function svgFrame(bytes: Uint8Array): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(new TextDecoder().decode(bytes))?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  return { width: attr('width'), height: attr('height') };
}

/**
 * RUNS exports of each format, PNG and SVG taking turns so that a change in the
 * machine's load hits both alike: the medians, and the first files.
 */
async function alternatingExports(page: Page) {
  type Run = Awaited<ReturnType<typeof timedExport>>;
  const png: Run[] = [];
  const svg: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    svg.push(await timedExport(page, 'svg'));
    png.push(await timedExport(page, 'png'));
  }
  const medianOf = (runs: Run[]) => median(runs.map((r) => r.ms));
  return {
    pngMs: medianOf(png),
    png: png[0].bytes,
    svgMs: medianOf(svg),
    svg: svg[0].bytes,
  };
}

export async function benchExport(): Promise<Record<string, unknown>> {
  const doc = generateDiagram(NODES);
  const app = await serve(process.env.BENCH_DIST ?? 'dist');
  const browser = await launchBrowser();
  const out: Record<string, unknown> = { nodes: doc.nodes.length };
  try {
    const page = await openAppWith(browser, app.url, doc);
    const first = await timedExport(page, 'png');
    out.firstPngMs = first.ms;
    console.log(`  ${doc.nodes.length} nodes, first PNG export (loads the code): ${ms(first.ms)}`);
    for (const scale of [1, 2] as const) {
      await chooseScale(page, scale);
      const runs = await alternatingExports(page);
      const svgSize = svgFrame(runs.svg);
      const { width, height } = pngSize(runs.png);
      const pngToSvg = runs.pngMs / runs.svgMs;
      // the canvas limit (MAX_CANVAS_SIDE) lowers the scale of large diagrams, and the app says so
      const drawnScale = width / svgSize.width;
      const reduced =
        drawnScale < scale - 0.01
          ? `, scale lowered to ${drawnScale.toFixed(2)}× by the canvas limit`
          : '';
      out[`png${scale}x`] = {
        pngMs: runs.pngMs,
        svgMs: runs.svgMs,
        pngToSvg,
        width,
        height,
        drawnScale,
      };
      console.log(
        `  ${scale}×: PNG (${width}×${height} px${reduced}) ${ms(runs.pngMs)} vs SVG (${svgSize.width}×${svgSize.height}) ${ms(runs.svgMs)} (medians of ${RUNS}, taking turns) = ${ratio(pngToSvg)} (goal ≤ ${PNG_TO_SVG_GOAL}) ${pngToSvg <= PNG_TO_SVG_GOAL ? 'OK' : 'OVER'}`,
      );
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return out;
}
