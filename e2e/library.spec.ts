/**
 * The diagram library in a real browser: two tabs working on two diagrams, the same
 * diagram in two tabs, My diagrams (open, rename, duplicate, delete and restore), the
 * migration of the old one-slot autosave, and a browser without IndexedDB.
 * The document is read from `window.__editorStore` (exposed by main.tsx).
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import type { Diagram } from '../src/domain/document/types';
import { kept, storedRecords } from './libraryStore';

function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc as Diagram);
}

async function kinds(page: Page): Promise<string[]> {
  return (await doc(page)).nodes.map((n) => n.kind);
}

async function addByClick(page: Page, kind: string): Promise<void> {
  const before = (await doc(page)).nodes.length;
  await page.getByTestId(`palette-item-${kind}`).click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(before + 1);
}

async function setTitle(page: Page, title: string): Promise<void> {
  await page.evaluate(() => window.__editorStore!.getState().select({ nodes: [], edges: [] }));
  await page.getByTestId('inspector-title').fill(title);
  await page.getByTestId('inspector-title').press('Enter');
  await expect.poll(async () => (await doc(page)).title).toBe(title);
}

/** The row of My diagrams whose title is exactly `title`. */
function row(dialog: Locator, title: string): Locator {
  return dialog.getByTestId('library-item').filter({
    has: dialog.page().getByTestId('library-item-title').getByText(title, { exact: true }),
  });
}

async function start(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('palette')).toBeVisible();
}

/** A diagram titled `title` holding one `kind`, drawn in `page` and saved. */
async function drawSaved(page: Page, title: string, kind: string): Promise<void> {
  await setTitle(page, title);
  await addByClick(page, kind);
  await expect.poll(() => kept(page, title)).toBe(true);
}

test('two tabs keep two diagrams: a reload of tab B after tab A saved still shows diagram 2', async ({
  context,
}) => {
  const a = await context.newPage();
  await start(a);
  await drawSaved(a, 'Diagram one', 'vpc');

  const b = await context.newPage();
  await start(b);
  b.on('dialog', (d) => void d.accept());
  await b.getByTestId('toolbar-new').click();
  await expect.poll(async () => (await doc(b)).nodes.length).toBe(0);
  await drawSaved(b, 'Diagram two', 's3');

  // Tab A goes on editing diagram 1 and autosaves after tab B did.
  await a.bringToFront();
  await addByClick(a, 'waf');
  await expect.poll(() => kept(a, '"waf"')).toBe(true);

  await b.bringToFront();
  await b.reload();
  await expect(b.getByTestId('palette')).toBeVisible();
  await expect.poll(async () => (await doc(b)).title).toBe('Diagram two');
  expect(await kinds(b)).toEqual(['s3']);
  // And tab A still has diagram 1 after its own reload.
  await a.reload();
  await expect.poll(async () => (await doc(a)).title).toBe('Diagram one');
  expect(await kinds(a)).toEqual(['vpc', 'waf']);
});

test('the same diagram in two tabs: a change reaches the other; edits at once are never overwritten', async ({
  context,
}) => {
  const a = await context.newPage();
  await start(a);
  await drawSaved(a, 'Shared', 'vpc');

  // A new tab opens the most recent diagram: the same one.
  const b = await context.newPage();
  await start(b);
  await expect.poll(async () => (await doc(b)).title).toBe('Shared');

  await a.bringToFront();
  await addByClick(a, 'waf');
  await expect.poll(() => kinds(b)).toEqual(['vpc', 'waf']);

  // B edits, and before its save A's save of another edit lands (pagehide writes at once).
  await b.evaluate(() =>
    window.__editorStore!.getState().commit((d) => ({ ...d, title: 'Shared, edited in B' })),
  );
  await a.evaluate(() => {
    window.__editorStore!.getState().commit((d) => ({ ...d, title: 'Shared, edited in A' }));
    window.dispatchEvent(new Event('pagehide'));
  });
  const conflict = b.getByTestId('library-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('changed in another tab');
  // B's save did not replace A's newer work.
  await expect
    .poll(async () => (await storedRecords(a)).map((r) => r.title))
    .toEqual(['Shared, edited in A']);

  await conflict.getByTestId('library-conflict-keep-mine').click();
  await expect(conflict).toHaveCount(0);
  await expect.poll(async () => (await doc(b)).title).toBe('Shared, edited in B (copy)');
  await expect
    .poll(async () => (await storedRecords(a)).map((r) => r.title).sort())
    .toEqual(['Shared, edited in A', 'Shared, edited in B (copy)']);
  expect((await doc(a)).title).toBe('Shared, edited in A');
});

test('My diagrams lists every diagram newest first: search, open, rename, duplicate, download, delete and restore', async ({
  page,
}) => {
  await start(page);
  await setTitle(page, 'Web tier');
  await addByClick(page, 'alb');
  page.on('dialog', (d) => void d.accept());
  await page.getByTestId('toolbar-new').click();
  await setTitle(page, 'Data lake');
  await addByClick(page, 's3');
  await expect.poll(async () => (await storedRecords(page)).length).toBe(2);
  await expect.poll(() => kept(page, '"s3"')).toBe(true);

  await page.getByTestId('library-button').click();
  const dialog = page.getByRole('dialog', { name: 'My diagrams' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('my-diagrams-search')).toBeFocused();
  const titles = dialog.getByTestId('library-item-title');
  await expect(titles).toHaveText(['Data lake', 'Web tier']);
  await expect(dialog.getByTestId('library-item').first()).toContainText('Open in this tab');

  await page.getByTestId('my-diagrams-search').fill('WEB');
  await expect(titles).toHaveText(['Web tier']);
  await page.getByTestId('my-diagrams-search').fill('');

  // Rename a diagram that is not open, then duplicate it.
  await row(dialog, 'Web tier').getByRole('button', { name: 'Rename: Web tier' }).click();
  // The title becomes a field (so the row is found by it, not by its title).
  await dialog.getByTestId('library-rename-input').fill('Web tier v2');
  await dialog.getByTestId('library-rename-input').press('Enter');
  await expect(titles).toHaveText(['Web tier v2', 'Data lake']);
  await row(dialog, 'Web tier v2').getByTestId('library-duplicate').click();
  await expect(titles).toHaveText(['Web tier v2 (copy)', 'Web tier v2', 'Data lake']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download: Web tier v2 (copy)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('web-tier-v2-copy.json');

  // Delete to the trash, and restore.
  await row(dialog, 'Web tier v2 (copy)').getByTestId('library-delete').click();
  await expect(titles).toHaveText(['Web tier v2', 'Data lake']);
  await page.getByTestId('my-diagrams-show-trash').click();
  await expect(titles).toHaveText(['Web tier v2 (copy)']);
  await expect(dialog).toContainText('removed in 30 days');
  await dialog.getByTestId('library-restore').click();
  await expect(page.getByTestId('my-diagrams-empty')).toBeVisible();
  await page.getByTestId('my-diagrams-show-list').click();
  await expect(titles).toHaveCount(3);

  // Open one: the dialog closes, the diagram is there, Undo goes back to the other.
  await row(dialog, 'Web tier v2').getByTestId('library-open').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await doc(page)).title).toBe('Web tier v2');
  expect(await kinds(page)).toEqual(['alb']);
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await doc(page)).title).toBe('Data lake');

  // Escape closes the dialog.
  await page.getByTestId('library-button').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a preset opens as a new diagram; the one before stays in My diagrams', async ({ page }) => {
  await start(page);
  await drawSaved(page, 'Mine', 'guardduty');
  page.on('dialog', (d) => void d.accept());
  await page.getByTestId('presets-button').click();
  await page.getByTestId('preset-card-cloudfront-waf-alb').click();
  await expect.poll(async () => (await doc(page)).preset?.id).toBe('cloudfront-waf-alb');
  await expect.poll(async () => (await storedRecords(page)).length).toBe(2);
  await page.reload();
  await expect.poll(async () => (await doc(page)).preset?.id).toBe('cloudfront-waf-alb');
});

test('the autosave of earlier versions moves into the library once', async ({ page }) => {
  await start(page);
  const legacy = JSON.stringify({
    type: 'aws-security-playground',
    version: 1,
    title: 'From the old autosave',
    nodes: [{ id: 'w', kind: 'waf', position: { x: 0, y: 0 } }],
    edges: [],
  });
  // A fresh tab (its own session) of a browser that has only the old slot.
  await page.evaluate((text) => localStorage.setItem('asp.autosave.v1', text), legacy);
  const fresh = await page.context().newPage();
  await fresh.goto('./');
  await expect.poll(async () => (await doc(fresh)).title).toBe('From the old autosave');
  expect(await fresh.evaluate(() => localStorage.getItem('asp.autosave.v1'))).toBeNull();
  expect((await storedRecords(fresh)).filter((r) => r.doc === legacy)).toHaveLength(1);
});

test('without IndexedDB the app works in memory, says so once, and offers Download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await start(page);
  const notice = page.getByTestId('notice-warning');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('not keeping your diagrams');
  const status = page.getByTestId('library-not-kept');
  await expect(status).toContainText('Not kept in this browser');

  await setTitle(page, 'In memory');
  await addByClick(page, 'waf');
  await addByClick(page, 'shield');
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('notice-warning')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    status.getByTestId('library-not-kept-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('in-memory.json');
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  expect((JSON.parse(text) as Diagram).nodes.map((n) => n.kind)).toEqual(['waf', 'shield']);
});
