/**
 * `test` and `expect` for every end-to-end spec: the Playwright ones plus a guard that
 * fails a test when any page of it breaks the Content Security Policy or sends a
 * request to another origin. The app promises both (README, "Content Security
 * Policy"); the guard makes every test check them, whatever it is about.
 *
 * Three witnesses, because none sees everything alone:
 * - `securitypolicyviolation` events, recorded by an init script in every page (the
 *   page's own record, and reported at once so a reload does not lose them);
 * - console messages about the policy (some problems, such as a directive the browser
 *   ignores or cannot parse, are only logged, with no event);
 * - every request of the context: data: and blob: URLs and the app's origin only.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, ConsoleMessage, Page, Request } from '@playwright/test';

export { expect };

/** What the guard saw in one test. */
export interface PolicyGuard {
  /** Violations and off-origin requests so far, after collecting every open page's record. */
  problems(): Promise<string[]>;
  /** Forgets what was seen: only for tests that break the policy on purpose. */
  clear(): Promise<void>;
  /** Guards a context the test made itself (`browser.newContext()`); the test's own is guarded already. */
  watch(context: BrowserContext): Promise<void>;
}

/** The name under which the pages report a violation to the test runner. */
const REPORT_BINDING = '__reportPolicyViolation';

declare global {
  interface Window {
    /** This document's `securitypolicyviolation` events, as the guard describes them. */
    __policyViolations?: string[];
  }
}

/** Runs in each page before its own scripts (init scripts are not subject to the policy). */
function recordViolations(binding: string) {
  const seen: string[] = [];
  window.__policyViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `policy violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`;
    seen.push(text);
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(text);
  });
}

const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

function leavesOrigin(url: string, origin: string): boolean {
  const target = new URL(url);
  return !ALLOWED_SCHEMES.has(target.protocol) && target.origin !== origin;
}

/** Each open page's record (a closed or navigating page has none to give). */
async function recordsOf(
  pages: Page[],
  read: () => string[] = () => window.__policyViolations ?? [],
): Promise<string[]> {
  const records = await Promise.all(pages.map((p) => p.evaluate(read).catch(() => [])));
  return records.flat();
}

/** Watches the contexts of one test and keeps what they did wrong. */
function createGuard(origin: string) {
  const seen = new Set<string>();
  const note = (text: string) => seen.add(text);
  const contexts = new Map<BrowserContext, () => void>();
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) note(`console: ${message.text()}`);
  };
  const onRequest = (request: Request) => {
    if (leavesOrigin(request.url(), origin)) {
      note(`request off origin: ${request.method()} ${request.url()}`);
    }
  };
  const pages = () => [...contexts.keys()].flatMap((c) => c.pages());
  const guard: PolicyGuard = {
    async watch(context) {
      if (contexts.has(context)) return;
      contexts.set(context, () => {
        context.off('console', onConsole);
        context.off('request', onRequest);
      });
      context.on('console', onConsole);
      context.on('request', onRequest);
      await context.exposeBinding(REPORT_BINDING, (_source, text: string) => note(text));
      await context.addInitScript(recordViolations, REPORT_BINDING);
    },
    async problems() {
      for (const text of await recordsOf(pages())) note(text);
      return [...seen];
    },
    async clear() {
      await recordsOf(pages(), () => window.__policyViolations?.splice(0) ?? []);
      seen.clear();
    },
  };
  const stop = () => contexts.forEach((unwatch) => unwatch());
  return { guard, stop };
}

export const test = base.extend<{ policyGuard: PolicyGuard }>({
  policyGuard: [
    // Depends on `page` so that it is torn down first, while the pages are still open.
    async ({ context, page, baseURL }, use) => {
      void page;
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const { guard, stop } = createGuard(origin);
      await guard.watch(context);
      await use(guard);
      const problems = await guard.problems();
      stop();
      if (problems.length > 0) {
        throw new Error(
          `The Content Security Policy was broken or a request left ${origin}:\n` +
            problems.join('\n'),
        );
      }
    },
    { auto: true },
  ],
});
