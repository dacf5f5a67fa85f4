/**
 * The Trace traffic tool from the user's side, on the preset "NACL and security groups":
 * a question asked in the panel (toolbar button, form, destination picked on the
 * canvas), its hop list and canvas badges, the deciding NACL rows, the Fix buttons
 * (each one undo step) up to a reachable answer, the exposure map, the node menu,
 * the T and Escape keys, and the Japanese texts. The answers are the engine's own.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import type { Diagram } from '../src/domain/document/types';

const PRESET = 'nacl-and-security-groups';

async function openPreset(page: Page) {
  await page.goto(`./?preset=${PRESET}`);
  await expect(page.getByTestId('node-db')).toBeVisible();
}

function panel(page: Page): Locator {
  return page.getByTestId('trace-panel');
}

async function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc as Diagram);
}

/** The hop the trace is blocked at (there is one at most). */
function blockedHop(page: Page): Locator {
  return panel(page).locator('[data-testid="trace-hop"][data-verdict="deny"]');
}

test('asked in the panel: hops, badges, the deciding NACL row, Fix to reachable, undo back to the block', async ({
  page,
}) => {
  await openPreset(page);
  await page.getByTestId('toolbar-trace').click();
  await expect(panel(page)).toBeVisible();
  // The findings panel gives the trace its place in the right column.
  await expect(page.getByTestId('findings-panel')).toHaveCount(0);
  // Opened without a destination, the tool waits for one to be picked on the canvas.
  await expect(panel(page).getByTestId('trace-picking')).toContainText('destination');

  await panel(page).getByTestId('trace-from').selectOption({ label: 'Web ALB' });
  await panel(page).getByTestId('trace-port-443').click();
  await expect(panel(page).getByTestId('trace-port')).toHaveValue('443');
  await page.getByTestId('node-app1').click();
  await expect(panel(page).getByTestId('trace-picking')).toHaveCount(0);
  await expect(panel(page).getByTestId('trace-to')).toHaveValue('app1');
  await panel(page).getByTestId('trace-run').click();

  const headline = panel(page).getByTestId('trace-headline');
  await expect(headline).toHaveAttribute('data-reachable', 'false');
  await expect(headline).toHaveText('✕ Blocked at App NACL: Network ACL stops it coming in');
  await expect(panel(page).getByTestId('trace-path')).toHaveText('Path: Web ALB → App server A');

  // The hop list: request hops only (the request never arrives), numbered from 1.
  const hops = panel(page).getByTestId('trace-hop');
  await expect(hops).toHaveCount(4);
  await expect(panel(page).getByTestId('trace-hops-response')).toHaveCount(0);
  await expect(hops.nth(1)).toContainText('✓ allowed');
  await expect(hops.nth(1)).toContainText('Security group outbound');
  await expect(hops.nth(1).getByTestId('trace-hop-title')).toHaveText('Security group lets it out');
  const blocked = blockedHop(page);
  await expect(blocked).toHaveAttribute('data-code', 'NACL_INBOUND_DENY');
  await expect(blocked).toContainText('✕ blocked');
  await expect(blocked).toContainText('Network ACL inbound');

  // The deciding rule as rows: 100 and 110 checked without a match, the final * deny decides.
  const rows = blocked.getByTestId('trace-rule-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-mark', 'no-match');
  await expect(rows.nth(0)).toContainText('100');
  await expect(rows.nth(0)).toContainText('does not match');
  await expect(rows.nth(1)).toHaveAttribute('data-mark', 'no-match');
  await expect(rows.nth(2)).toHaveAttribute('data-mark', 'decides');
  await expect(rows.nth(2)).toContainText('*');
  await expect(rows.nth(2)).toContainText('decides');
  await expect(blocked.getByRole('table')).toContainText("Inbound rules of 'App NACL'");

  // "Why?" explains the code and links the AWS page, in a new tab.
  await blocked.getByText('Why?').click();
  await expect(blocked.getByTestId('trace-hop-explanation')).toContainText(
    'the final * rule denies it',
  );
  const link = blocked.getByRole('link', { name: 'AWS documentation' });
  await expect(link).toHaveAttribute('href', /docs\.aws\.amazon\.com\/vpc\/.*network-acls/);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);

  // The canvas: the NACL badged as a hop, the blocked hop on the destination.
  await expect(page.getByTestId('node-nacl-app-a')).toHaveAttribute('data-trace', 'hop');
  await expect(page.getByTestId('node-alb')).toHaveAttribute('data-trace', 'path');
  const app1Badges = page.getByTestId('node-app1').getByTestId('trace-hop-badge');
  await expect(app1Badges.and(page.locator('[data-verdict="deny"]'))).toHaveAttribute(
    'data-hops',
    '4',
  );
  await expect(page.getByTestId('node-alb').getByTestId('trace-hop-badge')).toHaveAttribute(
    'data-hops',
    '2,3',
  );

  // Stepping: a click on a hop, Next, the arrow keys, then the whole trace again.
  await hops.nth(1).getByTestId('trace-hop-step').click();
  await expect(panel(page).getByTestId('trace-step')).toHaveText('Hop 2 of 4');
  await expect(hops.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('node-alb').locator('.is-current')).toHaveCount(1);
  await panel(page).getByTestId('trace-next').click();
  await expect(panel(page).getByTestId('trace-step')).toHaveText('Hop 3 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(panel(page).getByTestId('trace-step')).toHaveText('Hop 4 of 4');
  await expect(page.getByTestId('node-app1').locator('.is-current')).toHaveAttribute(
    'data-verdict',
    'deny',
  );
  await page.keyboard.press('ArrowLeft');
  await expect(panel(page).getByTestId('trace-step')).toHaveText('Hop 3 of 4');
  await panel(page).getByTestId('trace-whole').click();
  await expect(panel(page).getByTestId('trace-step')).toHaveText('');
  await expect(page.locator('.asp-trace-badge.is-current')).toHaveCount(0);

  // Fix 1 opens the NACL; the packet then stops at the security group, which allows nothing.
  const undoDepth = await page.evaluate(() => window.__editorStore!.getState().past.length);
  const fix = panel(page).getByTestId('trace-fix');
  await expect(fix).toHaveText(
    "Fix: Add to Network ACL 'App NACL' the inbound rule 120 (allow TCP 443, 10.4.0.0/24)",
  );
  await fix.click();
  await expect(headline).toHaveText('✕ Blocked at App SG: Security group does not let it in');
  expect(await page.evaluate(() => window.__editorStore!.getState().past.length)).toBe(
    undoDepth + 1,
  );
  const naclRows = (await doc(page)).nodes.find((n) => n.id === 'nacl-app-a')!.props.inbound;
  expect(naclRows).toContainEqual(expect.objectContaining({ rule: 120, ports: '443' }));
  await expect(blockedHop(page).getByTestId('trace-rules-none')).toHaveText('No rule allows it.');

  // Fix 2 adds the security-group rule: reachable, there and back.
  await expect(fix).toContainText("Security group 'App SG'");
  await fix.click();
  await expect(headline).toHaveText('✓ Reachable');
  await expect(fix).toHaveCount(0);
  await expect(panel(page).getByTestId('trace-hops-response')).toBeVisible();
  await expect(blockedHop(page)).toHaveCount(0);
  await expect(
    page.getByTestId('node-app1').getByTestId('trace-hop-badge').first(),
  ).toHaveAttribute('data-verdict', 'allow');

  // Undo, twice, brings each block back.
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveText('✕ Blocked at App SG: Security group does not let it in');
  await page.keyboard.press('Control+z');
  await expect(headline).toContainText('Blocked at App NACL');
  await expect(blockedHop(page).getByTestId('trace-rule-row').nth(2)).toHaveAttribute(
    'data-mark',
    'decides',
  );
  await expect(
    page
      .getByTestId('node-app1')
      .getByTestId('trace-hop-badge')
      .and(page.locator('[data-verdict="deny"]')),
  ).toHaveCount(1);
});

test('the node menu traces from the internet or from the node; T and Escape open and close the tool', async ({
  page,
}) => {
  await openPreset(page);

  // Right-click → "Trace from the internet to here": answered at once.
  await page.getByTestId('node-app1').click({ button: 'right' });
  const menu = page.getByTestId('trace-node-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Trace from the internet to here' }).click();
  await expect(menu).toHaveCount(0);
  const headline = panel(page).getByTestId('trace-headline');
  await expect(headline).toHaveText('✓ Reachable');
  await expect(panel(page).getByTestId('trace-path')).toHaveText(
    'Path: Users → Web ALB → App server A',
  );
  await expect(page.getByTestId('node-alb')).toHaveAttribute('data-trace', 'path');
  await expect(page.getByTestId('node-waf-alb')).toHaveAttribute('data-trace', 'hop');

  // The same question with an SQL injection: the web ACL in front of the ALB stops it.
  await panel(page).getByTestId('trace-threat').selectOption('sqli');
  await panel(page).getByTestId('trace-run').click();
  const threat = panel(page).getByTestId('trace-threat-outcome');
  await expect(threat).toHaveAttribute('data-outcome', 'stopped');
  await expect(threat).toContainText('Threat: SQL injection');
  await expect(threat).toContainText('Stopped by WAF managed rules at ALB web ACL');
  await panel(page).getByTestId('trace-threat').selectOption('none');

  // Right-click → "Trace from here…", then pick the destination on the canvas.
  await page.getByTestId('node-app2').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Trace from here…' }).click();
  await expect(panel(page).getByTestId('trace-from')).toHaveValue('app2');
  await expect(panel(page).getByTestId('trace-picking')).toBeVisible();
  await page.getByTestId('node-db').click();
  await expect(headline).toContainText('Blocked at App NACL: Network ACL stops it going out');
  await panel(page).getByTestId('trace-port-5432').click();
  await panel(page).getByTestId('trace-run').click();
  await expect(headline).toHaveText('✓ Reachable');

  // A question the diagram cannot answer says why, next to the form.
  await panel(page).getByTestId('trace-port').fill('70000');
  await panel(page).getByTestId('trace-run').click();
  await expect(panel(page).getByTestId('trace-error')).toBeVisible();
  await expect(panel(page).getByTestId('trace-headline')).toHaveCount(0);

  // Escape closes the tool; T opens it, Escape stops picking, Escape again closes;
  // T in a text field is only text.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByTestId('trace-hop-badge')).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(panel(page)).toBeVisible();
  await expect(page.getByTestId('toolbar-trace')).toHaveAttribute('aria-pressed', 'true');
  // The form keeps the last question; picking a new source is under way until Escape.
  await expect(panel(page).getByTestId('trace-to')).toHaveValue('db');
  await panel(page).getByTestId('trace-pick-from').click();
  await expect(panel(page).getByTestId('trace-picking')).toContainText('source');
  await page.keyboard.press('Escape');
  await expect(panel(page).getByTestId('trace-picking')).toHaveCount(0);
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByTestId('findings-panel')).toBeVisible();
  await page.getByTestId('palette-search').fill('t');
  await expect(panel(page)).toHaveCount(0);

  // The shortcut sheet lists the key.
  await page.getByTestId('toolbar-help').click();
  await expect(page.getByTestId('shortcut-help')).toContainText('Open or close Trace traffic');
});

test('the answer follows an edit in the inspector, and its undo', async ({ page }) => {
  await openPreset(page);
  await page.getByTestId('node-app1').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Trace from the internet to here' }).click();
  const headline = panel(page).getByTestId('trace-headline');
  await expect(headline).toHaveText('✓ Reachable');

  // The ALB's group loses its HTTPS row in the inspector: the trace is blocked there.
  await page.evaluate(() =>
    window.__editorStore!.getState().select({ nodes: ['sg-alb'], edges: [] }),
  );
  await page.getByTestId('inspector-prop-inbound-0-ports').fill('8443');
  await page.getByTestId('inspector-prop-inbound-0-ports').press('Enter');
  await expect(headline).toContainText('Blocked at ALB SG');
  await expect(blockedHop(page)).toHaveAttribute('data-code', 'SG_INBOUND_DENY');
  await expect(page.getByTestId('node-sg-alb')).toHaveAttribute('data-trace', 'hop');

  // Undo from the toolbar (Ctrl+Z in the field would undo the field's own text).
  await page.getByTestId('toolbar-undo').click();
  await expect(headline).toHaveText('✓ Reachable');
});

test('the exposure map lists what the internet reaches and badges it; a row focuses its node', async ({
  page,
}) => {
  await openPreset(page);
  await page.getByTestId('toolbar-trace').click();
  await panel(page).getByTestId('trace-exposure-show').click();

  const items = panel(page).getByTestId('trace-exposure-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute('data-node', 'alb');
  await expect(items.nth(0)).toContainText('Web ALB');
  await expect(items.nth(0)).toContainText('443');
  await expect(items.nth(0)).toContainText(
    "The internet reaches Application Load Balancer 'Web ALB'",
  );
  await expect(page.getByTestId('exposure-badge')).toHaveCount(3);
  await expect(page.getByTestId('node-app1').getByTestId('exposure-badge')).toHaveText('443');

  await items.nth(1).getByRole('button').click();
  await expect
    .poll(() => page.evaluate(() => window.__editorStore!.getState().selection.nodes))
    .toEqual([await items.nth(1).getAttribute('data-node')]);

  await panel(page).getByTestId('trace-exposure-hide').click();
  await expect(items).toHaveCount(0);
  await expect(page.getByTestId('exposure-badge')).toHaveCount(0);

  // Closing the tool takes the exposure map away with it.
  await panel(page).getByTestId('trace-exposure-show').click();
  await expect(page.getByTestId('exposure-badge')).toHaveCount(3);
  await page.getByTestId('trace-close').click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByTestId('exposure-badge')).toHaveCount(0);
});

test('the tool speaks Japanese', async ({ page }) => {
  await openPreset(page);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('toolbar-trace')).toHaveText('通信トレース');

  await page.getByTestId('node-app1').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'インターネットからここへトレース' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('トラフィックのトレース');
  await expect(panel(page).getByTestId('trace-headline')).toHaveText('✓ 到達可能');
  await expect(panel(page).getByTestId('trace-hops-request')).toContainText('リクエスト');
  await expect(panel(page).getByTestId('trace-hops-response')).toContainText('応答');
  await expect(panel(page).getByTestId('trace-hop').first()).toContainText('✓ 許可');

  await panel(page).getByTestId('trace-from').selectOption({ label: 'Web ALB' });
  await panel(page).getByTestId('trace-run').click();
  await expect(panel(page).getByTestId('trace-headline')).toHaveText(
    '✕ App NACL でブロック: ネットワーク ACL が受信を拒否',
  );
  const rows = blockedHop(page).getByTestId('trace-rule-row');
  await expect(rows.nth(0)).toContainText('一致しない');
  await expect(rows.nth(2)).toContainText('これで決定');
  await expect(panel(page).getByTestId('trace-fix')).toContainText('修正:');
  await expect(panel(page).getByTestId('trace-exposure-show')).toHaveText(
    'インターネットから何に届く？',
  );
});
