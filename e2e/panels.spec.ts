/**
 * The panels in a real browser: the language switch, palette search in both languages,
 * click-to-add, inspector edits as single undo steps, rule-table validation, opening a
 * broken file through the toolbar, the shortcut sheet, and the autosave across a reload.
 * The document is read from `window.__editorStore` (exposed by main.tsx).
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Diagram } from '../src/domain/document/types';
import { kept } from './libraryStore';

function editorState(page: Page) {
  return page.evaluate(() => {
    const s = window.__editorStore!.getState();
    return { doc: s.doc as Diagram, past: s.past.length, future: s.future.length };
  });
}

async function doc(page: Page): Promise<Diagram> {
  return (await editorState(page)).doc;
}

/** Clicks a palette item and returns the id of the node it added. */
async function addByClick(page: Page, kind: string): Promise<string> {
  const before = new Set((await doc(page)).nodes.map((n) => n.id));
  await page.getByTestId(`palette-item-${kind}`).click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(before.size + 1);
  return (await doc(page)).nodes.find((n) => !before.has(n.id))!.id;
}

/** Opens `value` as a JSON file through the toolbar's Open. */
async function openJsonFile(page: Page, name: string, value: unknown): Promise<void> {
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('switching to Japanese shows a Japanese UI and is remembered', async ({ page }) => {
  await expect(page.getByTestId('toolbar-undo')).toHaveText('Undo');
  await page.getByTestId('lang-switch').click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('toolbar-undo')).toHaveText('元に戻す');
  await expect(page.getByTestId('toolbar-redo')).toHaveText('やり直す');
  await expect(page.getByTestId('toolbar-new')).toHaveText('新規');
  await expect(page.getByTestId('palette-group-protection')).toContainText('保護');
  await expect(page.getByTestId('palette-item-security-group')).toHaveAccessibleName(
    'セキュリティグループ',
  );
  await expect(page.getByTestId('inspector')).toContainText('図のタイトル');

  await page.reload();
  await expect(page.getByTestId('toolbar-undo')).toHaveText('元に戻す');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('toolbar-undo')).toHaveText('Undo');
});

test('palette search matches English and Japanese words', async ({ page }) => {
  const search = page.getByTestId('palette-search');
  for (const query of ['guard', 'ガード']) {
    await search.fill(query);
    await expect(page.getByTestId('palette-item-guardduty')).toBeVisible();
    await expect(page.getByTestId('palette-item-waf')).toHaveCount(0);
  }
  await search.fill('no such service');
  await expect(page.getByTestId('palette-empty')).toBeVisible();
  await search.fill('');
  await expect(page.getByTestId('palette-item-waf')).toBeVisible();
  await expect(page.getByTestId('palette-item-guardduty')).toBeVisible();
});

test('keyboard: arrows move through the palette and Enter adds the service', async ({ page }) => {
  await page.getByTestId('palette-search').fill('waf');
  await page.getByTestId('palette-search').press('ArrowDown');
  await expect(page.getByTestId('palette-item-waf')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await doc(page)).nodes.map((n) => n.kind)).toEqual(['waf']);
  await expect(page.getByTestId('inspector-node')).toBeVisible();
});

test('an inspector edit is one undo step; undo reverts it', async ({ page }) => {
  const id = await addByClick(page, 'waf');
  const wafProps = async () => (await doc(page)).nodes.find((n) => n.id === id)!.props;
  await expect(page.getByTestId('inspector-node')).toBeVisible();

  const rateRule = page.getByTestId('inspector-prop-rateBasedRule');
  await expect(rateRule).not.toBeChecked();
  await rateRule.check();
  await expect.poll(async () => (await wafProps()).rateBasedRule).toBe(true);

  await page.getByTestId('inspector-prop-scope').selectOption('regional');
  await expect.poll(async () => (await wafProps()).scope).toBe('regional');

  // Typing a label is one step, not one per keystroke.
  const pastBefore = (await editorState(page)).past;
  await page.getByTestId('inspector-label').fill('Edge web ACL');
  await page.getByTestId('inspector-label').press('Enter');
  await expect
    .poll(async () => (await doc(page)).nodes.find((n) => n.id === id)!.label)
    .toBe('Edge web ACL');
  expect((await editorState(page)).past).toBe(pastBefore + 1);

  await page.getByTestId('toolbar-undo').click();
  await expect
    .poll(async () => (await doc(page)).nodes.find((n) => n.id === id)!.label)
    .toBeUndefined();
  await expect(page.getByTestId('inspector-label')).toHaveValue('');
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await wafProps()).scope).toBe('auto');
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await wafProps()).rateBasedRule).toBe(false);
  await expect(rateRule).not.toBeChecked();
  await expect(page.getByTestId('toolbar-redo')).toBeEnabled();
});

test('rule tables refuse bad ports and CIDRs and commit good ones', async ({ page }) => {
  const id = await addByClick(page, 'security-group');
  const inbound = async () =>
    (await doc(page)).nodes.find((n) => n.id === id)!.props.inbound as { ports: string }[];

  await page.getByTestId('inspector-prop-inbound-add').click();
  await expect.poll(async () => (await inbound()).length).toBe(1);

  const ports = page.getByTestId('inspector-prop-inbound-0-ports');
  await ports.fill('http');
  await ports.press('Enter');
  await expect(page.getByTestId('inspector-prop-inbound-0-ports-error')).toBeVisible();
  await expect(ports).toHaveAttribute('aria-invalid', 'true');
  expect((await inbound())[0].ports).toBe('443');

  await ports.fill('8080-8081');
  await ports.press('Enter');
  await expect.poll(async () => (await inbound())[0].ports).toBe('8080-8081');
  await expect(page.getByTestId('inspector-prop-inbound-0-ports-error')).toHaveCount(0);

  const source = page.getByTestId('inspector-prop-inbound-0-source');
  await source.fill('10.0.0.0/33');
  await source.press('Enter');
  await expect(page.getByTestId('inspector-prop-inbound-0-source-error')).toBeVisible();

  await page.getByTestId('inspector-prop-inbound-0-remove').click();
  await expect.poll(async () => (await inbound()).length).toBe(0);
});

test('malformed CIDRs from a file are kept, named by import and marked on their fields', async ({
  page,
}) => {
  const file = {
    type: 'aws-security-playground',
    version: 1,
    nodes: [
      { id: 'vpc', kind: 'vpc', position: { x: 0, y: 0 }, props: { cidr: '999.1.1.1/33' } },
      {
        id: 'sg',
        kind: 'security-group',
        position: { x: 600, y: 0 },
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: '1.2.3.4/40' }] },
      },
    ],
    edges: [],
  };
  await openJsonFile(page, 'addresses.json', file);
  const warning = page.getByTestId('notice-warning');
  await expect(warning).toContainText("nodes[0].props.cidr: '999.1.1.1/33' is not an IPv4 block");
  await expect(warning).toContainText("nodes[1].props.inbound[0].source: '1.2.3.4/40'");

  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: ['vpc'], edges: [] }));
  const cidr = page.getByTestId('inspector-prop-cidr');
  await expect(cidr).toHaveValue('999.1.1.1/33');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('inspector-prop-cidr-error')).toContainText('IPv4 block');
  // A bad block typed in is refused; a good one is committed and the mark goes.
  await cidr.fill('10.0.0.0/33');
  await cidr.press('Enter');
  await expect(page.getByTestId('inspector-prop-cidr-error')).toHaveAttribute('role', 'alert');
  await cidr.fill('10.0.0.0/16');
  await cidr.press('Enter');
  await expect
    .poll(async () => (await doc(page)).nodes.find((n) => n.id === 'vpc')!.props.cidr)
    .toBe('10.0.0.0/16');
  await expect(cidr).not.toHaveAttribute('aria-invalid');

  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: ['sg'], edges: [] }));
  const source = page.getByTestId('inspector-prop-inbound-0-source');
  await expect(source).toHaveValue('1.2.3.4/40');
  await expect(source).toHaveAttribute('aria-invalid', 'true');
});

test('opening a broken file shows the JSON path and keeps the diagram', async ({ page }) => {
  const id = await addByClick(page, 'vpc');
  const broken = {
    type: 'aws-security-playground',
    version: 1,
    nodes: [{ id: 'x', kind: 'no-such-kind' }],
    edges: [],
  };
  await openJsonFile(page, 'broken.json', broken);
  const error = page.getByTestId('notice-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText('nodes[0].kind');
  expect((await doc(page)).nodes.map((n) => n.id)).toEqual([id]);

  await error.getByTestId('notice-close').click();
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
});

test('an opened file replaces the diagram; the edge inspector edits port and protocol', async ({
  page,
}) => {
  const file = {
    type: 'aws-security-playground',
    version: 1,
    title: 'Two services',
    nodes: [
      { id: 'users', kind: 'internet', position: { x: 0, y: 0 } },
      { id: 'alb-1', kind: 'alb', position: { x: 320, y: 0 } },
    ],
    edges: [{ id: 'e1', source: 'users', target: 'alb-1' }],
  };
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'two.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('toolbar-title')).toHaveText('Two services');
  const edge = async () => (await doc(page)).edges[0];
  expect(await edge()).toMatchObject({ kind: 'traffic', props: { port: 443, protocol: 'tcp' } });

  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: [], edges: ['e1'] }));
  const port = page.getByTestId('inspector-edge-port');
  await port.fill('70000');
  await port.press('Enter');
  await expect(page.getByTestId('inspector-edge-port-error')).toBeVisible();
  expect((await edge()).props?.port).toBe(443);
  await port.fill('8443');
  await port.press('Enter');
  await expect.poll(async () => (await edge()).props?.port).toBe(8443);
  await page.getByTestId('inspector-edge-protocol').selectOption('udp');
  await expect.poll(async () => (await edge()).props?.protocol).toBe('udp');
  await page.getByTestId('inspector-edge-kind').selectOption('monitors');
  await expect.poll(async () => (await edge()).kind).toBe('monitors');
  await expect(page.getByTestId('inspector-edge-port')).toHaveCount(0);
});

test('the shortcut sheet opens with ? and closes with Escape', async ({ page }) => {
  await page.getByTestId('canvas').click({ position: { x: 300, y: 200 } });
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-help');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Undo');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // Typing "?" in a text field is text, not the shortcut.
  await page.getByTestId('palette-search').fill('?');
  await expect(page.getByTestId('shortcut-help')).toHaveCount(0);

  await page.getByTestId('toolbar-help').click();
  await expect(sheet).toBeVisible();
  await page.getByTestId('shortcut-help-close').click();
  await expect(sheet).toHaveCount(0);
});

test('a reload restores the diagram from the autosave', async ({ page }) => {
  const id = await addByClick(page, 'vpc');
  await page.getByTestId('inspector-label').fill('Production VPC');
  await page.getByTestId('inspector-label').press('Enter');
  const saved = await doc(page);
  await expect.poll(() => kept(page, 'Production VPC')).toBe(true);

  await page.reload();
  await expect(page.getByTestId(`node-${id}`)).toBeVisible();
  expect(await doc(page)).toEqual(saved);
  // A restore is the starting point, not an undoable step.
  await expect(page.getByTestId('toolbar-undo')).toBeDisabled();
});

test('a corrupt autosave is kept aside and reported; the app starts empty', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('asp.autosave.v1', '{"type": "aws-sec'));
  await page.reload();
  const error = page.getByTestId('notice-error');
  await expect(error).toContainText('could not be restored');
  await expect(page.getByTestId('palette')).toBeVisible();
  expect((await doc(page)).nodes).toEqual([]);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('asp.autosave.rejected.')),
  );
  expect(kept).toHaveLength(1);
});

test('New asks before replacing a diagram and can be undone', async ({ page }) => {
  await addByClick(page, 'vpc');
  page.once('dialog', (d) => void d.dismiss());
  await page.getByTestId('toolbar-new').click();
  expect((await doc(page)).nodes).toHaveLength(1);

  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('toolbar-new').click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(0);
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(1);
});

test('after Save, New replaces without asking; after an edit it asks again', async ({ page }) => {
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await addByClick(page, 'waf');
  await Promise.all([page.waitForEvent('download'), page.getByTestId('toolbar-save').click()]);
  await page.getByTestId('toolbar-new').click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(0);
  expect(asked).toEqual([]);

  // back to the saved diagram (still saved), then an edit: New asks, and declining keeps it
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(1);
  await addByClick(page, 'shield');
  await page.getByTestId('toolbar-new').click();
  await expect.poll(() => asked.length).toBe(1);
  expect((await doc(page)).nodes).toHaveLength(2);
});

test('Save downloads the diagram named after its title', async ({ page }) => {
  await addByClick(page, 'waf');
  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: [], edges: [] }));
  await page.getByTestId('inspector-title').fill('My Web App');
  await page.getByTestId('inspector-title').press('Enter');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('toolbar-save').click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-web-app.json');
  const text = await (await download.createReadStream()).toArray();
  const saved = JSON.parse(Buffer.concat(text).toString('utf8')) as Diagram;
  expect(saved.title).toBe('My Web App');
  expect(saved.nodes.map((n) => n.kind)).toEqual(['waf']);
});
