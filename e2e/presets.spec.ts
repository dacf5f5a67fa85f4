/**
 * Presets in a real browser: the gallery (open, filter, keyboard), `?preset=<id>` on
 * start, a challenge from hidden findings to the lesson, and replacing unsaved work
 * (asked first, undoable). Expectations are read from the preset files themselves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Diagram, PresetInfo } from '../src/domain/document/types';
import { nodesOutsideCanvas } from './canvasView';
import { kept } from './libraryStore';

interface PresetFile {
  nodes: { id: string; kind: string }[];
  title?: string;
  preset: PresetInfo;
}

const PRESETS: PresetFile[] = readdirSync('presets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('presets', f), 'utf8')) as PresetFile);

function preset(id: string): PresetFile {
  const found = PRESETS.find((p) => p.preset.id === id);
  if (!found) throw new Error(`presets/ has no preset ${id}`);
  return found;
}

/** A reference architecture, and a challenge whose two errors both have one-click fixes. */
const REFERENCE = 'cloudfront-waf-alb';
const CHALLENGE = 'challenge-guardduty-in-subnet';

async function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc as Diagram);
}

async function openGallery(page: Page) {
  await page.getByTestId('presets-button').click();
  await expect(page.getByTestId('preset-gallery')).toBeVisible();
  await expect(page.getByTestId('preset-cards')).toBeVisible();
}

async function addByClick(page: Page, kind: string) {
  const before = (await doc(page)).nodes.length;
  await page.getByTestId(`palette-item-${kind}`).click();
  await expect.poll(async () => (await doc(page)).nodes.length).toBe(before + 1);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('a reference preset opens from the gallery: its nodes, title and lesson appear', async ({
  page,
}) => {
  const file = preset(REFERENCE);
  await openGallery(page);
  const card = page.getByTestId(`preset-card-${REFERENCE}`);
  await expect(card.getByTestId('preset-card-title')).toHaveText(file.preset.title.en);
  await expect(card.getByTestId('preset-card-mode')).toHaveText('Reference');
  for (const exam of file.preset.exam) await expect(card).toContainText(exam);
  // The thumbnail draws one rectangle per node.
  await expect(card.locator('svg rect')).toHaveCount(file.nodes.length);

  await card.click();
  await expect(page.getByTestId('preset-gallery')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(file.nodes.length);
  for (const node of file.nodes) await expect(page.getByTestId(`node-${node.id}`)).toBeVisible();
  expect((await doc(page)).preset?.id).toBe(REFERENCE);
  await expect(page.getByTestId('reference-title')).toHaveText(file.preset.title.en);
  await expect(page.getByTestId('reference-lesson')).toHaveText(file.preset.lesson.en);
  if (file.title) await expect(page.getByTestId('toolbar-title')).toHaveText(file.title);
  // Reference presets are not challenges: findings are visible.
  await expect(page.getByTestId('findings-hidden')).toHaveCount(0);

  // The language switch changes the preset's own texts too.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('reference-title')).toHaveText(file.preset.title.ja);
  await expect(page.getByTestId('reference-lesson')).toHaveText(file.preset.lesson.ja);

  await page.getByTestId('reference-card-hide').click();
  await expect(page.getByTestId('reference-card')).toHaveCount(0);
  await page.getByTestId('reference-card-show').click();
  await expect(page.getByTestId('reference-title')).toHaveText(file.preset.title.ja);
});

test('the gallery filters by exam, mode and service, and works from the keyboard', async ({
  page,
}) => {
  await openGallery(page);
  const cards = page.locator('[data-testid^="preset-card-"][data-mode]');
  await expect(cards).toHaveCount(PRESETS.length);

  const challenges = PRESETS.filter((p) => p.preset.mode === 'challenge');
  await page.getByTestId('preset-filter-mode').selectOption('challenge');
  await expect(cards).toHaveCount(challenges.length);
  await expect(page.locator('[data-mode="reference"]')).toHaveCount(0);

  // Narrow further by an exam tag that only some challenges carry.
  const exam = [...new Set(challenges.flatMap((p) => p.preset.exam))].find(
    (x) => challenges.filter((p) => p.preset.exam.includes(x)).length < challenges.length,
  )!;
  await page.getByTestId('preset-filter-exam').selectOption(exam);
  await expect(cards).toHaveCount(challenges.filter((p) => p.preset.exam.includes(exam)).length);

  await page.getByTestId('preset-filter-reset').click();
  const kind = 'network-firewall';
  await page.getByTestId('preset-filter-kind').selectOption(kind);
  const withKind = PRESETS.filter((p) => p.nodes.some((n) => n.kind === kind));
  expect(withKind.length).toBeGreaterThan(0);
  await expect(cards).toHaveCount(withKind.length);
  for (const p of withKind)
    await expect(page.getByTestId(`preset-card-${p.preset.id}`)).toBeVisible();

  // Escape closes; in Japanese the cards' titles follow the language.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preset-gallery')).toHaveCount(0);
  await page.getByTestId('lang-switch').click();
  await openGallery(page);
  await expect(
    page.getByTestId(`preset-card-${REFERENCE}`).getByTestId('preset-card-title'),
  ).toHaveText(preset(REFERENCE).preset.title.ja);

  // The cards are focusable buttons: Enter opens one.
  const card = page.getByTestId(`preset-card-${REFERENCE}`);
  await card.focus();
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(REFERENCE);
});

test('?preset=<id> opens that preset on start; the restored diagram stays one undo away', async ({
  page,
}) => {
  await addByClick(page, 'waf');
  // Wait for the autosave, then start again with the parameter.
  await expect.poll(() => kept(page, '"waf"')).toBe(true);
  await page.goto(`./?preset=${REFERENCE}`);
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(REFERENCE);
  await expect(page.locator('.react-flow__node')).toHaveCount(preset(REFERENCE).nodes.length);
  await expect(page.getByTestId('reference-title')).toHaveText(preset(REFERENCE).preset.title.en);
  // The view frames the preset, not the restored diagram it replaced (nor no fit at all).
  await expect.poll(() => nodesOutsideCanvas(page)).toEqual([]);
  // The parameter is gone, so a reload keeps the learner's edits.
  expect(new URL(page.url()).searchParams.has('preset')).toBe(false);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await doc(page)).nodes.map((n) => n.kind)).toEqual(['waf']);

  await page.goto('./?preset=no-such-preset');
  await expect(page.getByTestId('notices')).toContainText('no-such-preset');
  expect((await doc(page)).nodes.map((n) => n.kind)).toEqual(['waf']);
});

test('a challenge hides findings until checked, counts and hints errors, and ends with the lesson', async ({
  page,
}) => {
  const file = preset(CHALLENGE);
  const errors = file.preset.expect.filter((e) => e.rule === 'PLC-01');
  await openGallery(page);
  await page.getByTestId(`preset-card-${CHALLENGE}`).click();

  const bar = page.getByTestId('challenge-bar');
  await expect(bar.getByTestId('challenge-title')).toHaveText(file.preset.title.en);
  await expect(bar.getByTestId('challenge-scenario')).toHaveText(file.preset.scenario.en);
  const counter = bar.getByTestId('challenge-errors-left');
  await expect(counter).toHaveAttribute('data-count', String(errors.length));
  await expect(counter).toHaveText(`Errors left: ${errors.length}`);

  // Hidden: no list, no badges.
  await expect(page.getByTestId('findings-hidden')).toBeVisible();
  await expect(page.locator('[data-testid^="finding-PLC-01"]')).toHaveCount(0);
  await expect(page.locator('[data-testid^="finding-badge-"]')).toHaveCount(0);

  // A hint reveals one error, not the others.
  await bar.getByTestId('challenge-hint').click();
  await expect(bar.getByTestId('challenge-hint-item')).toHaveCount(1);
  await expect(bar.getByTestId('challenge-hint-item')).toContainText(/GuardDuty|WAF/);
  await expect(page.getByTestId('findings-hidden')).toBeVisible();

  await bar.getByTestId('challenge-check').click();
  await expect(page.getByTestId('findings-hidden')).toHaveCount(0);
  const plc = page.getByTestId('finding-PLC-01');
  await expect(plc).toHaveCount(errors.length);
  await expect(page.locator('[data-testid^="finding-badge-"]').first()).toBeVisible();
  await expect(bar.getByTestId('challenge-solved')).toHaveCount(0);

  // Solve with the one-click fixes.
  for (let left = errors.length; left > 0; left--) {
    await plc.first().getByTestId('finding-fix').click();
    await expect(counter).toHaveAttribute('data-count', String(left - 1));
  }
  await expect(bar.getByTestId('challenge-hint-item')).toHaveAttribute('data-fixed', 'true');
  await expect(bar.getByTestId('challenge-solved')).toContainText('Well done');
  await expect(bar.getByTestId('challenge-lesson')).toHaveText(file.preset.lesson.en);
  await page.getByTestId('lang-switch').click();
  await expect(bar.getByTestId('challenge-lesson')).toHaveText(file.preset.lesson.ja);

  // A new diagram leaves challenge mode.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('toolbar-new').click();
  await expect(page.getByTestId('challenge-bar')).toHaveCount(0);
});

test('replacing unsaved work asks first, and Ctrl+Z brings the old diagram back', async ({
  page,
}) => {
  await addByClick(page, 'guardduty');
  await openGallery(page);

  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.getByTestId(`preset-card-${CHALLENGE}`).click();
  await expect.poll(() => asked.length).toBe(1);
  // Declined: nothing changed and the gallery is still open.
  expect((await doc(page)).nodes.map((n) => n.kind)).toEqual(['guardduty']);
  await expect(page.getByTestId('preset-gallery')).toBeVisible();

  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await page.getByTestId(`preset-card-${CHALLENGE}`).click();
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(CHALLENGE);
  expect(asked).toHaveLength(2);
  await expect(page.getByTestId('challenge-bar')).toBeVisible();

  // An untouched preset is replaced without asking.
  await openGallery(page);
  await page.getByTestId(`preset-card-${REFERENCE}`).click();
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(REFERENCE);
  expect(asked).toHaveLength(2);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await doc(page)).preset?.id).toBe(CHALLENGE);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await doc(page)).nodes.map((n) => n.kind)).toEqual(['guardduty']);
  await expect(page.getByTestId('challenge-bar')).toHaveCount(0);
  await expect(page.getByTestId('findings-hidden')).toHaveCount(0);
});
