/**
 * The study path in a real browser: the Learn button opens it with focus inside, a topic
 * shows its explanation, rules and challenges; opening the challenge from there and
 * solving it (the tested solving path of presets/challengeSolutions.ts, applied as an
 * edit, or the learner's own edit in the inspector) marks it solved, and its rules met,
 * when Learn is opened again. In Japanese the topics, preset titles and counts are
 * Japanese. Escape closes it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Diagram, PresetInfo } from '../src/domain/document/types';
import { TOPICS_BY_ID } from '../src/domain/learn/topics';
import { CHALLENGE_SOLUTIONS } from '../presets/challengeSolutions';

const TOPIC = 'security-groups';
const CHALLENGE = 'challenge-ssh-open-to-world';

function presetOf(id: string): PresetInfo {
  return (JSON.parse(readFileSync(`presets/${id}.json`, 'utf8')) as { preset: PresetInfo }).preset;
}

async function openLearn(page: Page) {
  await page.getByTestId('learn-button').click();
  await expect(page.getByTestId('learn-view')).toBeVisible();
  await expect(page.getByTestId('learn-overall')).toHaveText(/\d/);
}

/** Opens `challenge` from its row in the topic shown (not solved yet); returns the challenge bar. */
async function openChallengeFromTopic(page: Page, topicId: string, challenge: string) {
  const row = page.getByTestId(`learn-topic-${topicId}`).getByTestId(`learn-preset-${challenge}`);
  await expect(row.getByTestId('challenge-status')).toHaveAttribute('data-solved', 'false');
  await row.getByTestId('learn-preset-open').click();
  await expect(page.getByTestId('learn-view')).toHaveCount(0);
  const bar = page.getByTestId('challenge-bar');
  await expect(bar).toBeVisible();
  return bar;
}

/** Learn, opened again, marks `challenge` solved, its topic's count and `rule` as met. */
async function expectMarkedSolved(page: Page, topicId: string, challenge: string, rule: string) {
  await openLearn(page);
  await page.getByTestId(`learn-choose-${topicId}`).click();
  await expect(
    page.getByTestId(`learn-preset-${challenge}`).getByTestId('challenge-status'),
  ).toHaveAttribute('data-solved', 'true');
  await expect(
    page.getByTestId(`learn-choose-${topicId}`).getByTestId('learn-topic-count'),
  ).toContainText('1/');
  await expect(page.getByTestId(`learn-rule-${rule}`).getByTestId('learn-rule-met')).toBeVisible();
  await expect(page.getByTestId('learn-overall')).toContainText(/^1 of \d+ challenges solved$/);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('open a topic, solve its challenge, see it marked solved', async ({ page }) => {
  await openLearn(page);
  await expect(page.getByTestId('learn-choose-ids-ips')).toBeFocused();
  await page.getByTestId(`learn-choose-${TOPIC}`).click();
  const topic = page.getByTestId(`learn-topic-${TOPIC}`);
  await expect(topic.getByRole('heading', { level: 3 })).toHaveText('Security groups');
  const rule = topic.getByTestId('learn-rule-SG-05');
  await expect(rule.getByTestId('learn-rule-why')).toBeHidden();
  await rule.locator('summary').click();
  await expect(rule.getByTestId('learn-rule-why')).toBeVisible();

  const bar = await openChallengeFromTopic(page, TOPIC, CHALLENGE);

  // Checking first shows the findings (so their rules count as met), then the solving
  // path, computed from the open document and applied as one edit (which
  // keeps the preset block, so the challenge goes on).
  await bar.getByTestId('challenge-check').click();
  await expect(page.getByTestId('finding-SG-05').first()).toBeVisible();
  const doc = await page.evaluate(() => window.__editorStore!.getState().doc);
  const solved: Diagram = CHALLENGE_SOLUTIONS[CHALLENGE].solve(doc);
  await page.evaluate(
    (next) => window.__editorStore!.getState().commit((d) => ({ ...next, preset: d.preset })),
    solved,
  );
  await expect(bar.getByTestId('challenge-solved')).toBeVisible();

  await expectMarkedSolved(page, TOPIC, CHALLENGE, 'SG-05');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('learn-view')).toHaveCount(0);
  await expect(page.getByTestId('learn-button')).toBeFocused();
});

test('Artifact and audits: the auditor’s role made read-only in the inspector is marked solved', async ({
  page,
}) => {
  const topicId = 'artifact-audit';
  const challenge = 'challenge-auditor-can-write';
  await openLearn(page);
  await page.getByTestId(`learn-choose-${topicId}`).click();
  await expect(
    page.getByTestId(`learn-topic-${topicId}`).getByRole('heading', { level: 3 }),
  ).toHaveText('Artifact and audits');
  const bar = await openChallengeFromTopic(page, topicId, challenge);

  await bar.getByTestId('challenge-check').click();
  await expect(page.getByTestId('finding-IAM-01')).toHaveCount(1);
  // What the learner does: select the auditor's role and lower its access level.
  await page.getByTestId('node-auditor-role').click();
  const access = page.getByTestId('inspector-prop-accessLevel');
  await expect(access).toHaveValue('administrator');
  await access.selectOption('read-only');
  await expect(page.getByTestId('finding-IAM-01')).toHaveCount(0);
  await expect(bar.getByTestId('challenge-solved')).toBeVisible();

  await expectMarkedSolved(page, topicId, challenge, 'IAM-01');
});

test('in Japanese the study path and its preset titles are Japanese', async ({ page }) => {
  await page.evaluate(() => window.__editorStore!.getState().setLang('ja'));
  await expect(page.getByTestId('learn-button')).toHaveText('学習');
  await openLearn(page);
  await expect(page.getByTestId('learn-view').getByRole('heading', { level: 2 })).toHaveText(
    '学習パス',
  );
  await page.getByTestId(`learn-choose-${TOPIC}`).click();
  const topic = page.getByTestId(`learn-topic-${TOPIC}`);
  await expect(topic.getByRole('heading', { level: 3 })).toHaveText(
    TOPICS_BY_ID.get(TOPIC)!.title.ja,
  );
  await expect(topic.getByTestId(`learn-preset-${CHALLENGE}`)).toContainText(
    presetOf(CHALLENGE).title.ja,
  );
  await expect(page.getByTestId('learn-overall')).toContainText('問中');
});
