/**
 * The validator's live UI in a real browser: the toolbar summary, the findings panel
 * (groups, counts, filters, details, one-click fix, accept), the node badges, and the
 * findings following the document (after a drag, only at its end). The document is
 * read from `window.__editorStore`, the findings from `window.__findingsStore`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { kept } from './libraryStore';

// `window.__editorStore` and `window.__findingsStore` are declared by src/app/main.tsx.

/** Internet → IGW → ALB in a one-AZ public subnet, and a GuardDuty drawn inside the VPC:
 * NET-06 and PLC-01 (errors), WAF-06 (warning), NET-10 and SHD-07 (info). Shared with
 * the findings store's unit test. */
const DEMO_TEXT = readFileSync('e2e/fixtures/findings-demo.json', 'utf8');

function editorState(page: Page) {
  return page.evaluate(() => {
    const s = window.__editorStore!.getState();
    return { doc: s.doc, past: s.past.length, selection: s.selection };
  });
}

function findingsVersion(page: Page): Promise<number> {
  return page.evaluate(() => window.__findingsStore!.getState().version);
}

async function openDemo(page: Page) {
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'demo.json',
    mimeType: 'application/json',
    buffer: Buffer.from(DEMO_TEXT),
  });
  await expect(page.getByTestId('toolbar-title')).toHaveText('Findings demo');
  await expect(page.getByTestId('node-gd')).toBeVisible();
  await viewSettled(page);
}

/** Opening fits the view with an animation: pointer tests wait until it has ended. */
async function viewSettled(page: Page) {
  const transform = () =>
    page.evaluate(
      () => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
    );
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await transform();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

function panel(page: Page): Locator {
  return page.getByTestId('findings-panel');
}

function item(page: Page, rule: string): Locator {
  return panel(page).getByTestId(`finding-${rule}`);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(panel(page)).toBeVisible();
});

test('an empty diagram says there are no findings', async ({ page }) => {
  await expect(page.getByTestId('findings-summary')).toHaveText('No findings');
  await expect(panel(page).getByTestId('findings-none')).toBeVisible();
});

test('the toolbar summary and the panel group and count the findings', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByTestId('findings-summary')).toHaveText('2 errors · 1 warning · 2 info');
  await expect(panel(page).getByTestId('findings-count-error')).toHaveText('2');
  await expect(panel(page).getByTestId('findings-count-warning')).toHaveText('1');
  await expect(panel(page).getByTestId('findings-count-info')).toHaveText('2');
  await expect(panel(page).getByTestId('findings-group-error').locator('li')).toHaveCount(2);
  await expect(item(page, 'PLC-01')).toContainText('GuardDuty');

  // The summary moves the focus to the panel.
  await page.getByTestId('findings-summary').click();
  await expect(panel(page)).toBeFocused();

  // Japanese has no plural forms.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('findings-summary')).toHaveText(
    'エラー 2 件 · 警告 1 件 · 情報 2 件',
  );
});

test('filters by severity and by rule', async ({ page }) => {
  await openDemo(page);
  await panel(page).getByTestId('findings-filter-warning').click();
  await expect(panel(page).getByTestId('findings-group-error')).toHaveCount(0);
  await expect(panel(page).getByTestId('findings-group-info')).toHaveCount(0);
  await expect(panel(page).locator('li')).toHaveCount(1);
  await expect(item(page, 'WAF-06')).toBeVisible();

  await panel(page).getByTestId('findings-filter-all').click();
  await panel(page).getByTestId('findings-filter-rule').selectOption('PLC-01');
  await expect(panel(page).locator('li')).toHaveCount(1);
  await expect(item(page, 'PLC-01')).toBeVisible();

  await panel(page).getByTestId('findings-filter-info').click();
  await expect(panel(page).getByTestId('findings-none-match')).toBeVisible();
});

test('a click on a finding selects its nodes and centres the view on them', async ({ page }) => {
  await openDemo(page);
  // Pan the diagram well away first (the wheel pans).
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const offCentre = async () => {
    const c = await centre(page.getByTestId('node-gd'));
    return Math.hypot(c.x - middle.x, c.y - middle.y);
  };
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.wheel(0, 400);
  await page.mouse.wheel(0, 400);
  await expect.poll(offCentre).toBeGreaterThan(250);

  await item(page, 'PLC-01').getByTestId('finding-show').click();
  expect((await editorState(page)).selection.nodes).toEqual(['gd']);
  await expect.poll(offCentre).toBeLessThan(12);
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'gd');
});

test('nodes carry a badge in their worst severity colour, with the messages on hover', async ({
  page,
}) => {
  await openDemo(page);
  const gd = page.getByTestId('finding-badge-gd');
  await expect(gd).toHaveAttribute('data-severity', 'error');
  await expect(gd).toHaveCSS('background-color', 'rgb(209, 50, 18)');
  await expect(gd).toHaveAttribute('title', /PLC-01: .*GuardDuty.*inside VPC/);
  // The VPC's only finding is NET-10 (info); the ALB's worst of three is an error.
  await expect(page.getByTestId('finding-badge-vpc')).toHaveAttribute('data-severity', 'info');
  await expect(page.getByTestId('finding-badge-vpc')).toHaveCSS(
    'background-color',
    'rgb(0, 115, 187)',
  );
  const alb = page.getByTestId('finding-badge-alb');
  await expect(alb).toHaveAttribute('data-severity', 'error');
  const title = (await alb.getAttribute('title'))!;
  expect(title.split('\n').map((l) => l.split(':')[0])).toEqual([
    'Error NET-06',
    'Warning WAF-06',
    'Info SHD-07',
  ]);
  await expect(page.getByTestId('finding-badge-in')).toHaveCount(0);
  // Hovered, the browser shows the badge's title (the messages) as its tooltip.
  await alb.hover();
  expect(await alb.evaluate((el) => el.matches(':hover'))).toBe(true);
});

test('a finding expands to its explanation, fix and AWS source', async ({ page }) => {
  await openDemo(page);
  const waf = item(page, 'WAF-06');
  await expect(waf.getByTestId('finding-details')).toHaveCount(0);
  await waf.getByTestId('finding-toggle').click();
  await expect(waf.getByTestId('finding-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(waf.getByTestId('finding-why')).toContainText('AWS WAF');
  await expect(waf.getByTestId('finding-fix-text')).toContainText('web ACL');
  const link = waf.getByTestId('finding-source');
  await expect(link).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
});

test('the one-click fix removes the finding and one Ctrl+Z brings it back', async ({ page }) => {
  await openDemo(page);
  const { past } = await editorState(page);
  await item(page, 'WAF-06').getByTestId('finding-fix').click();
  await expect(item(page, 'WAF-06')).toHaveCount(0);
  await expect(page.getByTestId('findings-summary')).toHaveText('2 errors · 2 info');
  const after = await editorState(page);
  expect(after.past).toBe(past + 1);
  expect(after.doc.nodes.some((n) => n.kind === 'waf')).toBe(true);

  await page.keyboard.press('Control+z');
  await expect(item(page, 'WAF-06')).toHaveCount(1);
  await expect(page.getByTestId('findings-summary')).toHaveText('2 errors · 1 warning · 2 info');
  expect((await editorState(page)).doc.nodes.some((n) => n.kind === 'waf')).toBe(false);
});

test('accepting with a reason sets the finding apart, and the reload keeps it', async ({
  page,
}) => {
  await openDemo(page);
  const waf = item(page, 'WAF-06');
  await waf.getByTestId('finding-accept').click();
  // A reason is required.
  await waf.getByTestId('finding-accept-confirm').click();
  await expect(waf.getByRole('alert')).toBeVisible();
  await waf.getByTestId('finding-accept-reason').fill('Internal test stack, no users');
  await waf.getByTestId('finding-accept-reason').press('Enter');

  await expect(item(page, 'WAF-06')).toHaveCount(0);
  await expect(page.getByTestId('findings-summary')).toHaveText('2 errors · 2 info');
  await expect(panel(page).getByTestId('findings-group-warning')).toHaveCount(0);
  const accepted = panel(page).getByTestId('findings-accepted');
  await expect(accepted).not.toHaveAttribute('open');
  await expect(accepted.getByTestId('findings-accepted-summary')).toHaveText('Accepted (1)');
  expect((await editorState(page)).doc.accepted).toEqual([
    { rule: 'WAF-06', node: 'alb', reason: 'Internal test stack, no users' },
  ]);
  // The ALB still has its error, but WAF-06 is off its badge.
  await expect(page.getByTestId('finding-badge-alb')).not.toHaveAttribute('title', /WAF-06/);

  // Autosave runs 400 ms after the change; the reload restores the acceptance.
  await expect.poll(() => kept(page, 'Internal test stack')).toBe(true);
  await page.reload();
  await expect(page.getByTestId('node-gd')).toBeVisible();
  await expect(page.getByTestId('findings-summary')).toHaveText('2 errors · 2 info');
  await panel(page).getByTestId('findings-accepted-summary').click();
  await expect(panel(page).getByTestId('accepted-WAF-06')).toContainText(
    'Internal test stack, no users',
  );

  await panel(page).getByTestId('finding-unaccept').click();
  await expect(item(page, 'WAF-06')).toHaveCount(1);
  await expect(panel(page).getByTestId('findings-accepted')).toHaveCount(0);
});

test('an acceptance whose finding is gone is listed as no longer found, and Remove is one undo step', async ({
  page,
}) => {
  const reason = 'Internal test stack, no users';
  const demo = JSON.parse(DEMO_TEXT) as Record<string, unknown>;
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'accepted.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ ...demo, accepted: [{ rule: 'WAF-06', node: 'alb', reason }] }),
    ),
  });
  await expect(page.getByTestId('toolbar-title')).toHaveText('Findings demo');
  const summary = panel(page).getByTestId('findings-accepted-summary');
  await expect(summary).toHaveText('Accepted (1)');

  // The problem goes away: a web ACL now protects the ALB.
  await page.evaluate(() =>
    window.__editorStore!.getState().commit((doc) => ({
      ...doc,
      nodes: [...doc.nodes, { id: 'acl', kind: 'waf', position: { x: 0, y: 600 }, props: {} }],
      edges: [...doc.edges, { id: 'p1', source: 'acl', target: 'alb', kind: 'protects' }],
    })),
  );
  await expect(summary).toHaveText('Accepted (0) · 1 no longer found');
  await summary.click();
  const unused = panel(page).getByTestId('accepted-unused-WAF-06');
  await expect(unused).toContainText('No longer found');
  await expect(unused).toContainText(reason);
  // Still in the document until the user removes it.
  expect((await editorState(page)).doc.accepted).toEqual([{ rule: 'WAF-06', node: 'alb', reason }]);

  const { past } = await editorState(page);
  await unused.getByTestId('accepted-remove').click();
  await expect(panel(page).getByTestId('findings-accepted')).toHaveCount(0);
  const after = await editorState(page);
  expect(after.doc.accepted).toBeUndefined();
  expect(after.past).toBe(past + 1);

  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText('Accepted (0) · 1 no longer found');
  expect((await editorState(page)).doc.accepted).toEqual([{ rule: 'WAF-06', node: 'alb', reason }]);
});

test('a drag recomputes the findings once, at its end', async ({ page }) => {
  await openDemo(page);
  const version = await findingsVersion(page);
  const from = await centre(page.getByTestId('node-gd'));
  const vpc = (await page.getByTestId('node-vpc').boundingBox())!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2);
  // Out of the VPC, to its right: GuardDuty then sits at top level, where it belongs.
  await page.mouse.move(vpc.x + vpc.width + 120, from.y, { steps: 15 });
  expect(await findingsVersion(page)).toBe(version);
  await expect(page.getByTestId('finding-badge-gd')).toBeVisible();
  await page.mouse.up();
  await expect.poll(() => findingsVersion(page)).toBe(version + 1);
  await expect(page.getByTestId('finding-badge-gd')).toHaveCount(0);
  await expect(item(page, 'PLC-01')).toHaveCount(0);
});

test('an unchecked challenge hides the findings until the learner checks', async ({ page }) => {
  await page.goto('./?preset=challenge-guardduty-in-subnet');
  await expect(page.getByTestId('challenge-bar')).toBeVisible();
  await expect(page.getByTestId('findings-summary')).toHaveText('Findings hidden');
  await expect(panel(page).getByTestId('findings-hidden')).toBeVisible();
  await expect(panel(page).locator('li')).toHaveCount(0);
  await expect(page.locator('[data-testid^="finding-badge-"]')).toHaveCount(0);

  await page.getByTestId('challenge-check').click();
  await expect(page.getByTestId('findings-summary')).toContainText('error');
  await expect(item(page, 'PLC-01').first()).toBeVisible();
  await expect(page.locator('[data-testid^="finding-badge-"]').first()).toBeVisible();
});
