/**
 * The Content Security Policy of the built app: what it says, that the app's features
 * work under it (layout worker, exports, icons, preset gallery, trace animation), and
 * that the guard every spec runs under (fixtures.ts) catches what breaks it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

async function openApp(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

test('the app is served with a strict policy, as a header and in the page', async ({ page }) => {
  const response = await page.goto('./');
  const header = directives(response!.headers()['content-security-policy'] ?? '');
  const meta = directives(
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '',
  );
  for (const policy of [header, meta]) {
    // WebAssembly compilation only (the Terraform parser), never strings as code.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  }
  // Framing can only be refused by a header: a <meta> policy may not carry it.
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(meta.has('frame-ancestors')).toBe(false);
});

test('the app works under the policy: layout worker, exports, gallery, trace', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openApp(page, './?preset=cloudfront-waf-alb');
  // icons are data: images
  await expect(page.locator('.react-flow__node img').first()).toBeVisible();

  const before = await page.evaluate(() => window.__editorStore!.getState().past.length);
  await page.getByTestId('auto-layout').click();
  // the layout ran in the worker and came back as one undo step
  await expect
    .poll(() => page.evaluate(() => window.__editorStore!.getState().past.length))
    .toBe(before + 1);

  for (const item of ['export-png', 'export-svg']) {
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(item).click(),
    ]);
    expect(await download.failure()).toBeNull();
  }

  await page.getByTestId('presets-button').click();
  await expect(page.getByTestId('preset-cards').locator('svg').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // the preset's suggested trace, with the packet moving along its path
  await page.getByTestId('preset-trace').first().click();
  await expect(page.getByTestId('trace-panel').getByTestId('trace-headline')).toBeVisible();
  await expect(page.getByTestId('trace-packet')).toBeVisible();
});

test.describe('the guard', () => {
  test('sees an inline script the policy refuses', async ({ page, policyGuard }) => {
    await openApp(page);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => policyGuard.problems())
      .toContainEqual(expect.stringMatching(/script-src-elem refused inline/));
    await policyGuard.clear();
  });

  test('sees a string evaluated as code', async ({ page, policyGuard }) => {
    // Code Playwright evaluates may eval; a same-origin script of the page may not.
    await page.route('**/eval-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { window.__evalRan = new Function('return 1')() === 1 } catch { window.__evalRan = false }",
      }),
    );
    await openApp(page);
    await page.addScriptTag({ url: './eval-probe.js' });
    expect(
      await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan),
    ).toBe(false);
    await expect
      .poll(() => policyGuard.problems())
      .toContainEqual(expect.stringMatching(/script-src refused eval/));
    await policyGuard.clear();
  });

  test('sees a fetch to another origin', async ({ page, policyGuard }) => {
    await openApp(page);
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => true,
        () => false,
      ),
    );
    expect(fetched).toBe(false);
    await expect
      .poll(() => policyGuard.problems())
      .toContainEqual(expect.stringMatching(/connect-src refused https:\/\/example\.com\//));
    await policyGuard.clear();
  });

  test('sees a request to another origin the policy does not govern', async ({
    page,
    policyGuard,
  }) => {
    // A navigation is not the policy's business, but it leaves the origin all the same.
    await page.route('https://example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>elsewhere</p>' }),
    );
    await page.goto('https://example.com/');
    expect(await policyGuard.problems()).toEqual(['request off origin: GET https://example.com/']);
    await policyGuard.clear();
  });

  test('fails the test it is not told about', async ({ page }) => {
    // Expected to fail: the guard's teardown throws for the refused inline script.
    test.fail();
    await openApp(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = '1';
      document.head.append(script);
    });
    await page.waitForTimeout(200);
  });
});
