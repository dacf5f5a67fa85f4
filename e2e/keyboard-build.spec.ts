/**
 * A keyboard-only user builds the `cloudfront-waf-alb` reference from an empty canvas:
 * services added from the palette (into the selected container), a node moved into a
 * container from the inspector, nodes selected on the canvas with Tab and Enter,
 * props typed, ticked and chosen, connections made with "Connect to…" and their ports
 * edited, then the findings read from the panel the toolbar summary leads to.
 *
 * Only the keyboard acts: focus moves by Tab / Shift+Tab, nothing is clicked, and the
 * store is read (to wait for a change and to check the result) but never written. At
 * the end the built diagram equals the preset apart from ids, positions and sizes, and
 * its findings are the preset's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importedDoc } from './documents';
import { runRules } from '../src/domain/rules/engine';
import type { Diagram, PropValue } from '../src/domain/document/types';

const PRESET = importedDoc(
  readFileSync(new URL('../presets/cloudfront-waf-alb.json', import.meta.url), 'utf8'),
);

const byTestId = (id: string) => `[data-testid="${id}"]`;
const canvasNode = (id: string) => `.react-flow__node[data-id="${id}"]`;

async function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc as Diagram);
}

async function nodeOf(page: Page, id: string) {
  return (await doc(page)).nodes.find((n) => n.id === id)!;
}

/**
 * Presses Tab, or Shift+Tab when the element lies before the focus, until the element
 * matching `selector` has the focus. Fails when it is not reached in `max` presses.
 */
async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    const where = await page.evaluate((sel) => {
      const target = document.querySelector(sel);
      const active = document.activeElement;
      if (!target) return 'missing';
      if (target === active) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING
        ? 'after'
        : 'before';
    }, selector);
    if (where === 'here') return;
    if (where === 'missing') {
      await expect(page.locator(selector).first()).toBeAttached();
      continue;
    }
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

/** Arrows through the focused select (Home first) until it shows `value`. */
async function choose(page: Page, value: string): Promise<void> {
  const current = () =>
    page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.value);
  if ((await current()) === value) return;
  await page.keyboard.press('Home');
  for (let i = 0; i < 100 && (await current()) !== value; i++)
    await page.keyboard.press('ArrowDown');
  expect(await current()).toBe(value);
}

/** Replaces the focused text field's text and presses Enter (one commit). */
async function typeAndEnter(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Searches the palette, arrows to `kind` and presses Enter; returns the new node's id. */
async function add(page: Page, kind: string, query: string): Promise<string> {
  await tabTo(page, byTestId('palette-search'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query);
  await page.keyboard.press('ArrowDown');
  const item = page.getByTestId(`palette-item-${kind}`);
  for (let i = 0; i < 60 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(item).toBeFocused();
  const before = new Set((await doc(page)).nodes.map((n) => n.id));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(before.size + 1);
  const id = (await doc(page)).nodes.find((n) => !before.has(n.id))!.id;
  await expect(page.getByTestId('inspector-id')).toHaveText(`ID: ${id}`);
  return id;
}

async function label(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, byTestId('inspector-label'));
  await typeAndEnter(page, text);
  await expect.poll(async () => (await nodeOf(page, id)).label).toBe(text);
}

async function prop(page: Page, id: string, name: string, value: string): Promise<void> {
  await tabTo(page, byTestId(`inspector-prop-${name}`));
  const tag = await page.evaluate(() => document.activeElement?.tagName);
  if (tag === 'SELECT') await choose(page, value);
  else await typeAndEnter(page, value);
  await expect.poll(async () => (await nodeOf(page, id)).props[name]).toBe(value);
}

/** Ticks a checkbox with Space; `stored` reads whether the document has it. */
async function tick(page: Page, testId: string, stored: () => Promise<unknown>): Promise<void> {
  await tabTo(page, byTestId(testId));
  await page.keyboard.press('Space');
  await expect(page.locator(byTestId(testId))).toBeChecked();
  await expect.poll(stored).toBe(true);
}

/** Selects a node on the canvas: Tab to it, then Enter. */
async function selectOnCanvas(page: Page, id: string): Promise<void> {
  await tabTo(page, canvasNode(id));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-id')).toHaveText(`ID: ${id}`);
}

/** One inbound rule on the selected security group: added, then ports and source typed. */
async function inboundRule(page: Page, id: string, ports: string, source: string) {
  await tabTo(page, byTestId('inspector-prop-inbound-add'));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await nodeOf(page, id)).props.inbound).toHaveLength(1);
  for (const [cell, value] of [
    ['ports', ports],
    ['source', source],
  ] as const) {
    await tabTo(page, byTestId(`inspector-prop-inbound-0-${cell}`));
    await typeAndEnter(page, value);
  }
  await expect
    .poll(async () => (await nodeOf(page, id)).props.inbound)
    .toEqual([{ protocol: 'tcp', ports, source }]);
}

/** "Connect to…" from the selected node; returns the new edge's id. */
async function connectTo(page: Page, source: string, target: string, kind = ''): Promise<string> {
  await tabTo(page, byTestId('inspector-connect-target'));
  await choose(page, target);
  if (kind) {
    await tabTo(page, byTestId('inspector-connect-kind'));
    await choose(page, kind);
  }
  await tabTo(page, byTestId('inspector-connect'));
  await page.keyboard.press('Enter');
  await expect
    .poll(async () =>
      (await doc(page)).edges.some((e) => e.source === source && e.target === target),
    )
    .toBe(true);
  // The node stays selected and the focus goes back to the target field for the next one.
  await expect(page.getByTestId('inspector-connect-target')).toBeFocused();
  return (await doc(page)).edges.find((e) => e.source === source && e.target === target)!.id;
}

/** Opens a connection from the selected node's list and types its port. */
async function edgePort(page: Page, edge: string, port: number): Promise<void> {
  await tabTo(page, byTestId(`inspector-connection-${edge}`));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-edge')).toBeVisible();
  await tabTo(page, byTestId('inspector-edge-port'));
  await typeAndEnter(page, String(port));
  await expect
    .poll(async () => (await doc(page)).edges.find((e) => e.id === edge)!.props?.port)
    .toBe(port);
}

/**
 * The document without what a rebuild cannot reproduce (ids, positions, sizes, order):
 * every node named by its label and its container's, every id in a prop replaced by
 * that name, the edges by their ends' names.
 */
function canonical(d: Diagram) {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const name = (id: string | undefined): string => {
    const n = id === undefined ? undefined : byId.get(id);
    if (!n) return id ?? '';
    const parent = n.parent === undefined ? undefined : byId.get(n.parent);
    return parent ? `${n.label} @ ${parent.label}` : (n.label ?? n.id);
  };
  const deId = (v: PropValue): unknown =>
    Array.isArray(v)
      ? v.map((x) =>
          typeof x === 'string'
            ? byId.has(x)
              ? name(x)
              : x
            : { ...x, ...(x.source && byId.has(x.source) ? { source: name(x.source) } : {}) },
        )
      : v;
  const nodes = d.nodes
    .map((n) => ({
      name: name(n.id),
      kind: n.kind,
      parent: n.parent === undefined ? null : name(n.parent),
      props: Object.fromEntries(Object.entries(n.props).map(([k, v]) => [k, deId(v)])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const edges = d.edges
    .map((e) => ({ source: name(e.source), target: name(e.target), kind: e.kind, props: e.props }))
    .sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`));
  return { nodes, edges };
}

/** Findings as rule and node kinds (ids differ between the preset and a rebuild). */
function findingShapes(
  d: Diagram,
  findings: readonly { rule: string; nodes: readonly string[] }[],
) {
  const kindOf = new Map(d.nodes.map((n) => [n.id, n.kind]));
  return findings
    .map((f) => `${f.rule}: ${f.nodes.map((id) => kindOf.get(id) ?? id).join(', ')}`)
    .sort();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('canvas-empty')).toBeVisible();
});

test('a keyboard-only user builds the CloudFront, WAF and ALB reference and reads its findings', async ({
  page,
}) => {
  test.setTimeout(300_000);

  // --- outside the VPC: the internet, CloudFront, the edge web ACL, GuardDuty ---
  const users = await add(page, 'internet', 'internet');
  await label(page, users, 'Users');
  const cf = await add(page, 'cloudfront', 'cloudfront');
  await label(page, cf, 'Web distribution');
  const waf = await add(page, 'waf', 'waf');
  await label(page, waf, 'Edge web ACL');
  await prop(page, waf, 'scope', 'cloudfront');
  for (const name of ['rateBasedRule', 'logging'])
    await tick(page, `inspector-prop-${name}`, async () => (await nodeOf(page, waf)).props[name]);
  const guardduty = await add(page, 'guardduty', 'guardduty');
  await label(page, guardduty, 'GuardDuty');

  // An internet gateway added before its VPC sits at the top level (the validator
  // would flag it) until the inspector's Container field moves it in.
  const igw = await add(page, 'internet-gateway', 'internet gateway');
  await label(page, igw, 'Internet gateway');
  const vpc = await add(page, 'vpc', 'vpc');
  await label(page, vpc, 'Web VPC');
  expect((await nodeOf(page, vpc)).parent).toBeUndefined();

  await selectOnCanvas(page, igw);
  await tabTo(page, byTestId('inspector-parent'));
  await choose(page, vpc);
  // Choosing alone moves nothing; Move does, as one undo step.
  expect((await nodeOf(page, igw)).parent).toBeUndefined();
  await tabTo(page, byTestId('inspector-parent-move'));
  const pastBefore = await page.evaluate(() => window.__editorStore!.getState().past.length);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await nodeOf(page, igw)).parent).toBe(vpc);
  expect(await page.evaluate(() => window.__editorStore!.getState().past.length)).toBe(
    pastBefore + 1,
  );
  await expect(page.getByTestId('inspector-parent')).toBeFocused();

  // --- inside the VPC: each service goes into the selected container, or the nearest
  // one around the selection where it belongs ---
  const flowLogs = await add(page, 'vpc-flow-logs', 'flow logs');
  expect((await nodeOf(page, flowLogs)).parent).toBe(vpc);
  await label(page, flowLogs, 'Flow logs');

  const pubA = await add(page, 'subnet', 'subnet');
  expect((await nodeOf(page, pubA)).parent).toBe(vpc);
  await label(page, pubA, 'Public A');
  await prop(page, pubA, 'tier', 'public');
  await prop(page, pubA, 'cidr', '10.0.0.0/24');
  const natA = await add(page, 'nat-gateway', 'nat');
  expect((await nodeOf(page, natA)).parent).toBe(pubA);
  await label(page, natA, 'NAT A');
  const sgAlb = await add(page, 'security-group', 'security group');
  expect((await nodeOf(page, sgAlb)).parent).toBe(pubA);
  await label(page, sgAlb, 'ALB SG');
  await inboundRule(page, sgAlb, '443', '0.0.0.0/0');
  const alb = await add(page, 'alb', 'alb');
  expect((await nodeOf(page, alb)).parent).toBe(sgAlb);
  await label(page, alb, 'Web ALB');

  const pubC = await add(page, 'subnet', 'subnet');
  expect((await nodeOf(page, pubC)).parent).toBe(vpc);
  await label(page, pubC, 'Public C');
  await prop(page, pubC, 'tier', 'public');
  await prop(page, pubC, 'az', 'c');
  await prop(page, pubC, 'cidr', '10.0.1.0/24');
  const natC = await add(page, 'nat-gateway', 'nat');
  expect((await nodeOf(page, natC)).parent).toBe(pubC);
  await label(page, natC, 'NAT C');

  const servers: Record<'a' | 'c', string> = { a: '', c: '' };
  for (const az of ['a', 'c'] as const) {
    const app = await add(page, 'subnet', 'subnet');
    expect((await nodeOf(page, app)).parent).toBe(vpc);
    await label(page, app, `App ${az.toUpperCase()}`);
    await prop(page, app, 'az', az);
    await prop(page, app, 'cidr', az === 'a' ? '10.0.10.0/24' : '10.0.11.0/24');
    const sg = await add(page, 'security-group', 'security group');
    expect((await nodeOf(page, sg)).parent).toBe(app);
    await label(page, sg, 'Web SG');
    await inboundRule(page, sg, '8080', sgAlb);
    servers[az] = await add(page, 'ec2', 'ec2');
    expect((await nodeOf(page, servers[az])).parent).toBe(sg);
    await label(page, servers[az], `Web server ${az.toUpperCase()}`);
  }

  // --- the load balancer's second subnet, and the connections ---
  await selectOnCanvas(page, alb);
  await tick(page, `inspector-prop-subnets-${pubC}`, async () =>
    ((await nodeOf(page, alb)).props.subnets as string[]).includes(pubC),
  );
  const toA = await connectTo(page, alb, servers.a);
  const toC = await connectTo(page, alb, servers.c);
  await edgePort(page, toA, 8080);
  // From the connection back to its source, then on to the other connection.
  await tabTo(page, byTestId('inspector-edge-select-source'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-id')).toHaveText(`ID: ${alb}`);
  await edgePort(page, toC, 8080);

  await selectOnCanvas(page, cf);
  await connectTo(page, cf, alb);
  await selectOnCanvas(page, users);
  await connectTo(page, users, cf);
  await selectOnCanvas(page, waf);
  await connectTo(page, waf, cf, 'protects');

  // --- the result is the reference, apart from ids, positions and sizes ---
  const built = await doc(page);
  expect(canonical(built)).toEqual(canonical(PRESET));
  await test.info().attach('built by keyboard', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });

  // --- the findings: the toolbar summary leads to the panel, which lists the preset's ---
  const expected = findingShapes(PRESET, runRules(PRESET).findings);
  expect(findingShapes(built, runRules(built).findings)).toEqual(expected);
  expect(expected).toEqual(['SHD-07: cloudfront']); // the preset's own `expect`

  await expect(page.getByTestId('findings-summary')).toHaveAttribute('data-tone', 'info');
  await tabTo(page, byTestId('findings-summary'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('findings-panel')).toBeFocused();
  const listed = await page
    .getByTestId('findings-panel')
    .locator('[data-rule]')
    .evaluateAll((items) =>
      items.map((li) => ({
        rule: (li as HTMLElement).dataset.rule!,
        nodes: ((li as HTMLElement).dataset.nodes ?? '').split(' ').filter(Boolean),
      })),
    );
  expect(findingShapes(built, listed)).toEqual(expected);
  await expect(page.getByTestId('findings-none')).toHaveCount(0);
  await expect(page.locator('[data-testid^="findings-group-error"]')).toHaveCount(0);

  // A finding's "show" button selects its node: the inspector then shows CloudFront.
  await tabTo(page, `${byTestId('findings-panel')} ${byTestId('finding-show')}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-id')).toHaveText(`ID: ${cf}`);
});
