/**
 * The overview map in the corner of the canvas: it draws every service and follows the
 * diagram as it changes; dragging in it pans the canvas, the wheel zooms, and a press
 * outside the view rectangle centres the view there.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { importedDoc, replaceDoc } from './documents';

const TWO_SERVICES = {
  type: 'aws-security-playground',
  version: 1,
  nodes: [
    { id: 'users', kind: 'internet', position: { x: 0, y: 0 } },
    { id: 'ec2', kind: 'ec2', position: { x: 900, y: 500 } },
  ],
  edges: [],
};

/** The overview's pixels in the colour of a service (#ff9900), by column of the map. */
function serviceColumns(page: Page): Promise<number[]> {
  return page.getByTestId('overview').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const columns = new Set<number>();
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (data[i] > 240 && Math.abs(data[i + 1] - 153) < 12 && data[i + 2] < 20) columns.add(x);
      }
    return [...columns].sort((a, b) => a - b);
  });
}

function viewport(page: Page) {
  return page.evaluate(() => {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(
      document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
    );
    return { x: Number(m?.[1]), y: Number(m?.[2]), zoom: Number(m?.[3]) };
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await replaceDoc(page, importedDoc(JSON.stringify(TWO_SERVICES)));
  await page.keyboard.press('f'); // fit both services in view, animated
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await viewport(page));
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  await expect(page.getByTestId('overview')).toHaveAttribute('aria-label', 'Overview map');
});

test('the overview draws every service and follows a move', async ({ page }) => {
  // two services far apart: two separate groups of orange columns
  await expect.poll(async () => (await serviceColumns(page)).length).toBeGreaterThan(0);
  const before = await serviceColumns(page);
  const gaps = before.filter((x, i) => i > 0 && x - before[i - 1] > 3);
  expect(gaps.length).toBe(1);
  // moving the EC2 instance next to the users leaves one group
  await page.evaluate(() =>
    window.__editorStore!.getState().commit((d) => ({
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'ec2' ? { ...n, position: { x: 100, y: 0 } } : n)),
    })),
  );
  await expect
    .poll(async () => {
      const now = await serviceColumns(page);
      return now.filter((x, i) => i > 0 && x - now[i - 1] > 3).length;
    })
    .toBe(0);
});

test('dragging in the overview pans the canvas; the wheel over it zooms', async ({ page }) => {
  const map = (await page.getByTestId('overview').boundingBox())!;
  const start = await viewport(page);
  // press in the middle (inside the view rectangle) and drag right and down
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 + 20, map.y + map.height / 2 + 10, { steps: 4 });
  await page.mouse.up();
  const panned = await viewport(page);
  // the view moved right and down over the diagram, so the diagram moved left and up
  expect(panned.x).toBeLessThan(start.x - 10);
  expect(panned.y).toBeLessThan(start.y - 5);
  expect(panned.zoom).toBeCloseTo(start.zoom);

  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(panned.zoom * 1.1);
  // and the page itself did not scroll
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // zoomed in, the view rectangle is small: a press outside it centres the view there
  const zoomed = await viewport(page);
  await page.mouse.click(map.x + 8, map.y + 8);
  const centred = await viewport(page);
  // the top-left of the diagram came towards the middle: its content moved right and down
  expect(centred.x).toBeGreaterThan(zoomed.x + 20);
  expect(centred.y).toBeGreaterThan(zoomed.y + 20);
});
