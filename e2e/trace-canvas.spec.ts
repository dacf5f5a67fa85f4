/**
 * The trace drawn on the canvas, in a real browser: the path highlighted and the rest
 * dimmed, numbered hop badges by verdict, the packet reaching its end (or the blocking
 * node, marked ✕), stepping, reduced motion, the exposure badges, and Japanese titles.
 * The answers are set in the trace store as the engine gives them (hand-made here, so
 * the drawing is checked apart from the engine's own verdicts).
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import type { ExposureMap, TraceResult } from '../src/domain/trace/types';
import { hop, result } from '../src/canvas/trace/testResults';

const PRESET = 'nacl-and-security-groups';
const PATH = ['users', 'alb', 'app1', 'db'];

/** users → alb → app1 → db on 3306, denied by the database subnet's NACL (hop 5). */
const BLOCKED = result(
  PATH,
  [
    hop('alb', 'allow', { node: 'sg-alb' }),
    hop('alb', 'inspect', { node: 'waf-alb', check: 'inspect', code: 'WAF_INSPECTS' }),
    hop('app1', 'allow', { node: 'nacl-app-a' }),
    hop('app1', 'allow', { node: 'sg-app-a' }),
    hop('db', 'deny', { node: 'nacl-db', code: 'NACL_INBOUND_DENY' }),
  ],
  { blocked: { node: 'nacl-db', code: 'NACL_INBOUND_DENY' } },
);

const ALLOWED = result(PATH, [hop('alb', 'allow'), hop('app1', 'allow'), hop('db', 'allow')]);

async function openPreset(page: Page) {
  await page.goto(`./?preset=${PRESET}`);
  await expect(page.getByTestId('node-db')).toBeVisible();
}

async function showTrace(page: Page, answer: TraceResult) {
  await page.evaluate((r) => {
    const store = window.__traceStore!;
    store.setState({
      open: true,
      result: r,
      step: null,
      playRequest: store.getState().playRequest + 1,
    });
  }, answer);
}

/** The opacity of a node's React Flow wrapper (where the dimming applies). */
function opacity(node: Locator): Promise<number> {
  return node.evaluate((el) => Number(getComputedStyle(el.parentElement!).opacity));
}

/** Distance between the centres of the packet and a node, in screen pixels. */
async function packetDistanceTo(page: Page, nodeId: string): Promise<number> {
  const a = (await page.getByTestId('trace-packet').boundingBox())!;
  // The React Flow wrapper: its box is the node's measured size, whose centre the packet takes.
  const b = (await page.getByTestId(`node-${nodeId}`).locator('..').boundingBox())!;
  return Math.hypot(
    a.x + a.width / 2 - (b.x + b.width / 2),
    a.y + a.height / 2 - (b.y + b.height / 2),
  );
}

test('a blocked trace: path lit, the rest dimmed, hop badges by verdict, the packet stopped at the block', async ({
  page,
}) => {
  await openPreset(page);
  await showTrace(page, BLOCKED);

  await expect(page.getByTestId('canvas')).toHaveClass(/asp-canvas--trace/);
  await expect(page.getByTestId('node-alb')).toHaveAttribute('data-trace', 'path');
  await expect(page.getByTestId('node-nacl-db')).toHaveAttribute('data-trace', 'hop');
  await expect(page.getByTestId('node-guardduty')).not.toHaveAttribute('data-trace', /./);
  expect(await opacity(page.getByTestId('node-alb'))).toBe(1);
  expect(await opacity(page.getByTestId('node-nacl-db'))).toBe(1);
  expect(await opacity(page.getByTestId('node-guardduty'))).toBeLessThan(0.5);
  expect(await opacity(page.getByTestId('node-app2'))).toBeLessThan(0.5);
  // users→alb, alb→app1, app1→db; not alb→app2 nor app2→db.
  await expect(page.locator('.asp-edge--on-path')).toHaveCount(3);

  const alb = page.getByTestId('node-alb').getByTestId('trace-hop-badge');
  await expect(alb).toHaveCount(2);
  await expect(alb.nth(0)).toHaveAttribute('data-verdict', 'allow');
  await expect(alb.nth(0)).toHaveText('✓1');
  await expect(alb.nth(1)).toHaveAttribute('data-verdict', 'inspect');
  await expect(alb.nth(1)).toHaveAttribute('title', 'Hop 2: inspected');
  await expect(page.getByTestId('node-app1').getByTestId('trace-hop-badge')).toHaveText('✓3 · 4');
  const db = page.getByTestId('node-db').getByTestId('trace-hop-badge');
  await expect(db).toHaveClass(/asp-trace-badge--deny/);
  await expect(db).toHaveAttribute('aria-label', 'Hop 5: blocked');
  await expect(page.getByTestId('node-users').getByTestId('trace-hop-badge')).toHaveCount(0);

  const packet = page.getByTestId('trace-packet');
  await expect(packet).toHaveAttribute('data-trace-packet', 'request');
  await expect(packet).toHaveAttribute('data-trace-packet', 'blocked');
  await expect(packet).toHaveAttribute('title', 'The packet is blocked here');
  await expect.poll(() => packetDistanceTo(page, 'db')).toBeLessThan(2);
  expect(await packet.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"✕"');

  // Closing the tool takes every mark away.
  await page.evaluate(() => window.__traceStore!.getState().close());
  await expect(page.getByTestId('canvas')).not.toHaveClass(/asp-canvas--trace/);
  await expect(page.getByTestId('trace-hop-badge')).toHaveCount(0);
  await expect(page.getByTestId('trace-packet')).toHaveCount(0);
  expect(await opacity(page.getByTestId('node-guardduty'))).toBe(1);
});

test('an allowed trace goes there and back; a replay starts it again', async ({ page }) => {
  await openPreset(page);
  await showTrace(page, ALLOWED);
  const packet = page.getByTestId('trace-packet');
  await expect(packet).toHaveAttribute('data-trace-packet', 'response');
  await expect(packet).toHaveAttribute('data-trace-packet', 'done');
  await expect.poll(() => packetDistanceTo(page, 'users')).toBeLessThan(2);
  await page.evaluate(() => window.__traceStore!.getState().replay());
  await expect(packet).toHaveAttribute('data-trace-packet', 'request');
  await expect(packet).toHaveAttribute('data-trace-packet', 'done');
});

test('stepping parks the packet at the hop and emphasises its badge', async ({ page }) => {
  await openPreset(page);
  await showTrace(page, BLOCKED);
  const packet = page.getByTestId('trace-packet');

  await page.evaluate(() => window.__traceStore!.getState().setStep(0));
  await expect(packet).toHaveAttribute('data-trace-packet', 'step');
  await expect.poll(() => packetDistanceTo(page, 'alb')).toBeLessThan(2);
  await expect(page.locator('.asp-trace-badge.is-current')).toHaveCount(1);
  await expect(page.getByTestId('node-alb').locator('.is-current')).toHaveAttribute(
    'data-hops',
    '1',
  );

  await page.evaluate(() => window.__traceStore!.getState().setStep(4));
  await expect.poll(() => packetDistanceTo(page, 'db')).toBeLessThan(2);
  await expect(page.getByTestId('node-db').locator('.is-current')).toHaveAttribute(
    'data-verdict',
    'deny',
  );
  await expect(page.getByTestId('node-alb').locator('.is-current')).toHaveCount(0);
});

test('with reduced motion the packet shows its final place at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPreset(page);
  await showTrace(page, BLOCKED);
  const packet = page.getByTestId('trace-packet');
  // Set in the same frame as the answer: no animation ever runs.
  expect(await packet.getAttribute('data-trace-packet')).toBe('blocked');
  expect(await packet.evaluate((el) => el.getAnimations().length)).toBe(0);
  await expect.poll(() => packetDistanceTo(page, 'db')).toBeLessThan(2);
});

test('the exposure map badges the exposed nodes with their ports, in English and Japanese', async ({
  page,
}) => {
  await openPreset(page);
  const exposure: ExposureMap = {
    nodes: [
      {
        node: 'db',
        ports: [3306],
        entryPoint: false,
        risk: 9,
        reason: { en: 'Database open', ja: 'DB 公開' },
      },
      {
        node: 'alb',
        ports: [80, 443],
        entryPoint: false,
        risk: 2,
        reason: { en: 'Web', ja: 'ウェブ' },
      },
      { node: 'users', ports: [], entryPoint: true, risk: 1, reason: { en: 'Edge', ja: 'エッジ' } },
    ],
  };
  await page.evaluate((e) => window.__traceStore!.setState({ exposure: e }), exposure);

  await expect(page.getByTestId('canvas')).toHaveClass(/asp-canvas--exposure/);
  const db = page.getByTestId('node-db').getByTestId('exposure-badge');
  await expect(db).toHaveText('3306');
  await expect(db).toHaveClass(/is-risky/);
  await expect(db).toHaveAttribute(
    'title',
    'Open to the internet on a risky port: 3306\nDatabase open',
  );
  const alb = page.getByTestId('node-alb').getByTestId('exposure-badge');
  await expect(alb).toHaveText('80 · 443');
  await expect(alb).not.toHaveClass(/is-risky/);
  await expect(page.getByTestId('node-users').getByTestId('exposure-badge')).toHaveText('entry');
  await expect(page.getByTestId('exposure-badge')).toHaveCount(3);
  const dimmed = await opacity(page.getByTestId('node-guardduty'));
  expect(dimmed).toBeLessThan(1);
  expect(dimmed).toBeGreaterThan(0.4);

  await page.evaluate(() => window.__editorStore!.getState().setLang('ja'));
  await expect(page.getByTestId('node-users').getByTestId('exposure-badge')).toHaveText('入口');
  await expect(db).toHaveAttribute(
    'title',
    '危険なポートがインターネットに開いています: 3306\nDB 公開',
  );
  await showTrace(page, BLOCKED);
  await expect(page.getByTestId('node-db').getByTestId('trace-hop-badge')).toHaveAttribute(
    'title',
    'ホップ 5: ブロック',
  );

  await page.evaluate(() => window.__traceStore!.getState().hideExposure());
  await expect(page.getByTestId('exposure-badge')).toHaveCount(0);
  await expect(page.getByTestId('canvas')).not.toHaveClass(/asp-canvas--exposure/);
});
