import type { APIRequestContext, Page } from '@playwright/test';
import { checkA11y, expect, test } from './support/fixtures';

// Every page of the app, in each language at desktop and phone width: axe finds no serious or
// critical violation, <html lang> follows the chosen language, and the document title names
// the page and the site. Desktop zh-CN is what the journeys check on every page they visit, so
// this walk covers the other three combinations, one browser context each.

const DEMO_PASSWORD = 'qifu-demo-password';
const LANGUAGE_KEY = 'qifu.language'; // apps/web/src/i18n/index.ts

const COMBOS = [
  { language: 'zh-CN', site: '企服超市', width: 390, height: 844 },
  { language: 'en-US', site: 'Qifu', width: 1280, height: 800 },
  { language: 'en-US', site: 'Qifu', width: 390, height: 844 },
] as const;

async function firstId(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  const body = (await response.json()) as { items: { id: string }[] };
  expect(body.items.length, `${url} lists something`).toBeGreaterThan(0);
  return body.items[0].id;
}

async function signInAs(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
}

for (const combo of COMBOS) {
  const name = `${combo.language} ${combo.width}×${combo.height}`;
  test(`every page passes axe, with its language and title (${name})`, async ({
    newContext,
  }) => {
    // About 8 s a page on this shared 2-core machine under load; a few seconds when it is idle.
    test.setTimeout(420_000);
    const context = await newContext({
      viewport: { width: combo.width, height: combo.height },
      locale: combo.language,
    });
    await context.addInitScript(
      ([key, language]) => {
        // about:blank has no storage of its own (reading it throws); only the app's pages matter.
        if (window.location.protocol.startsWith('http'))
          window.localStorage.setItem(key, language);
      },
      [LANGUAGE_KEY, combo.language] as const,
    );
    const page = await context.newPage();
    let homeTitle = '';

    // The first page after a sign-in loads the app afresh (it asks who is signed in); the others
    // are reached inside the app, as a click would, which keeps the walk short.
    let reload = true;
    async function visit(label: string, path: string) {
      // The same page with other search params keeps its title (nothing to set): loaded afresh.
      const samePage =
        !reload && new URL(page.url()).pathname === new URL(path, page.url()).pathname;
      if (reload || samePage) await page.goto(path);
      else
        await page.evaluate((to) => {
          // Emptied first, so the check below sees the new page's title, not the last one's.
          document.title = '';
          window.history.pushState(null, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, path);
      reload = false;
      await expect(page).toHaveURL(path);
      await expect(page.locator('html')).toHaveAttribute('lang', combo.language);
      await expect(page.locator('main h1').first()).toBeVisible();
      if (path === '/') {
        await expect(page).toHaveTitle(new RegExp(combo.site));
        homeTitle = await page.title();
      } else {
        // The page sets its title once its subject has loaded; the shell's own title is the home's.
        await expect(page, `${label}: its own title`).not.toHaveTitle(homeTitle);
        await expect(page, `${label}: the site in the title`).toHaveTitle(
          new RegExp(`.+ · ${combo.site}$`),
        );
      }
      await checkA11y(page, `${label} (${name})`);
    }

    // A visitor.
    const serviceId = await firstId(page.request, '/api/services?pageSize=1');
    const providerId = await firstId(page.request, '/api/providers?pageSize=1');
    await visit('home', '/');
    await visit('service list', '/services');
    await visit('service detail', `/services/${serviceId}`);
    await visit('provider list', '/providers');
    await visit('provider detail', `/providers/${providerId}`);
    await visit('sign-in', '/login');
    await visit('company sign-up', '/register');
    await visit('provider sign-up', '/register?kind=provider');
    await visit('404', '/no/such/page');

    // The demo company: its intents, the request forms, its account and the notifications.
    await signInAs(page, 'company@demo.qifu');
    reload = true;
    const intentId = await firstId(page.request, '/api/intents?pageSize=1');
    await visit('service request form', `/services/${serviceId}/request`);
    await visit('provider request form', `/providers/${providerId}/request`);
    await visit('intents', '/intents');
    await visit('intent detail', `/intents/${intentId}`);
    await visit('account', '/account');
    await visit('members', '/account/members');
    // The notifications are the header bell's panel.
    await page.locator('.qf-bell__trigger').click();
    await expect(page.locator('.qf-bell__panel')).toBeVisible();
    await expect(page.locator('.qf-bell__panel')).not.toContainText(
      combo.language === 'zh-CN' ? '正在加载' : 'Loading',
    );
    await checkA11y(page, `notifications (${name})`);

    // The demo provider's workspace.
    await signInAs(page, 'provider@demo.qifu');
    reload = true;
    const listingId = await firstId(page.request, '/api/provider/listings?pageSize=1');
    await visit('workspace', '/workspace');
    await visit('workspace listings', '/workspace/listings');
    await visit('workspace new listing', '/workspace/listings/new');
    await visit('workspace listing', `/workspace/listings/${listingId}`);
    await visit('workspace edit listing', `/workspace/listings/${listingId}/edit`);
    await visit('workspace profile', '/workspace/profile');
    await visit('provider application', '/account/application');

    // The operator console.
    await signInAs(page, 'operator@demo.qifu');
    reload = true;
    await visit('operator stats', '/operator/stats');
    await visit('operator companies', '/operator/companies');
    await visit('operator listings', '/operator/listings');
    await visit('operator moderated listings', '/operator/listings/moderated');
    await visit('operator applications', '/operator/applications');
    await visit('operator audit log', '/operator/audit');
    await visit('operator background jobs', '/operator/jobs');
    await visit('operator new intent', `/operator/intents/new?service=${serviceId}`);
    await visit('operator intents', '/intents');
  });
}
