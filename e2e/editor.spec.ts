/**
 * The canvas editor in a real browser: drag and drop from the palette, nesting,
 * connecting, moving containers with their contents, undo/redo, the clipboard, file
 * drops and the keyboard. The document is read from `window.__editorStore`.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import type { Diagram, DiagramNode } from '../src/domain/document/types';
import { nodesOutsideCanvas } from './canvasView';
import { dropFile, pasteText } from './documents';

// `window.__editorStore` is declared by src/app/main.tsx.

function editorState(page: Page) {
  return page.evaluate(() => {
    const s = window.__editorStore!.getState();
    return { doc: s.doc, past: s.past.length, future: s.future.length, selection: s.selection };
  });
}

async function doc(page: Page): Promise<Diagram> {
  return (await editorState(page)).doc;
}

async function nodeOf(page: Page, id: string): Promise<DiagramNode | undefined> {
  return (await doc(page)).nodes.find((n) => n.id === id);
}

function canvas(page: Page): Locator {
  return page.getByTestId('canvas');
}

/** Drops a palette item at a point of the canvas (canvas coordinates) and returns the new node's id. */
async function dropKind(page: Page, kind: string, x: number, y: number): Promise<string> {
  const before = new Set((await doc(page)).nodes.map((n) => n.id));
  await page.getByTestId(`palette-item-${kind}`).dragTo(canvas(page), { targetPosition: { x, y } });
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(before.size + 1);
  const added = (await doc(page)).nodes.find((n) => !before.has(n.id))!;
  await expect(page.getByTestId(`node-${added.id}`)).toBeVisible();
  return added.id;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A React Flow drag: press, move in steps, release. React Flow starts the drag at the
 * first move past its threshold and keeps the pointer's offset from that point, so
 * the first move is a small one, as a real mouse makes.
 */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(
    from.x + Math.sign(to.x - from.x) * 2,
    from.y + Math.sign(to.y - from.y) * 2,
  );
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags from a node's handle to the middle of another node. */
async function connectNodes(page: Page, source: string, target: string, side = 'right') {
  await page.getByTestId(`node-${source}`).hover();
  const handle = await centre(page.getByTestId(`handle-${source}-${side}`));
  await drag(page, handle, await centre(page.getByTestId(`node-${target}`)));
}

/** VPC > subnet > EC2 and an ALB in the subnet, built through the palette. */
async function buildVpcSubnetEc2(page: Page) {
  const vpc = await dropKind(page, 'vpc', 420, 330);
  const subnet = await dropKind(page, 'subnet', 420, 330);
  const ec2 = await dropKind(page, 'ec2', 520, 330);
  const alb = await dropKind(page, 'alb', 320, 330);
  return { vpc, subnet, ec2, alb };
}

const SMALL_DIAGRAM = JSON.stringify({
  type: 'aws-security-playground',
  version: 1,
  title: 'Dropped',
  nodes: [
    { id: 'in', kind: 'internet', position: { x: 0, y: 0 } },
    { id: 'cf', kind: 'cloudfront', position: { x: 200, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'in', target: 'cf' }],
});

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByTestId('palette')).toBeVisible();
  await expect(page.getByTestId('inspector')).toBeVisible();
  await expect(page.getByTestId('toolbar')).toBeVisible();
});

test('nests services dropped from the palette: VPC > subnet > EC2', async ({ page }) => {
  const { vpc, subnet, ec2, alb } = await buildVpcSubnetEc2(page);
  expect((await nodeOf(page, vpc))?.parent).toBeUndefined();
  expect((await nodeOf(page, subnet))?.parent).toBe(vpc);
  expect((await nodeOf(page, ec2))?.parent).toBe(subnet);
  expect((await nodeOf(page, alb))?.parent).toBe(subnet);
  // The node is centred on the drop point.
  const c = await centre(page.getByTestId(`node-${ec2}`));
  const box = (await canvas(page).boundingBox())!;
  expect(Math.abs(c.x - (box.x + 520))).toBeLessThanOrEqual(16);
  await test.info().attach('nested', { body: await page.screenshot(), contentType: 'image/png' });
});

test('a palette click adds the service at the centre of the view, inside the container there', async ({
  page,
}) => {
  const vpc = await dropKind(page, 'vpc', 406, 426);
  await page.getByTestId('palette-item-internet-gateway').click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(2);
  const igw = (await doc(page)).nodes.find((n) => n.kind === 'internet-gateway')!;
  expect(igw.parent).toBe(vpc);
  expect((await editorState(page)).selection.nodes).toEqual([igw.id]);
});

test('connects ALB to EC2 as traffic 443/tcp, shown on the edge', async ({ page }) => {
  const { ec2, alb } = await buildVpcSubnetEc2(page);
  await connectNodes(page, alb, ec2);
  await expect.poll(async () => (await doc(page)).edges.length).toBe(1);
  const edge = (await doc(page)).edges[0];
  expect(edge).toMatchObject({
    source: alb,
    target: ec2,
    kind: 'traffic',
    props: { port: 443, protocol: 'tcp' },
  });
  await expect(page.getByTestId(`rf__edge-${edge.id}`)).toContainText('443/tcp');
});

test('an edge switches to the facing sides while a node is dragged past the other', async ({
  page,
}) => {
  const waf = await dropKind(page, 'waf', 300, 150);
  const cf = await dropKind(page, 'cloudfront', 550, 150);
  await connectNodes(page, waf, cf);
  await expect.poll(async () => (await doc(page)).edges.length).toBe(1);
  const path = page.locator('.react-flow__edge-path').first();
  const wafBox = (await page.getByTestId(`node-${waf}`).boundingBox())!;
  const wafMiddle = wafBox.x + wafBox.width / 2;
  // Leaves the WAF by its right side while CloudFront is on its right.
  expect((await path.boundingBox())!.x).toBeGreaterThan(wafMiddle);

  // Drag CloudFront to the WAF's left and hold it there: the edge follows live.
  const from = await centre(page.getByTestId(`node-${cf}`));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 2, from.y);
  await page.mouse.move(wafBox.x - 200, from.y + 10, { steps: 12 });
  await expect
    .poll(async () => {
      const box = (await path.boundingBox())!;
      return box.x + box.width < wafMiddle; // wholly left of the WAF's middle: leaves by its left side
    })
    .toBe(true);
  await page.mouse.up();
  await expect
    .poll(async () => (await nodeOf(page, cf))!.position!.x)
    .toBeLessThan((await nodeOf(page, waf))!.position!.x);
  const after = (await path.boundingBox())!;
  expect(after.x + after.width).toBeLessThan(wafMiddle);
});

test('a connection dropped anywhere on the target shape connects to it', async ({ page }) => {
  const waf = await dropKind(page, 'waf', 150, 150);
  const cf = await dropKind(page, 'cloudfront', 450, 150);
  await page.getByTestId(`node-${waf}`).hover();
  const handle = await centre(page.getByTestId(`handle-${waf}-right`));
  const target = (await page.getByTestId(`node-${cf}`).boundingBox())!;
  // The icon's top-left area: far from every handle of the target.
  await drag(page, handle, { x: target.x + 30, y: target.y + 30 });
  await expect
    .poll(async () => (await doc(page)).edges.map((e) => [e.source, e.target, e.kind]))
    .toEqual([[waf, cf, 'protects']]);
});

test('undo and redo step through each change (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)', async ({ page }) => {
  const { ec2, alb } = await buildVpcSubnetEc2(page);
  await connectNodes(page, alb, ec2);
  await expect.poll(async () => (await doc(page)).edges.length).toBe(1);
  await canvas(page).click({ position: { x: 780, y: 760 } });
  await page.keyboard.press('Control+z');
  expect((await doc(page)).edges).toHaveLength(0);
  expect((await doc(page)).nodes).toHaveLength(4);
  await page.keyboard.press('Control+z');
  expect((await doc(page)).nodes.map((n) => n.id)).not.toContain(alb);
  await page.keyboard.press('Control+Shift+z');
  expect((await doc(page)).nodes.map((n) => n.id)).toContain(alb);
  await page.keyboard.press('Control+y');
  expect((await doc(page)).edges).toHaveLength(1);
  await expect(page.getByTestId(`node-${alb}`)).toBeVisible();
});

test('moving the subnet moves the EC2 with it, as one undo step', async ({ page }) => {
  const { subnet, ec2 } = await buildVpcSubnetEc2(page);
  const ec2Doc = (await nodeOf(page, ec2))!;
  const before = (await page.getByTestId(`node-${ec2}`).boundingBox())!;
  const header = (await page.getByTestId(`node-${subnet}`).boundingBox())!;
  const { past } = await editorState(page);
  await drag(
    page,
    { x: header.x + 80, y: header.y + 14 },
    { x: header.x + 80 + 64, y: header.y + 14 + 48 },
  );
  await expect.poll(async () => (await editorState(page)).past).toBe(past + 1);
  const after = (await page.getByTestId(`node-${ec2}`).boundingBox())!;
  expect(Math.round(after.x - before.x)).toBe(64);
  expect(Math.round(after.y - before.y)).toBe(48);
  // The EC2 stays where it was inside the subnet.
  expect((await nodeOf(page, ec2))?.position).toEqual(ec2Doc.position);
  expect((await nodeOf(page, ec2))?.parent).toBe(subnet);
  await page.keyboard.press('Control+z');
  const undone = (await page.getByTestId(`node-${ec2}`).boundingBox())!;
  expect(Math.round(undone.x)).toBe(Math.round(before.x));
});

test('dragging a service out of every container makes it top level where it was dropped', async ({
  page,
}) => {
  const { subnet, ec2 } = await buildVpcSubnetEc2(page);
  const box = (await canvas(page).boundingBox())!;
  const from = await centre(page.getByTestId(`node-${ec2}`));
  // Below the VPC, clear of the legend, the controls and the minimap.
  const to = { x: box.x + 400, y: box.y + 690 };
  await drag(page, from, to);
  await expect.poll(async () => (await nodeOf(page, ec2))?.parent).toBeUndefined();
  const landed = await centre(page.getByTestId(`node-${ec2}`));
  expect(Math.abs(landed.x - to.x)).toBeLessThanOrEqual(16);
  expect(Math.abs(landed.y - to.y)).toBeLessThanOrEqual(16);
  // And back into the subnet.
  await drag(page, landed, await centre(page.getByTestId(`node-${subnet}`)));
  await expect.poll(async () => (await nodeOf(page, ec2))?.parent).toBe(subnet);
});

test('a service moves between containers; a container never goes inside itself', async ({
  page,
}) => {
  const { vpc, subnet, ec2 } = await buildVpcSubnetEc2(page);
  const sg = await dropKind(page, 'security-group', 420, 540);
  expect((await nodeOf(page, sg))?.parent).toBe(vpc);
  await drag(
    page,
    await centre(page.getByTestId(`node-${ec2}`)),
    await centre(page.getByTestId(`node-${sg}`)),
  );
  await expect.poll(async () => (await nodeOf(page, ec2))?.parent).toBe(sg);
  // Dropping the subnet with its header on a point inside itself keeps it in the VPC.
  const header = (await page.getByTestId(`node-${subnet}`).boundingBox())!;
  await drag(page, { x: header.x + 80, y: header.y + 14 }, { x: header.x + 100, y: header.y + 30 });
  await expect.poll(async () => (await nodeOf(page, subnet))?.parent).toBe(vpc);
});

test('Delete removes the selection in one step; Escape clears the selection', async ({ page }) => {
  const { subnet, ec2, alb } = await buildVpcSubnetEc2(page);
  await page.getByTestId(`node-${alb}`).click();
  expect((await editorState(page)).selection.nodes).toEqual([alb]);
  await page.keyboard.press('Escape');
  expect((await editorState(page)).selection.nodes).toEqual([]);
  // Click the subnet's header, shift-click the ALB: both selected.
  const header = (await page.getByTestId(`node-${subnet}`).boundingBox())!;
  await page.mouse.click(header.x + 80, header.y + 14);
  await page.getByTestId(`node-${alb}`).click({ modifiers: ['Shift'] });
  expect([...(await editorState(page)).selection.nodes].sort()).toEqual([alb, subnet].sort());
  const { past } = await editorState(page);
  await page.keyboard.press('Delete');
  const after = await editorState(page);
  expect(after.past).toBe(past + 1);
  // The subnet goes with everything inside it.
  expect(after.doc.nodes.map((n) => n.id)).toEqual([after.doc.nodes[0].id]);
  await expect(page.getByTestId(`node-${ec2}`)).toHaveCount(0);
});

test('an edge is selectable and deletable', async ({ page }) => {
  const { ec2, alb } = await buildVpcSubnetEc2(page);
  await connectNodes(page, alb, ec2);
  await expect.poll(async () => (await doc(page)).edges.length).toBe(1);
  const edge = (await doc(page)).edges[0];
  const line = (await page
    .getByTestId(`rf__edge-${edge.id}`)
    .locator('.react-flow__edge-path')
    .boundingBox())!;
  await page.mouse.click(line.x + 12, line.y + line.height / 2);
  await expect.poll(async () => (await editorState(page)).selection.edges).toEqual([edge.id]);
  await page.keyboard.press('Backspace');
  expect((await doc(page)).edges).toHaveLength(0);
  expect((await doc(page)).nodes).toHaveLength(4);
});

test('box selection on empty canvas, then select all and copy/paste with nesting', async ({
  page,
}) => {
  const a = await dropKind(page, 's3', 150, 150);
  const b = await dropKind(page, 'sns', 300, 150);
  const c = await dropKind(page, 'macie', 600, 600);
  const box = (await canvas(page).boundingBox())!;
  await drag(page, { x: box.x + 60, y: box.y + 60 }, { x: box.x + 420, y: box.y + 260 });
  expect([...(await editorState(page)).selection.nodes].sort()).toEqual([a, b].sort());
  await page.keyboard.press('Control+a');
  expect((await editorState(page)).selection.nodes).toHaveLength(3);
  expect((await editorState(page)).selection.nodes).toContain(c);

  await page.keyboard.press('Escape');
  const vpc = await dropKind(page, 'vpc', 420, 480);
  const subnet = await dropKind(page, 'subnet', 420, 480);
  await page.getByTestId(`node-${vpc}`).click({ position: { x: 120, y: 14 } });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(7);
  const d = await doc(page);
  const newVpc = d.nodes.find((n) => n.kind === 'vpc' && n.id !== vpc)!;
  const newSubnet = d.nodes.find((n) => n.kind === 'subnet' && n.id !== subnet)!;
  expect(newSubnet.parent).toBe(newVpc.id);
  expect((await editorState(page)).selection.nodes).toEqual([newVpc.id]);

  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(9);
});

test('labels are shown as text, never as HTML', async ({ page }) => {
  const ec2 = await dropKind(page, 'ec2', 300, 300);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.evaluate(
    ({ id, label }) =>
      window.__editorStore!.getState().commit((d) => ({
        ...d,
        nodes: d.nodes.map((n) => (n.id === id ? { ...n, label } : n)),
      })),
    { id: ec2, label: hostile },
  );
  const node = page.getByTestId(`node-${ec2}`);
  await expect(node).toContainText(hostile);
  // Only the kind icon is an image; nothing was parsed out of the label.
  await expect(node.locator('img')).toHaveCount(1);
  await expect(node.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('keys typed into a text field do not reach the canvas', async ({ page }) => {
  const s3 = await dropKind(page, 's3', 300, 300);
  expect((await editorState(page)).selection.nodes).toEqual([s3]);
  const search = page
    .getByTestId('palette')
    .getByRole('searchbox')
    .or(page.getByTestId('palette').locator('input'))
    .first();
  await search.fill('ab');
  await search.press('Backspace');
  await search.press('Control+a');
  await search.press('Delete');
  expect((await doc(page)).nodes.map((n) => n.id)).toEqual([s3]);
});

test('a diagram file dropped on the canvas opens as one undo step; a broken one is refused with its path', async ({
  page,
}) => {
  const s3 = await dropKind(page, 's3', 300, 300);
  page.on('dialog', (d) => void d.accept());
  await dropFile(
    page,
    'broken.json',
    '{"type":"aws-security-playground","version":1,"nodes":[{"id":"a"}],"edges":[]}',
  );
  await expect(page.getByTestId('notices')).toContainText('nodes[0]');
  expect((await doc(page)).nodes.map((n) => n.id)).toEqual([s3]);

  await dropFile(page, 'small.json', SMALL_DIAGRAM);
  await expect.poll(async () => (await doc(page)).title).toBe('Dropped');
  await expect(page.getByTestId('node-cf')).toBeVisible();
  await page.keyboard.press('Control+z');
  expect((await doc(page)).nodes.map((n) => n.id)).toEqual([s3]);
});

test('pasting a whole diagram JSON replaces the document after confirmation', async ({ page }) => {
  await dropKind(page, 's3', 300, 300);
  const messages: string[] = [];
  page.on('dialog', (d) => {
    messages.push(d.message());
    void d.accept();
  });
  await pasteText(page, SMALL_DIAGRAM);
  await expect.poll(async () => (await doc(page)).nodes.map((n) => n.id)).toEqual(['in', 'cf']);
  expect(messages).toHaveLength(1);
});

test('a container resize is one undo step', async ({ page }) => {
  const vpc = await dropKind(page, 'vpc', 420, 330);
  const before = (await nodeOf(page, vpc))!.size!;
  await page.getByTestId(`node-${vpc}`).click({ position: { x: 120, y: 14 } });
  const corner = page.locator(
    `.react-flow__node[data-id="${vpc}"] .react-flow__resize-control.handle.bottom.right`,
  );
  const { past } = await editorState(page);
  await drag(page, await centre(corner), {
    x: (await centre(corner)).x - 100,
    y: (await centre(corner)).y - 80,
  });
  await expect.poll(async () => (await editorState(page)).past).toBe(past + 1);
  const after = (await nodeOf(page, vpc))!.size!;
  expect(after.width).toBeLessThan(before.width);
  expect(after.height).toBeLessThan(before.height);
});

test('resizing a container from its top-left corner keeps its contents in place', async ({
  page,
}) => {
  const { subnet, ec2 } = await buildVpcSubnetEc2(page);
  const before = (await page.getByTestId(`node-${ec2}`).boundingBox())!;
  const ec2Before = (await nodeOf(page, ec2))!.position!;
  await page.getByTestId(`node-${subnet}`).click({ position: { x: 120, y: 14 } });
  const corner = page.locator(
    `.react-flow__node[data-id="${subnet}"] .react-flow__resize-control.handle.top.left`,
  );
  const from = await centre(corner);
  await drag(page, from, { x: from.x - 48, y: from.y - 32 });
  await expect.poll(async () => (await nodeOf(page, ec2))?.position?.x).toBe(ec2Before.x + 48);
  expect((await nodeOf(page, ec2))?.position?.y).toBe(ec2Before.y + 32);
  const after = (await page.getByTestId(`node-${ec2}`).boundingBox())!;
  expect(Math.round(after.x)).toBe(Math.round(before.x));
  expect(Math.round(after.y)).toBe(Math.round(before.y));
  await page.keyboard.press('Control+z');
  expect((await nodeOf(page, ec2))?.position).toEqual(ec2Before);
});

test('focusing nodes (findings panel) centres them; f fits the whole diagram', async ({ page }) => {
  await buildVpcSubnetEc2(page);
  const far = await dropKind(page, 's3', 760, 800);
  await page.evaluate((id) => window.__editorStore!.getState().focusOn([id]), far);
  const box = (await canvas(page).boundingBox())!;
  await expect
    .poll(async () => {
      const c = await centre(page.getByTestId(`node-${far}`));
      return Math.round(Math.hypot(c.x - (box.x + box.width / 2), c.y - (box.y + box.height / 2)));
    })
    .toBeLessThan(8);
  expect((await editorState(page)).selection.nodes).toEqual([far]);
  await canvas(page).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('f');
  // After fitting, every node is inside the canvas.
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
});

test('the edge legend names every edge kind and folds away', async ({ page }) => {
  const legend = page.getByTestId('edge-legend');
  for (const kind of ['traffic', 'protects', 'monitors', 'findings', 'notifies', 'logs'])
    await expect(legend.getByTestId(`legend-${kind}`)).toBeVisible();
  await legend.getByRole('button').click();
  await expect(legend.getByTestId('legend-traffic')).toHaveCount(0);
});
