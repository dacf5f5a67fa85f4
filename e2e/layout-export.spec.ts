/**
 * Auto layout and export in a real browser: layout in the worker as one undo step,
 * the Shift+L shortcut, layout on open, and PNG / SVG / JSON downloads (PNG size,
 * pixels, the embedded document, re-import). The document is read from
 * `window.__editorStore`; geometry is checked with the same pure helpers the unit
 * tests use.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { diagramBounds } from '../src/domain/document/geometry';
import type { Diagram } from '../src/domain/document/types';
import { EXPORT_PADDING, MAX_CANVAS_SIDE } from '../src/export/imageFrame';
import { pngSize, readChunks, writeChunks } from '../src/export/pngChunks';
import { readDocumentFromPng } from '../src/export/pngDocument';
import { checkLayout } from '../src/layout/checkLayout';
import { nodesOutsideCanvas } from './canvasView';
import { importedDoc, replaceDoc } from './documents';
import { downloadExport as download } from './exportMenu';

const TITLE = 'Web app behind CloudFront';

/** A small AWS diagram in the public format; every node sits at the origin of its parent. */
function rawDiagram(withPositions: boolean) {
  const at = withPositions ? { position: { x: 0, y: 0 } } : {};
  const node = (id: string, kind: string, label: string, parent?: string, props?: object) => ({
    id,
    kind,
    label,
    ...(parent ? { parent } : {}),
    ...at,
    ...(props ? { props } : {}),
  });
  return {
    type: 'aws-security-playground',
    version: 1,
    title: TITLE,
    nodes: [
      node('internet', 'internet', 'Users'),
      node('cf', 'cloudfront', 'Web CDN'),
      node('waf', 'waf', 'Edge WAF', undefined, { scope: 'cloudfront' }),
      node('gd', 'guardduty', 'Threat detection'),
      node('vpc', 'vpc', 'Main VPC'),
      node('pub', 'subnet', 'Public A', 'vpc', { tier: 'public' }),
      node('alb', 'alb', 'Web ALB', 'pub'),
      node('priv', 'subnet', 'App A', 'vpc'),
      node('ec2', 'ec2', 'アプリサーバー', 'priv'),
    ],
    edges: [
      { id: 'e1', source: 'internet', target: 'cf' },
      { id: 'e2', source: 'cf', target: 'alb' },
      { id: 'e3', source: 'alb', target: 'ec2' },
      { id: 'e4', source: 'waf', target: 'cf' },
      { id: 'e5', source: 'gd', target: 'vpc' },
    ],
  };
}

async function state(page: Page) {
  return page.evaluate(() => {
    const s = window.__editorStore!.getState();
    return { doc: s.doc, past: s.past.length };
  });
}

/**
 * Records whether the layout progress indicator ever appears from now on, and how its
 * spinner is animated when it does.
 */
async function watchBusy(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __busySeen: boolean; __spinnerTiming: string };
    const look = () => {
      const busy = document.querySelector('[data-testid="layout-busy"]');
      if (!busy) return;
      w.__busySeen = true;
      const spinner = busy.querySelector('.asp-layout__spinner');
      if (spinner) w.__spinnerTiming = getComputedStyle(spinner).animationTimingFunction;
    };
    w.__busySeen = false;
    look();
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
  });
}

function busySeen(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __busySeen: boolean }).__busySeen);
}

function spinnerTiming(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __spinnerTiming?: string }).__spinnerTiming);
}

/** Waits until a layout finished and returns the document. */
async function afterLayout(page: Page, pastBefore: number) {
  await expect.poll(async () => (await state(page)).past).toBe(pastBefore + 1);
  await expect(page.getByTestId('layout-busy')).toHaveCount(0);
  return (await state(page)).doc;
}

async function openFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByTestId('toolbar-open-input').setInputFiles({ name, mimeType, buffer });
}

/** Opens the small diagram as a file without positions (ELK places it on open); returns it. */
async function openUnplaced(page: Page): Promise<Diagram> {
  await openFile(
    page,
    'unplaced.json',
    'application/json',
    Buffer.from(JSON.stringify(rawDiagram(false))),
  );
  // ELK starts in the worker first: give a loaded machine time
  await expect.poll(async () => (await state(page)).doc.nodes.length, { timeout: 30_000 }).toBe(9);
  return (await state(page)).doc;
}

/** Distinct colours, share of non-white pixels and the top-left pixel of a PNG, decoded by the browser. */
function pixelStats(page: Page, image: Buffer, type = 'image/png') {
  return page.evaluate(
    async ([base64, mime]) => {
      const img = new Image();
      img.src = `data:${mime};base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add(
          ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0,
        );
        if (data[i + 3] > 0 && (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250)) inked++;
      }
      return {
        colours: colours.size,
        inkedShare: inked / (data.length / 4),
        corner: [...data.slice(0, 4)],
      };
    },
    [image.toString('base64'), type] as const,
  );
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('opening a file without positions lays it out before showing it', async ({ page }) => {
  await openUnplaced(page);
  const { doc, past } = await state(page);
  expect(past).toBe(1);
  expect(doc.nodes.every((n) => n.position !== undefined)).toBe(true);
  expect(checkLayout(doc)).toEqual([]);
  await expect(page.getByTestId('node-ec2')).toBeVisible();
});

test('auto layout is one undo step and keeps children inside their parents', async ({ page }) => {
  const piled = importedDoc(JSON.stringify(rawDiagram(true)));
  expect(checkLayout(piled).length).toBeGreaterThan(0);
  await replaceDoc(page, piled);
  // zoomed in on one node: most of the diagram is off screen until the view fits
  await page.evaluate(() => window.__editorStore!.getState().focusOn(['ec2']));
  const before = await state(page);
  await watchBusy(page);

  await page.getByTestId('auto-layout').click();
  const doc = await afterLayout(page, before.past);
  expect(await busySeen(page)).toBe(true);
  // Without a GPU, each frame in which the spinner moves is composited by the CPU that
  // ELK's worker needs: it turns in a few steps a second, not once per frame.
  expect(await spinnerTiming(page)).toMatch(/^steps\(/);
  expect(checkLayout(doc)).toEqual([]);
  // the view fits afterwards: every node is inside the canvas
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  // the same nodes and edges, only positions and container sizes changed
  expect(doc.nodes.map((n) => ({ ...n, position: undefined, size: undefined }))).toEqual(
    piled.nodes.map((n) => ({ ...n, position: undefined, size: undefined })),
  );
  expect(doc.edges).toEqual(piled.edges);
  // traffic reads left to right: the internet left of CloudFront, CloudFront left of the VPC
  const x = (id: string) => doc.nodes.find((n) => n.id === id)!.position!.x;
  expect(x('internet')).toBeLessThan(x('cf'));
  expect(x('cf')).toBeLessThan(x('vpc'));

  await page.getByTestId('toolbar-undo').click();
  expect((await state(page)).doc).toEqual(piled);
});

test('after a layout the view frames the new bounds and no container header is cut', async ({
  page,
}) => {
  // A laid-out file whose containers ELK resizes: the view must frame the new sizes,
  // not the ones React Flow measured before the layout.
  const laid = importedDoc(readFileSync('e2e/fixtures/laid-out-web-app.json', 'utf8'));
  await replaceDoc(page, laid);
  await page.evaluate(() => window.__editorStore!.getState().requestFit());
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  const before = await state(page);
  await page.getByTestId('auto-layout').click();
  await afterLayout(page, before.past);
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  const cutHeaders = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.asp-container__header')]
      .filter((h) => [...h.children].some((part) => part.scrollWidth > part.clientWidth + 1))
      .map((h) => h.closest<HTMLElement>('.react-flow__node')?.dataset.id),
  );
  expect(cutHeaders).toEqual([]);
});

/**
 * One VPC holding `subnets` subnets of `perSubnet` instances each, piled at the origin;
 * each subnet's instances in a chain, so that ELK lays them out in a row.
 */
function oneVpcDiagram(subnets: number, perSubnet: number) {
  const nodes: object[] = [{ id: 'vpc', kind: 'vpc', position: { x: 0, y: 0 } }];
  const edges: object[] = [];
  for (let s = 0; s < subnets; s++) {
    nodes.push({ id: `sn${s}`, kind: 'subnet', parent: 'vpc', position: { x: 0, y: 0 } });
    for (let i = 0; i < perSubnet; i++) {
      nodes.push({ id: `ec2-${s}-${i}`, kind: 'ec2', parent: `sn${s}`, position: { x: 0, y: 0 } });
      if (i > 0)
        edges.push({ id: `e-${s}-${i}`, source: `ec2-${s}-${i - 1}`, target: `ec2-${s}-${i}` });
    }
  }
  return { type: 'aws-security-playground', version: 1, title: 'One VPC', nodes, edges };
}

test('on a large canvas the view fits after a layout in one step, not animated', async ({
  page,
}) => {
  // 241 nodes under one top-level container: the layout reaches React Flow in its own
  // commit, without slices. An animated fit would repaint every node in each of its
  // frames (fitAtOnce.ts); the view must jump to the framing once.
  const doc = importedDoc(JSON.stringify(oneVpcDiagram(24, 9)));
  await replaceDoc(page, doc);
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]); // opening fits the view
  await page.waitForTimeout(500);
  const before = await state(page);
  await page.evaluate(() => {
    const w = window as unknown as { __transforms: string[]; __watching: boolean };
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    w.__transforms = [viewport.style.transform];
    w.__watching = true;
    const look = () => {
      if (!w.__watching) return;
      const now = viewport.style.transform;
      if (now !== w.__transforms[w.__transforms.length - 1]) w.__transforms.push(now);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.getByTestId('auto-layout').click();
  await afterLayout(page, before.past);
  await expect.poll(() => nodesOutsideCanvas(page), { timeout: 10_000 }).toEqual([]);
  await page.waitForTimeout(500); // an animated fit would still be moving or just ended
  const transforms = await page.evaluate(() => {
    const w = window as unknown as { __transforms: string[]; __watching: boolean };
    w.__watching = false;
    return w.__transforms;
  });
  expect(transforms).toHaveLength(2); // where it was, then the framing
});

test('layout options: top to bottom, and only the selected container', async ({ page }) => {
  await replaceDoc(page, importedDoc(JSON.stringify(rawDiagram(true))));
  await page.getByTestId('auto-layout-options').click();
  await expect(page.getByTestId('layout-scope-container')).toBeDisabled();
  await page.getByTestId('layout-direction-DOWN').check();
  let past = (await state(page)).past;
  await page.getByTestId('layout-run').click();
  let doc = await afterLayout(page, past);
  const y = (d: Diagram, id: string) => d.nodes.find((n) => n.id === id)!.position!.y;
  expect(y(doc, 'internet')).toBeLessThan(y(doc, 'cf'));
  expect(checkLayout(doc)).toEqual([]);

  // select the VPC; lay out only its contents, left to right
  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: ['vpc'], edges: [] }));
  await page.getByTestId('auto-layout-options').click();
  await page.getByTestId('layout-scope-container').check();
  await page.getByTestId('layout-direction-RIGHT').check();
  past = (await state(page)).past;
  const vpcBefore = doc.nodes.find((n) => n.id === 'vpc')!;
  const outsideBefore = doc.nodes.filter((n) => ['internet', 'cf', 'waf', 'gd'].includes(n.id));
  await page.getByTestId('layout-run').click();
  doc = await afterLayout(page, past);
  expect(doc.nodes.find((n) => n.id === 'vpc')!.position).toEqual(vpcBefore.position);
  // outside the VPC nothing changes but where the wider VPC would cover a sibling: that
  // sibling moves aside (right or down), so nothing overlaps
  for (const was of outsideBefore) {
    const now = doc.nodes.find((n) => n.id === was.id)!;
    expect({ ...now, position: undefined }).toEqual({ ...was, position: undefined });
    expect(now.position!.x).toBeGreaterThanOrEqual(was.position!.x);
    expect(now.position!.y).toBeGreaterThanOrEqual(was.position!.y);
  }
  // inside the VPC the two subnets now sit side by side
  expect(y(doc, 'pub')).toBe(y(doc, 'priv'));
  expect(checkLayout(doc)).toEqual([]);
});

test('Shift+L lays out, but not while typing in a field', async ({ page }) => {
  await replaceDoc(page, importedDoc(JSON.stringify(rawDiagram(true))));
  // a first layout loads the layout code and the worker
  let past = (await state(page)).past;
  await page.getByTestId('auto-layout').click();
  await afterLayout(page, past);
  await replaceDoc(page, importedDoc(JSON.stringify(rawDiagram(true))));
  past = (await state(page)).past;

  await watchBusy(page);
  const field = page
    .getByRole('searchbox')
    .or(page.locator('input[type="text"], input:not([type])'))
    .first();
  await field.focus();
  await page.keyboard.press('Shift+L');
  await expect(field).toHaveValue(/L$/);
  await page.waitForTimeout(300);
  expect(await busySeen(page)).toBe(false);
  expect((await state(page)).past).toBe(past);

  await field.blur();
  await page.keyboard.press('Shift+L');
  const doc = await afterLayout(page, past);
  expect(checkLayout(doc)).toEqual([]);
});

test('PNG export: whole diagram at 2×, not blank, carries the document, reopens', async ({
  page,
}) => {
  const doc = await openUnplaced(page);
  // zoom in so that most of the diagram is off screen: the export must not care
  await page.evaluate(() => window.__editorStore!.getState().focusOn(['ec2']));

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-scale-2').check();
  await page.getByTestId('export-menu').click();
  const { file, bytes } = await download(page, 'export-png');
  expect(file.suggestedFilename()).toBe('web-app-behind-cloudfront.png');

  const bounds = diagramBounds(doc);
  expect(pngSize(bytes)).toEqual({
    width: (Math.ceil(bounds.width) + 2 * EXPORT_PADDING) * 2,
    height: (Math.ceil(bounds.height) + 2 * EXPORT_PADDING) * 2,
  });
  const stats = await pixelStats(page, bytes);
  expect(stats.colours).toBeGreaterThan(16);
  expect(stats.inkedShare).toBeGreaterThan(0.02);
  expect(stats.corner).toEqual([255, 255, 255, 255]);

  // the embedded document is the diagram, in a tEXt chunk
  expect(readChunks(bytes).map((c) => c.type)).toContain('tEXt');
  const embedded = readDocumentFromPng(bytes);
  expect(embedded.ok).toBe(true);
  if (embedded.ok) expect(importedDoc(embedded.text)).toEqual(doc);

  // opening the PNG restores it
  await replaceDoc(
    page,
    importedDoc(JSON.stringify({ ...rawDiagram(true), nodes: [], edges: [] })),
  );
  await openFile(page, 'web-app-behind-cloudfront.png', 'image/png', bytes);
  await expect.poll(async () => (await state(page)).doc.nodes.length).toBe(9);
  expect((await state(page)).doc).toEqual(doc);
});

test('PNG export with a transparent background at 1×', async ({ page }) => {
  const doc = await openUnplaced(page);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-background-transparent').check();
  await page.getByTestId('export-menu').click();
  const { bytes } = await download(page, 'export-png');
  const bounds = diagramBounds(doc);
  expect(pngSize(bytes)).toEqual({
    width: Math.ceil(bounds.width) + 2 * EXPORT_PADDING,
    height: Math.ceil(bounds.height) + 2 * EXPORT_PADDING,
  });
  const stats = await pixelStats(page, bytes);
  expect(stats.corner[3]).toBe(0);
  expect(stats.inkedShare).toBeGreaterThan(0.02);
});

test('a PNG over the canvas limit is drawn at a lower scale, with a notice', async ({ page }) => {
  // two services 12,000 px apart: at 2× the image would be over MAX_CANVAS_SIDE wide
  const far = {
    ...rawDiagram(true),
    nodes: [
      { id: 'a', kind: 'ec2', label: 'West', position: { x: 0, y: 0 } },
      { id: 'b', kind: 's3', label: 'East', position: { x: 12_000, y: 40 } },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b' }],
  };
  const doc = importedDoc(JSON.stringify(far));
  await replaceDoc(page, doc);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-scale-2').check();
  await page.getByTestId('export-menu').click();
  const { bytes } = await download(page, 'export-png');

  const bounds = diagramBounds(doc);
  const width = Math.ceil(bounds.width) + 2 * EXPORT_PADDING;
  const height = Math.ceil(bounds.height) + 2 * EXPORT_PADDING;
  const scale = MAX_CANVAS_SIDE / width;
  expect(scale).toBeLessThan(2);
  const size = pngSize(bytes);
  expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  expect(size.width).toBeGreaterThanOrEqual(MAX_CANVAS_SIDE - 1);
  expect(size.height).toBe(Math.floor(height * scale));
  await expect(page.getByTestId('notice-warning')).toContainText(
    `${size.width} × ${size.height} pixels`,
  );
  expect((await pixelStats(page, bytes)).colours).toBeGreaterThan(16);
  const embedded = readDocumentFromPng(bytes);
  expect(embedded.ok && importedDoc(embedded.text)).toEqual(doc);
});

test('a PNG without a diagram is refused with a notice', async ({ page }) => {
  // an exported PNG with its document chunk taken out
  await openUnplaced(page);
  const exported = (await download(page, 'export-png')).bytes;
  const plain = Buffer.from(
    writeChunks(readChunks(exported).filter((c) => c.type !== 'tEXt' && c.type !== 'iTXt')),
  );
  const before = (await state(page)).doc;
  await openFile(page, 'photo.png', 'image/png', plain);
  await expect(page.getByTestId('notice-error')).toContainText('photo.png');
  expect((await state(page)).doc).toEqual(before);
});

test('JSON export re-imports to the same document', async ({ page }) => {
  const doc = await openUnplaced(page);
  const { file, bytes } = await download(page, 'export-json');
  expect(file.suggestedFilename()).toBe('web-app-behind-cloudfront.json');
  expect(importedDoc(bytes.toString('utf8'))).toEqual(doc);

  await replaceDoc(
    page,
    importedDoc(JSON.stringify({ ...rawDiagram(true), nodes: [], edges: [] })),
  );
  await openFile(page, 'web-app-behind-cloudfront.json', 'application/json', bytes);
  await expect.poll(async () => (await state(page)).doc.nodes.length).toBe(9);
  expect((await state(page)).doc).toEqual(doc);
});

/** The SVG 1.1 elements the export writes: nothing an editor or slide tool cannot draw. */
const PLAIN_SVG = new Set([
  'svg',
  'title',
  'defs',
  'marker',
  'clipPath',
  'g',
  'rect',
  'circle',
  'path',
  'image',
  'text',
  'tspan',
]);

/** What a downloaded SVG holds, parsed by the browser. */
function readSvg(page: Page, bytes: Buffer) {
  return page.evaluate((text) => {
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    const xlink = 'http://www.w3.org/1999/xlink';
    return {
      error: svg.querySelector('parsererror')?.textContent ?? null,
      root: svg.documentElement.nodeName,
      title: svg.querySelector('svg > title')?.textContent ?? null,
      elements: [...svg.querySelectorAll('*')].map((el) => el.nodeName),
      texts: [...svg.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        lines: t.querySelectorAll('tspan').length,
      })),
      icons: [...svg.querySelectorAll('image')]
        .map((img) => img.getAttributeNS(xlink, 'href') ?? '')
        .filter((src) => src.startsWith('data:image/svg+xml')),
      edges: [...svg.querySelectorAll('g.asp-edge path')].map((p) => p.getAttribute('marker-end')),
      markers: [...svg.querySelectorAll('marker')].map((m) => m.id),
      boxes: [...svg.querySelectorAll('g.asp-container')].map((g) => ({
        label: g.querySelector('text')?.textContent ?? '',
        x: Number(g.querySelector('rect')!.getAttribute('x')),
        y: Number(g.querySelector('rect')!.getAttribute('y')),
      })),
    };
  }, bytes.toString('utf8'));
}

test('SVG export is plain SVG with every label, icon and edge', async ({ page }) => {
  const doc = await openUnplaced(page);
  const { file, bytes } = await download(page, 'export-svg');
  expect(file.suggestedFilename()).toBe('web-app-behind-cloudfront.svg');
  const svg = await readSvg(page, bytes);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.title).toBe(TITLE);
  // no foreignObject, no HTML: tools other than browsers draw every element
  expect(svg.elements.filter((name) => !PLAIN_SVG.has(name))).toEqual([]);
  // each label is one text element (its lines as tspans)
  const texts = svg.texts.map((t) => t.text);
  for (const n of doc.nodes) expect(texts).toContain(n.label!);
  // one vector icon per node (containers show theirs in the header)
  expect(svg.icons.length).toBe(doc.nodes.length);
  expect(new Set(svg.icons).size).toBe(new Set(doc.nodes.map((n) => n.kind)).size);
  // every edge with its kind's marker, defined in the file
  expect(svg.edges).toHaveLength(doc.edges.length);
  for (const marker of svg.edges) expect(svg.markers).toContain(/#([^)]+)/.exec(marker!)![1]);
  // containers sit where the document puts them, in the frame of the PNG export
  const bounds = diagramBounds(doc);
  const vpc = doc.nodes.find((n) => n.id === 'vpc')!;
  const box = svg.boxes.find((b) => b.label.startsWith('Main VPC'))!;
  // the 2 px border is drawn 1 px inside the box
  expect(box.x).toBeCloseTo(vpc.position!.x - bounds.x + EXPORT_PADDING + 1, 0);
  expect(box.y).toBeCloseTo(vpc.position!.y - bounds.y + EXPORT_PADDING + 1, 0);
  // and a browser draws it: the SVG as an image is not blank
  const stats = await pixelStats(page, bytes, 'image/svg+xml');
  expect(stats.colours).toBeGreaterThan(16);
  expect(stats.inkedShare).toBeGreaterThan(0.02);
});

test('SVG export is the same at any zoom and keeps labels wrapped as drawn', async ({ page }) => {
  const raw = rawDiagram(false);
  const long = 'A server name far too long to fit on the two lines a service label has';
  raw.nodes.find((n) => n.id === 'ec2')!.label = long;
  raw.nodes.find((n) => n.id === 'gd')!.label = 'Threat detection everywhere';
  await openFile(page, 'long.json', 'application/json', Buffer.from(JSON.stringify(raw)));
  await expect.poll(async () => (await state(page)).doc.nodes.length, { timeout: 30_000 }).toBe(9);
  await page.waitForTimeout(300);
  const first = (await download(page, 'export-svg')).bytes.toString('utf8');

  // lines as the canvas draws them (line boxes of the label's text), at most two
  const drawnLines = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const label of document.querySelectorAll('.asp-leaf__label')) {
      const range = document.createRange();
      range.selectNodeContents(label);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      out[label.textContent ?? ''] = Math.min(2, tops.size);
    }
    return out;
  });
  expect(drawnLines['Threat detection everywhere']).toBe(2);
  const svg = await readSvg(page, Buffer.from(first));
  for (const [label, lines] of Object.entries(drawnLines)) {
    if (label === long) continue;
    expect(svg.texts).toContainEqual({ text: label, lines });
  }
  // cut on the canvas after two lines, cut in the file with an ellipsis
  const cut = svg.texts.find((t) => t.text.startsWith('A server name'))!;
  expect(cut.lines).toBe(2);
  expect(cut.text.endsWith('…')).toBe(true);
  expect(long.startsWith(cut.text.slice(0, -1).trimEnd())).toBe(true);

  // zoomed in, the file is the same picture (positions come from the diagram, not the screen)
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await page.waitForTimeout(400);
  const zoomed = (await download(page, 'export-svg')).bytes.toString('utf8');
  const numbers = (text: string) => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const [a, b] = [numbers(first), numbers(zoomed)];
  expect(b).toHaveLength(a.length);
  expect(Math.max(...a.map((n, i) => Math.abs(n - b[i])))).toBeLessThan(0.1);
});

test('finding badges are in the exported image only when asked', async ({ page }) => {
  await openUnplaced(page);
  const onCanvas = page.locator('.asp-finding-badge');
  await expect(onCanvas.first()).toBeVisible();
  const shown = await onCanvas.count();
  const badgesIn = (svg: Buffer) =>
    page.evaluate(
      (text) =>
        new DOMParser()
          .parseFromString(text, 'image/svg+xml')
          .querySelectorAll('[class~="asp-finding-badge"]').length,
      svg.toString('utf8'),
    );

  expect(await badgesIn((await download(page, 'export-svg')).bytes)).toBe(shown);

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-badges').uncheck();
  await page.getByTestId('export-menu').click();
  expect(await badgesIn((await download(page, 'export-svg')).bytes)).toBe(0);
  const png = (await download(page, 'export-png')).bytes;
  expect((await pixelStats(page, png)).inkedShare).toBeGreaterThan(0.02);
  // the canvas keeps showing them
  await expect(onCanvas).toHaveCount(shown);
});

test('ELK is not in the initial bundle: it loads, in a worker, on the first layout', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  const initial = [...scripts];
  expect(initial.length).toBeGreaterThan(0);
  for (const url of initial) {
    expect(url).not.toMatch(/elk|runLayout/i);
    expect(await (await page.request.get(url)).text()).not.toContain('org.eclipse.elk');
  }

  await replaceDoc(page, importedDoc(JSON.stringify(rawDiagram(true))));
  const past = (await state(page)).past;
  const worker = page.waitForEvent('worker');
  await page.getByTestId('auto-layout').click();
  expect((await worker).url()).toMatch(/elk\.worker/);
  await afterLayout(page, past);
});
