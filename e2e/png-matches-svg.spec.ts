/**
 * PNG and SVG export are one picture: for every preset, the exported PNG against the
 * exported SVG as the browser draws it in a page of its own (a document, not the image
 * path PNG export takes), compared pixel by pixel with pixelmatch.
 *
 * Thresholds, with pixelmatch's colour threshold 0.1 (its default; anti-aliased pixels
 * are detected and ignored): at most 0.1% of all pixels differ, and at most 10% of any
 * 16×16 CSS-px square (about one short label). Both pictures are drawn by the same
 * Skia from the same shapes, so what remains is anti-aliasing at the edges of letters:
 * measured 0 to 4 differing pixels per preset at 1× (at most 4 in one square, 1.6%),
 * and 0.03% of the pixels at 2× on a transparent background (at most 5% of a square,
 * the white outline of labels). A drifted PNG is far past them: the last test checks
 * that one missing label (20% of a square), one missing icon, a missing background and
 * the picture moved by one pixel are each caught.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import type { PolicyGuard } from './fixtures';
import { importedDoc, replaceDoc } from './documents';
import { downloadExport } from './exportMenu';

/** Share of all pixels that may differ between the PNG and the drawn SVG (see above). */
const MAX_DIFF_SHARE = 0.001;
/** Side of the squares (CSS px) checked for local differences: about one short label. */
const PATCH = 16;
/** Share of one square's pixels that may differ (see above). */
const MAX_PATCH_SHARE = 0.1;
/** pixelmatch's colour distance under which two pixels count as equal (its default). */
const COLOUR_THRESHOLD = 0.1;

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

const PRESETS = readdirSync('presets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, text: readFileSync(`presets/${f}`, 'utf8') }));

const SMALL_PRESET = PRESETS.find((p) => p.file === 'cloudfront-waf-alb.json')!.text;

function decodePng(bytes: Buffer): Rgba {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/** Both exports of the open diagram: the PNG decoded, the SVG as text. */
async function exports(page: Page): Promise<{ png: Rgba; svg: string }> {
  const png = decodePng((await downloadExport(page, 'export-png')).bytes);
  const svg = (await downloadExport(page, 'export-svg')).bytes.toString('utf8');
  return { png, svg };
}

/** Draws SVG files as documents at `scale` device pixels per CSS pixel, as RGBA. */
async function svgPainter(browser: Browser, guard: PolicyGuard, scale: number) {
  const context = await browser.newContext({ deviceScaleFactor: scale });
  await guard.watch(context);
  const page = await context.newPage();
  return {
    async draw(svg: string): Promise<Rgba> {
      const size = /<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!;
      await page.setViewportSize({
        width: Math.ceil(Number(size[1])),
        height: Math.ceil(Number(size[2])),
      });
      // the file without its XML declaration, alone in an HTML page
      await page.setContent(
        `<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*\?>/, '')}</body>`,
      );
      return decodePng(await page.locator('svg').first().screenshot({ omitBackground: true }));
    },
    close: () => context.close(),
  };
}

/** How far two images of the same size differ: in all, and in the worst square. */
function difference(a: Rgba, b: Rgba, scale: number) {
  expect({ width: a.width, height: a.height }).toEqual({ width: b.width, height: b.height });
  const options = { threshold: COLOUR_THRESHOLD };
  const side = PATCH * scale;
  const all = pixelmatch(a.data, b.data, null, a.width, a.height, options);
  const patch = pixelmatch(a.data, b.data, null, a.width, a.height, {
    ...options,
    windowSize: side,
  });
  return { share: all / (a.width * a.height), patchShare: patch / (side * side) };
}

function isSamePicture(d: { share: number; patchShare: number }): boolean {
  return d.share <= MAX_DIFF_SHARE && d.patchShare <= MAX_PATCH_SHARE;
}

async function openPreset(page: Page, text: string) {
  await replaceDoc(page, importedDoc(text));
  // every icon decoded before the export reads the canvas
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll<HTMLImageElement>('.react-flow__node img')].map((img) =>
        img.decode().catch(() => undefined),
      ),
    ),
  );
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('every preset: the PNG is the SVG drawn (1×, white)', async ({
  page,
  browser,
  policyGuard,
}) => {
  // 34 presets, two exports each: about 25 s on a 2-core machine
  test.setTimeout(120_000);
  const painter = await svgPainter(browser, policyGuard, 1);
  try {
    for (const { file, text } of PRESETS) {
      await openPreset(page, text);
      const { png, svg } = await exports(page);
      const d = difference(png, await painter.draw(svg), 1);
      expect.soft(isSamePicture(d), `${file}: ${JSON.stringify(d)}`).toBe(true);
    }
  } finally {
    await painter.close();
  }
});

test('at 2× on a transparent background, without badges', async ({
  page,
  browser,
  policyGuard,
}) => {
  await openPreset(page, SMALL_PRESET);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-scale-2').check();
  await page.getByTestId('export-background-transparent').check();
  await page.getByTestId('export-badges').uncheck();
  await page.getByTestId('export-menu').click();
  const { png, svg } = await exports(page);
  const painter = await svgPainter(browser, policyGuard, 2);
  try {
    expect(png.data[3]).toBe(0); // the corner is transparent
    const d = difference(png, await painter.draw(svg), 2);
    expect(isSamePicture(d), JSON.stringify(d)).toBe(true);
  } finally {
    await painter.close();
  }
});

test('the comparison catches a drifted PNG', async ({ page, browser, policyGuard }) => {
  await openPreset(page, SMALL_PRESET);
  const { png, svg } = await exports(page);
  const painter = await svgPainter(browser, policyGuard, 1);
  try {
    const drawn = await painter.draw(svg);
    expect(isSamePicture(difference(png, drawn, 1))).toBe(true);
    const drifted = async (changed: string) => {
      expect(changed).not.toBe(svg);
      return difference(png, await painter.draw(changed), 1);
    };

    // one service label fewer: a local difference
    const unlabelled = await drifted(
      svg.replace(/(<g class="asp-leaf">.*?)<text\b.*?<\/text>/, '$1'),
    );
    expect(unlabelled.share).toBeLessThanOrEqual(MAX_DIFF_SHARE);
    expect(unlabelled.patchShare).toBeGreaterThan(MAX_PATCH_SHARE);

    // one icon fewer
    expect(isSamePicture(await drifted(svg.replace(/<image\b[^>]*\/>/, '')))).toBe(false);

    // no white background
    expect(isSamePicture(await drifted(svg.replace(/<rect [^>]*fill="#ffffff"\/>\n/, '')))).toBe(
      false,
    );

    // the whole picture one pixel to the right
    const shifted = new Uint8Array(png.data.length);
    const row = png.width * 4;
    for (let y = 0; y < png.height; y++)
      shifted.set(png.data.subarray(y * row, (y + 1) * row - 4), y * row + 4);
    const moved = difference({ ...png, data: shifted }, drawn, 1);
    expect(isSamePicture(moved), JSON.stringify(moved)).toBe(false);
  } finally {
    await painter.close();
  }
});
