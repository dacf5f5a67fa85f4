/**
 * The learner's progress in a real browser: solving a challenge marks it solved (with
 * the hints used) in the gallery, the mark survives a reload, "Reset progress" asks
 * and then forgets it; a damaged stored value is ignored. Also: a preset opened in
 * Japanese shows its Japanese labels (preset.labels).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { PresetInfo } from '../src/domain/document/types';

const KEY = 'asp.progress.v1';
/** A challenge whose errors (PLC-01) all have one-click fixes. */
const CHALLENGE = 'challenge-guardduty-in-subnet';
const REFERENCE = 'cloudfront-waf-alb';

function presetFile(id: string): { preset: PresetInfo } {
  return JSON.parse(readFileSync(`presets/${id}.json`, 'utf8')) as { preset: PresetInfo };
}

async function openGallery(page: Page) {
  await page.getByTestId('presets-button').click();
  await expect(page.getByTestId('preset-cards')).toBeVisible();
}

function statusOf(page: Page, id: string) {
  return page.getByTestId(`preset-card-${id}`).getByTestId('challenge-status');
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('a solved challenge is marked in the gallery, survives a reload and is reset on request', async ({
  page,
}) => {
  await openGallery(page);
  await expect(statusOf(page, CHALLENGE)).toHaveAttribute('data-solved', 'false');
  await page.getByTestId(`preset-card-${CHALLENGE}`).click();

  // One hint, then the one-click fixes of every error.
  const bar = page.getByTestId('challenge-bar');
  await bar.getByTestId('challenge-hint').click();
  await bar.getByTestId('challenge-check').click();
  const fixes = page.getByTestId('finding-PLC-01').getByTestId('finding-fix');
  while ((await fixes.count()) > 0) {
    const before = await fixes.count();
    await fixes.first().click();
    await expect(fixes).toHaveCount(before - 1);
  }
  await expect(bar.getByTestId('challenge-solved')).toBeVisible();

  await openGallery(page);
  const status = statusOf(page, CHALLENGE);
  await expect(status).toHaveAttribute('data-solved', 'true');
  await expect(status).toHaveAttribute('data-hints', '1');
  await expect(status).toHaveText('✓ Solved · hints: 1');
  // The rules of the findings shown after "Check my design" count as met.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY))
    .toContain('PLC-01');

  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
  await openGallery(page);
  await expect(statusOf(page, CHALLENGE)).toHaveAttribute('data-solved', 'true');

  // Declining the confirmation keeps everything; accepting forgets it.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByTestId('progress-reset').click();
  await expect(statusOf(page, CHALLENGE)).toHaveAttribute('data-solved', 'true');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('progress-reset').click();
  await expect(statusOf(page, CHALLENGE)).toHaveAttribute('data-solved', 'false');
  await expect(statusOf(page, CHALLENGE)).toHaveText('Not solved yet');
  await expect(page.getByTestId('progress-reset')).toBeDisabled();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('a damaged stored progress is ignored: the gallery opens with nothing solved', async ({
  page,
}) => {
  await page.evaluate((key) => localStorage.setItem(key, '{"solved": {"x": tru'), KEY);
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
  await openGallery(page);
  await expect(statusOf(page, CHALLENGE)).toHaveAttribute('data-solved', 'false');
});

test('a preset opened in Japanese shows its Japanese labels', async ({ page }) => {
  const { preset } = presetFile(REFERENCE);
  const [id, label] = Object.entries(preset.labels ?? {})[0];
  await page.getByTestId('lang-switch').click();
  await openGallery(page);
  await page.getByTestId(`preset-card-${REFERENCE}`).click();
  await expect(page.getByTestId(`node-${id}`)).toContainText(label.ja);
  await expect(page.getByTestId(`node-${id}`)).not.toContainText(label.en);
});
