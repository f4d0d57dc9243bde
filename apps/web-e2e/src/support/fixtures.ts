import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

// Every journey runs on this `test`: a console error, an uncaught page error or a failing /api/
// answer fails the test unless the test declared it first (expectApiFailure). A first visit must
// make no failing request, and a journey that passes with errors in the console hides defects.

interface ExpectedFailure {
  status: number;
  urlPart: string;
}

interface Guard {
  problems: string[];
  expected: ExpectedFailure[];
}

function isExpected(guard: Guard, status: number, url: string): boolean {
  return guard.expected.some(
    (e) => e.status === status && url.includes(e.urlPart),
  );
}

// Chromium logs every failed load as a console error ("Failed to load resource: … 401"); a
// declared API failure is expected to log that line too, anything else is a problem.
function watchPage(guard: Guard, page: Page) {
  const where = () => new URL(page.url() || 'about:blank').pathname;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && url.includes('/api/') && isExpected(guard, Number(status), url))
      return;
    guard.problems.push(`console error on ${where()}: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => {
    guard.problems.push(`page error on ${where()}: ${error.message}`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (!new URL(url).pathname.startsWith('/api/')) return;
    const status = response.status();
    if (status < 400 || isExpected(guard, status, url)) return;
    guard.problems.push(
      `${response.request().method()} ${new URL(url).pathname} answered ${status} on ${where()}`,
    );
  });
}

function watchContext(guard: Guard, context: BrowserContext) {
  for (const page of context.pages()) watchPage(guard, page);
  context.on('page', (page) => watchPage(guard, page));
}

interface Fixtures {
  /** Declares one failing /api/ answer the test provokes on purpose (a wrong password's 401). */
  expectApiFailure: (status: number, urlPart: string) => void;
  /** Another browser (a second user); its pages are watched like `page`. Closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  guard: Guard;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  guard: async ({}, use) => {
    const guard: Guard = { problems: [], expected: [] };
    await use(guard);
    expect(guard.problems, 'console errors, page errors or failing /api/ answers').toEqual([]);
  },
  context: async ({ context, guard }, use) => {
    watchContext(guard, context);
    await use(context);
  },
  expectApiFailure: async ({ guard }, use) => {
    await use((status, urlPart) => {
      guard.expected.push({ status, urlPart });
    });
  },
  newContext: async ({ browser, guard }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      opened.push(context);
      watchContext(guard, context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});

export { expect };

// The rules axe calls serious or critical fail the page; minor and moderate are reported only.
const BLOCKING = new Set(['serious', 'critical']);

export interface A11yRecord {
  label: string;
  url: string;
  lang: string;
  width: number;
  /** Count of violating nodes by impact. */
  byImpact: Record<string, number>;
  /** Rule ids of the serious and critical violations, with their node counts. */
  blocking: Record<string, number>;
}

/**
 * Runs axe-core on the page as it stands and asserts no serious or critical violation (softly,
 * so one journey reports every page it visits). The record goes to the a11y reporter.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  // The page's own content, not the moment before it arrives: no spinner left in main.
  await expect(page.locator('main .ant-spin-spinning, main .ant-skeleton-active')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const byImpact: Record<string, number> = {};
  const blocking: Record<string, number> = {};
  const lines: string[] = [];
  for (const violation of results.violations) {
    const impact = violation.impact ?? 'unknown';
    byImpact[impact] = (byImpact[impact] ?? 0) + violation.nodes.length;
    if (!BLOCKING.has(impact)) continue;
    blocking[violation.id] = (blocking[violation.id] ?? 0) + violation.nodes.length;
    for (const node of violation.nodes)
      lines.push(`${impact} ${violation.id}: ${node.target.join(' ')} — ${violation.help}`);
  }
  const viewport = page.viewportSize();
  const record: A11yRecord = {
    label,
    url: new URL(page.url()).pathname + new URL(page.url()).search,
    lang: await page.evaluate(() => document.documentElement.lang),
    width: viewport?.width ?? 0,
    byImpact,
    blocking,
  };
  await test.info().attach('a11y', {
    body: JSON.stringify(record),
    contentType: 'application/json',
  });
  expect.soft(lines, `axe: serious or critical violations on ${label}`).toEqual([]);
}
