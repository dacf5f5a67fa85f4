/**
 * Share links in a real browser: "Copy link" on a preset puts a link on the clipboard,
 * and that link opened in a fresh browser (no storage in common) shows the same
 * diagram; a tampered link is refused with a notice and the app goes on working; a
 * diagram too large for a link says its size and offers the file instead; without the
 * clipboard the link is shown to copy by hand.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PolicyGuard } from './fixtures';
import { replaceDoc } from './documents';
import type { Diagram } from '../src/domain/document/types';

const PRESET = 'cloudfront-waf-alb';

async function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc as Diagram);
}

async function openPreset(page: Page): Promise<Diagram> {
  await page.goto(`./?preset=${PRESET}`);
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(PRESET);
  return doc(page);
}

/**
 * A page in a new browser context: nothing saved by the other pages reaches it. The
 * policy guard watches it too, so the opened link runs under the same checks.
 */
async function freshPage(browser: Browser, guard: PolicyGuard): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await guard.watch(context);
  return context.newPage();
}

test('a link copied from a preset opens the same diagram in another browser', async ({
  page,
  context,
  browser,
  policyGuard,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shared = await openPreset(page);
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-status')).toHaveAttribute('data-copy', 'copied');
  await expect(page.getByTestId('share-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d1=[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-url')).toHaveValue(link);

  const other = await freshPage(browser, policyGuard);
  await other.goto(link);
  await expect(other.locator('.react-flow__node')).toHaveCount(shared.nodes.length);
  expect(await doc(other)).toEqual(shared);
  // The fragment is gone, so that a reload does not open the link again.
  expect(other.url()).not.toContain('#');
  await other.context().close();
});

test('a tampered link is refused with the reason; the app keeps working and opens the next link', async ({
  page,
  browser,
  policyGuard,
}) => {
  const shared = await openPreset(page);
  await page.getByTestId('share-link').click();
  const link = await page.getByTestId('share-url').inputValue();

  const other = await freshPage(browser, policyGuard);
  await other.goto(link.slice(0, link.length - 40));
  const notice = other.getByTestId('notice-error');
  await expect(notice).toContainText(
    'The shared link cannot be opened; the open diagram is unchanged.',
  );
  await expect(notice).toContainText('the compressed diagram in the link is damaged');
  expect(await doc(other)).toMatchObject({ nodes: [], edges: [] });

  // Still working: the whole link pasted into the same tab (only the fragment changes).
  await other.evaluate((hash) => {
    window.location.hash = hash;
  }, new URL(link).hash);
  await expect(other.locator('.react-flow__node')).toHaveCount(shared.nodes.length);
  expect(await doc(other)).toEqual(shared);
  await other.context().close();
});

test('a link that is not a diagram is refused by import, naming what is wrong', async ({
  page,
}) => {
  // "hello" compressed with raw DEFLATE: a well-formed link whose content is not JSON.
  await page.goto('./#d1=y0jNyckHAA');
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('The shared link cannot be opened');
  await expect(notice).toContainText('The file is not valid JSON');
});

/** Labels that do not repeat do not compress: enough of them make a link too long. */
function largeDiagram(): Diagram {
  let seed = 7;
  const letter = () => {
    seed = (seed * 48271) % 2147483647;
    return String.fromCharCode(97 + (seed % 26));
  };
  const nodes = Array.from({ length: 100 }, (_, i) => ({
    id: `ec2-${i}`,
    kind: 'ec2' as const,
    label: Array.from({ length: 500 }, letter).join(''),
    position: { x: (i % 10) * 120, y: Math.floor(i / 10) * 120 },
    props: { ssmAgent: true, publicIp: false, elasticIp: false },
  }));
  return { type: 'aws-security-playground', version: 1, title: 'Large', nodes, edges: [] };
}

test('a diagram too large for a link says the size and offers the file', async ({ page }) => {
  await page.goto('./');
  await replaceDoc(page, largeDiagram());
  await page.getByTestId('share-link').click();
  const message = page.getByTestId('share-too-large');
  await expect(message).toContainText(/the link would be \d+ KB; the limit is 32 KB/);
  const size = Number(/would be (\d+) KB/.exec((await message.textContent()) ?? '')?.[1]);
  expect(size).toBeGreaterThan(32);
  const download = page.waitForEvent('download');
  await page.getByTestId('share-download').click();
  expect((await download).suggestedFilename()).toBe('large.json');
});

test('without the clipboard the link is shown selected, to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await openPreset(page);
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-status')).toHaveAttribute('data-copy', 'by-hand');
  const field = page.getByTestId('share-url');
  await expect(field).toBeFocused();
  const selected = await field.evaluate(
    (el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!,
  );
  expect(selected).toBe((await field.inputValue()).length);
});
