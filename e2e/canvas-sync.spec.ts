/**
 * The canvas follows the document exactly: a large change (a layout of 150 nodes, its
 * undo) reaches React Flow in slices, one per frame, with the canvas marked busy
 * meanwhile, and ends with every node drawn where the document puts it; edges attach
 * where the handles are drawn, although React Flow is handed computed handle bounds
 * instead of measuring them, also after a container is resized with the mouse, and
 * React Flow never reads a node's handles back from the page.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { generateDiagram } from '../bench/generate';
import type { Diagram, Point } from '../src/domain/document/types';
import { importedDoc, replaceDoc } from './documents';

/** A document from plain data in the public format, imported like a file. */
function imported(raw: unknown): Diagram {
  return importedDoc(JSON.stringify(raw));
}

function currentDoc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc);
}

/** Where the document puts each node on the canvas: its position plus its ancestors'. */
function canvasPositions(doc: Diagram): Record<string, Point> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const at = (id: string | undefined): Point => {
    const node = id === undefined ? undefined : byId.get(id);
    if (!node) return { x: 0, y: 0 };
    const parent = at(node.parent);
    return { x: parent.x + (node.position?.x ?? 0), y: parent.y + (node.position?.y ?? 0) };
  };
  return Object.fromEntries(doc.nodes.map((n) => [n.id, at(n.id)]));
}

/** Where React Flow draws each node: the translate of its wrapper, in canvas units. */
function drawnPositions(page: Page): Promise<Record<string, Point>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
        const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(el.style.transform);
        return [el.dataset.id ?? '?', { x: Number(m?.[1]), y: Number(m?.[2]) }];
      }),
    ),
  );
}

/** Records whether the canvas is ever marked busy from now on. */
async function watchCanvasBusy(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __canvasBusySeen: boolean };
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    w.__canvasBusySeen = false;
    new MutationObserver(() => {
      if (canvas.getAttribute('aria-busy') === 'true') w.__canvasBusySeen = true;
    }).observe(canvas, { attributes: true, attributeFilter: ['aria-busy'] });
  });
}

function canvasBusySeen(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __canvasBusySeen: boolean }).__canvasBusySeen);
}

async function expectDrawnAsDocument(page: Page) {
  await expect(page.getByTestId('canvas')).not.toHaveAttribute('aria-busy', 'true');
  const expected = canvasPositions(await currentDoc(page));
  const drawn = await drawnPositions(page);
  const off = Object.keys(expected).filter(
    (id) =>
      !drawn[id] ||
      Math.abs(drawn[id].x - expected[id].x) > 0.5 ||
      Math.abs(drawn[id].y - expected[id].y) > 0.5,
  );
  expect(off).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('a layout of 150 nodes reaches the canvas in slices and ends where the document says', async ({
  page,
}) => {
  const doc = imported(generateDiagram(150));
  expect(doc.nodes.length).toBeGreaterThanOrEqual(150);
  await replaceDoc(page, doc);
  await expectDrawnAsDocument(page);
  const past = await page.evaluate(() => window.__editorStore!.getState().past.length);

  await watchCanvasBusy(page);
  await page.getByTestId('auto-layout').click();
  await expect
    .poll(() => page.evaluate(() => window.__editorStore!.getState().past.length))
    .toBe(past + 1);
  expect(await canvasBusySeen(page)).toBe(true);
  await expectDrawnAsDocument(page);
  const laidOut = await currentDoc(page);
  expect(canvasPositions(laidOut)).not.toEqual(canvasPositions(doc));

  // Undo is as large a change, and comes back the same way.
  await watchCanvasBusy(page);
  await page.keyboard.press('Control+z');
  expect(canvasPositions(await currentDoc(page))).toEqual(canvasPositions(doc));
  await expect.poll(() => canvasBusySeen(page)).toBe(true);
  await expectDrawnAsDocument(page);
});

test('a node clips nothing but its text', async ({ page }) => {
  // Every clip is a paint chunk that Chromium sorts into layers again in each frame in
  // which nodes move (docs/decisions.md, Canvas). A service's two-line label and a
  // container's one-line header text need theirs; nothing else in a node clips.
  await replaceDoc(page, imported(generateDiagram(60)));
  const clipping = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.asp-leaf, .asp-leaf *, .asp-container, .asp-container *',
      ),
    ].flatMap((el) => {
      const style = getComputedStyle(el);
      // An image's own overflow (the browser's `clip`) is its content box, which it
      // fills; rounding it is what adds a clip.
      const isImage = el instanceof HTMLImageElement || el instanceof SVGSVGElement;
      const clipsOverflow = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      const clips = isImage ? style.borderTopLeftRadius !== '0px' : clipsOverflow;
      const isText =
        el.classList.contains('asp-leaf__label') || el.classList.contains('asp-container__text');
      if (isText || !clips) return [];
      return [`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`];
    }),
  );
  expect([...new Set(clipping)]).toEqual([]);
});

test('React Flow reads no node back from the page: not at load, not during a layout', async ({
  page,
}) => {
  // Its ResizeObserver re-reads a node's handles (`.source` inside the node) whenever it
  // sees the node's size; the canvas already gave it every size (trustedSizes.ts).
  await page.addInitScript(() => {
    const w = window as unknown as { __handleReads: number };
    w.__handleReads = 0;
    const query = Element.prototype.querySelectorAll;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      if (selector === '.source' && this.classList.contains('react-flow__node')) w.__handleReads++;
      return query.call(this, selector);
    } as typeof query;
  });
  await page.reload();
  const reads = () =>
    page.evaluate(() => (window as unknown as { __handleReads: number }).__handleReads);
  await replaceDoc(page, imported(generateDiagram(150)));
  await expectDrawnAsDocument(page);
  const past = await page.evaluate(() => window.__editorStore!.getState().past.length);
  await page.getByTestId('auto-layout').click();
  await expect
    .poll(() => page.evaluate(() => window.__editorStore!.getState().past.length))
    .toBe(past + 1);
  await expectDrawnAsDocument(page);
  await page.waitForTimeout(300); // a late observation would come within a few frames
  expect(await reads()).toBe(0);
});

test('a small change is drawn in the same frame, without slices', async ({ page }) => {
  await replaceDoc(page, imported(generateDiagram(150)));
  await watchCanvasBusy(page);
  await page.evaluate(() => {
    const store = window.__editorStore!;
    const ec2 = store.getState().doc.nodes.find((n) => n.kind === 'ec2')!;
    store.getState().commit((d) => ({
      ...d,
      nodes: d.nodes.map((n) =>
        n.id === ec2.id ? { ...n, position: { x: n.position!.x + 40, y: n.position!.y } } : n,
      ),
    }));
  });
  await expectDrawnAsDocument(page);
  expect(await canvasBusySeen(page)).toBe(false);
});

const USERS_TO_VPC = {
  type: 'aws-security-playground',
  version: 1,
  nodes: [
    { id: 'users', kind: 'internet', position: { x: 40, y: 200 } },
    {
      id: 'vpc',
      kind: 'vpc',
      position: { x: 400, y: 100 },
      size: { width: 420, height: 300 },
      props: { cidr: '10.0.0.0/16' },
    },
  ],
  edges: [{ id: 'in', source: 'users', target: 'vpc' }],
};

/** The first and last points of an edge's path, on the screen. */
function edgeEnds(page: Page, edgeId: string) {
  return page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`[data-testid="rf__edge-${id}"] path`)!;
    const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const origin = document.querySelector('.react-flow')!.getBoundingClientRect();
    const screen = (x: number, y: number) => ({
      x: origin.left + m.e + m.a * x,
      y: origin.top + m.f + m.d * y,
    });
    return {
      start: screen(numbers[0], numbers[1]),
      end: screen(numbers[numbers.length - 2], numbers[numbers.length - 1]),
    };
  }, edgeId);
}

/** Where an edge leaving (right) or entering (left) a node's hovered handle touches it. */
async function handlePoint(page: Page, nodeId: string, side: 'left' | 'right') {
  await page.getByTestId(`node-${nodeId}`).hover();
  const box = (await page.getByTestId(`handle-${nodeId}-${side}`).boundingBox())!;
  return { x: side === 'right' ? box.x + box.width : box.x, y: box.y + box.height / 2 };
}

async function expectEdgeOnHandles(page: Page) {
  const ends = await edgeEnds(page, 'in');
  const source = await handlePoint(page, 'users', 'right');
  const target = await handlePoint(page, 'vpc', 'left');
  expect(Math.abs(ends.start.x - source.x)).toBeLessThan(1);
  expect(Math.abs(ends.start.y - source.y)).toBeLessThan(1);
  expect(Math.abs(ends.end.x - target.x)).toBeLessThan(1);
  expect(Math.abs(ends.end.y - target.y)).toBeLessThan(1);
}

test('edges start and end where the handles of a service and a container are drawn', async ({
  page,
}) => {
  await replaceDoc(page, imported(USERS_TO_VPC));
  // React Flow measured both nodes when they appeared. Once moved, they are re-adopted
  // with the computed handle bounds and nothing is measured: the edge then follows
  // handleGeometry's numbers, which must be where the handles are drawn.
  await page.evaluate(() => {
    const store = window.__editorStore!.getState();
    store.commit((d) => ({
      ...d,
      nodes: d.nodes.map((n) => ({
        ...n,
        position: { x: n.position!.x + 30, y: n.position!.y + 20 },
      })),
    }));
    store.requestFit();
  });
  await page.waitForTimeout(600); // the fit animation
  await expectEdgeOnHandles(page);
});

test('an edge follows a container resized with the mouse', async ({ page }) => {
  await replaceDoc(page, imported(USERS_TO_VPC));
  await page.evaluate(() => window.__editorStore!.getState().requestFit());
  await page.waitForTimeout(600); // the fit animation
  await page.getByTestId('node-vpc').click({ position: { x: 120, y: 14 } });
  const corner = page.locator(
    '.react-flow__node[data-id="vpc"] .react-flow__resize-control.handle.bottom.right',
  );
  const from = (await corner.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(() =>
      page.evaluate(
        () => window.__editorStore!.getState().doc.nodes.find((n) => n.id === 'vpc')!.size!.height,
      ),
    )
    .toBeGreaterThan(300);
  // the left handle sits halfway down the new height, and the edge ends on it
  await expectEdgeOnHandles(page);
});
