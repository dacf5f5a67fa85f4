/**
 * Suggested traces and goal traces of presets in a real browser: a button opens the
 * trace tool prefilled and runs it (read from the trace store; the canvas badges show
 * it), each goal is marked ✓ or ✗ as the diagram is edited, and the two trace-judged
 * challenges are solved only once their traces answer as their goals say. Questions
 * and goals are read from the preset files themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { PresetInfo } from '../src/domain/document/types';
import type { TraceState } from '../src/store/trace';

function presetInfo(id: string): PresetInfo {
  const file = JSON.parse(readFileSync(join('presets', `${id}.json`), 'utf8')) as {
    preset: PresetInfo;
  };
  return file.preset;
}

async function openFromGallery(page: Page, id: string) {
  await page.getByTestId('presets-button').click();
  await expect(page.getByTestId('preset-cards')).toBeVisible();
  await page.getByTestId(`preset-card-${id}`).click();
  await expect(page.getByTestId('preset-gallery')).toHaveCount(0);
}

type TraceView = Pick<TraceState, 'open' | 'draft' | 'result' | 'error'>;

async function traceState(page: Page): Promise<TraceView> {
  return page.evaluate(() => {
    const { open, draft, result, error } = window.__traceStore!.getState();
    return { open, draft, result, error };
  });
}

/** Sets some props of one node: one undo step through the editor store, as the inspector does. */
async function setProps(page: Page, id: string, props: Record<string, unknown>) {
  await page.evaluate(
    ([nodeId, change]) =>
      window.__editorStore!.getState().commit((doc) => ({
        ...doc,
        nodes: doc.nodes.map((n) =>
          n.id === nodeId ? { ...n, props: { ...n.props, ...change } as typeof n.props } : n,
        ),
      })),
    [id, props] as const,
  );
}

/** Deletes one leaf node with its edges, as one undo step. */
async function deleteNode(page: Page, id: string) {
  await page.evaluate(
    (nodeId) =>
      window.__editorStore!.getState().commit((doc) => ({
        ...doc,
        nodes: doc.nodes.filter((n) => n.id !== nodeId),
        edges: doc.edges.filter((e) => e.source !== nodeId && e.target !== nodeId),
      })),
    id,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('the NACL response challenge: the trace shows the dropped response, and the fix meets the goal', async ({
  page,
}) => {
  const id = 'challenge-nacl-response-dropped';
  const info = presetInfo(id);
  const goal = info.traces![0];
  await openFromGallery(page, id);

  const bar = page.getByTestId('challenge-bar');
  const mark = bar.getByTestId('preset-trace-goal');
  await expect(mark).toHaveAttribute('data-state', 'unmet');
  await expect(mark).toHaveText(/✗\s*Goal: reachable/);
  await expect(bar.getByTestId('challenge-goals-left')).toHaveAttribute('data-count', '1');

  // The button opens the tool with exactly the question, run at once.
  await bar.getByTestId('preset-trace').click();
  await expect.poll(async () => (await traceState(page)).result !== null).toBe(true);
  const opened = await traceState(page);
  expect(opened.open).toBe(true);
  expect(opened.error).toBeNull();
  expect(opened.draft).toMatchObject({ ...goal.question, threat: 'none', mode: 'network' });
  expect(opened.result!.reachable).toBe(false);
  expect(opened.result!.blocked).toEqual({ node: 'nacl-web', code: 'NACL_RESPONSE_DENY' });
  const deny = opened.result!.hops.find((h) => h.verdict === 'deny')!;
  expect(deny).toMatchObject({ phase: 'response', check: 'nacl-outbound', rule: '*' });
  // The request hops before it were all let through.
  const requests = opened.result!.hops.filter((h) => h.phase === 'request');
  expect(requests.every((h) => h.verdict !== 'deny')).toBe(true);
  await expect(page.getByTestId('trace-hop-badge').first()).toBeVisible();

  // Solve as the lesson says: the one-click fix of NACL-02 adds the ephemeral row
  // (in the findings panel, which the trace tool's panel takes the place of while open).
  await page.evaluate(() => window.__traceStore!.getState().close());
  await bar.getByTestId('challenge-check').click();
  await page.getByTestId('finding-NACL-02').getByTestId('finding-fix').click();
  await expect(bar.getByTestId('challenge-errors-left')).toHaveAttribute('data-count', '0');
  await expect(mark).toHaveAttribute('data-state', 'met');
  await expect(mark).toHaveText(/✓\s*Goal: reachable/);
  await expect(bar.getByTestId('challenge-goals-left')).toHaveAttribute('data-count', '0');
  await expect(bar.getByTestId('challenge-solved')).toContainText('every goal trace');
  await expect(bar.getByTestId('challenge-lesson')).toHaveText(info.lesson.en);
  // The same suggested trace now answers reachable, the response let out by the new row.
  await bar.getByTestId('preset-trace').click();
  await expect.poll(async () => (await traceState(page)).result?.reachable).toBe(true);
  const fixed = (await traceState(page)).result!.hops.find(
    (h) => h.node === 'nacl-web' && h.phase === 'response',
  );
  expect(fixed).toMatchObject({ verdict: 'allow', code: 'NACL_RESPONSE_ALLOW' });
});

test('the exposed-database challenge is solved only when 3306 is closed and the shop still works', async ({
  page,
}) => {
  const id = 'challenge-database-exposed';
  const info = presetInfo(id);
  await openFromGallery(page, id);

  const bar = page.getByTestId('challenge-bar');
  const marks = bar.getByTestId('preset-trace-goal');
  const states = () => marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  // No finding: only the goal traces say something is wrong.
  await expect(bar.getByTestId('challenge-errors-left')).toHaveAttribute('data-count', '0');
  await expect.poll(states).toEqual(['unmet', 'met', 'met']);
  await expect(bar.getByTestId('challenge-solved')).toHaveCount(0);

  await bar.getByTestId('preset-trace').first().click();
  await expect.poll(async () => (await traceState(page)).result !== null).toBe(true);
  const opened = await traceState(page);
  expect(opened.draft).toMatchObject({ ...info.traces![0].question });
  expect(opened.result!.reachable).toBe(true);
  expect(opened.result!.path.at(-1)).toBe('db');
  await expect(page.getByTestId('trace-hop-badge').first()).toBeVisible();

  // Cutting the VPC off the internet closes 3306, but the web server goes dark too.
  await deleteNode(page, 'igw');
  await expect.poll(states).toEqual(['met', 'unmet', 'met']);
  await expect(bar.getByTestId('challenge-goals-left')).toHaveAttribute('data-count', '1');
  await expect(bar.getByTestId('challenge-solved')).toHaveCount(0);
  await page.evaluate(() => window.__editorStore!.getState().undo());
  await expect.poll(states).toEqual(['unmet', 'met', 'met']);

  // The fix: only the web servers' group may reach 3306, and no public address.
  await setProps(page, 'sg-db', {
    inbound: [{ protocol: 'tcp', ports: '3306', source: 'sg-web' }],
  });
  await expect.poll(states).toEqual(['met', 'met', 'met']);
  await expect(marks.first()).toHaveText(/✓\s*Goal: unreachable/);
  await setProps(page, 'db', { publiclyAccessible: false });
  await expect(bar.getByTestId('challenge-solved')).toContainText('every goal trace');
  await expect(bar.getByTestId('challenge-lesson')).toHaveText(info.lesson.en);
  await expect
    .poll(async () => (await traceState(page)).result?.blocked?.code)
    .toBe('NO_PUBLIC_ADDRESS');
});

test('a reference shows its goal traces met, in English and Japanese', async ({ page }) => {
  const id = 'nacl-and-security-groups';
  const info = presetInfo(id);
  await openFromGallery(page, id);
  const card = page.getByTestId('reference-card');
  const marks = card.getByTestId('preset-trace-goal');
  await expect(marks).toHaveCount(info.traces!.filter((t) => t.expect).length);
  for (const state of await marks.evaluateAll((els) => els.map((e) => e.dataset.state)))
    expect(state).toBe('met');

  await card.getByTestId('preset-trace').nth(1).click();
  await expect.poll(async () => (await traceState(page)).result?.reachable).toBe(false);
  expect((await traceState(page)).draft).toMatchObject({ ...info.traces![1].question });

  await page.getByTestId('lang-switch').click();
  await expect(card.getByTestId('preset-trace').nth(1)).toContainText(info.traces![1].label.ja);
  await expect(marks.nth(1)).toHaveText(/✓\s*ゴール: 到達できない/);
});
