import { checkA11y, expect, test } from './support/fixtures';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

const PROVIDERS = [
  '郑州高新科创知识产权服务有限公司',
  '郑州慧之途知识产权代理有限公司',
  '郑州高新区金融科技服务协会',
];

test('a visitor searches 知识产权 and finds who provides the service', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/企服超市/);
  await checkA11y(page, 'home');

  const search = page.getByRole('searchbox', { name: '搜索服务' }).or(page.getByLabel('搜索服务')).first();
  await search.fill('知识产权');
  await search.press('Enter');

  await expect(page).toHaveURL(/\/services\?.*q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83/);
  // The results list itself: while its code loads, the home page (with its own service links)
  // can still be on screen under the new address.
  const firstResult = page.getByRole('list', { name: '服务列表' }).locator('a[href^="/services/"]').first();
  await expect(firstResult).toBeVisible();
  await checkA11y(page, 'service search results');
  const title = (await firstResult.innerText()).trim();
  expect(title.length).toBeGreaterThan(0);
  await firstResult.click();

  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  const provider = page.getByTestId('service-provider-name');
  await expect(provider).toBeVisible();
  await checkA11y(page, 'service detail');
  const name = (await provider.innerText()).trim();
  expect(PROVIDERS.some((p) => name.includes(p))).toBe(true);

  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'service-detail.png'), fullPage: true });
});

test('an unknown address shows the 404 page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByText('404')).toBeVisible();
  await checkA11y(page, '404');
});
