import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './support/fixtures';
import { creditCodeCheckChar } from '@qifu/contracts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

// GB 32100 alphabet (no I, O, S, V, Z); a fresh code per run, so reruns on one database work.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function newCreditCode(): string {
  let body = '91410100'; // enterprise, 郑州市 administrative division
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  const check = creditCodeCheckChar(body);
  if (!check) throw new Error(`no check character for ${body}`);
  return `${body}${check}`;
}

// A click that lands while antd's dropdown is still opening can be lost on a slow machine: the
// choice is checked on the field itself and made again until it shows.
async function choose(page: Page, label: string, option: string) {
  const field = page.getByLabel(label, { exact: true });
  const select = page.locator('.ant-form-item').filter({ has: field }).locator('.ant-select');
  await expect(async () => {
    if (!(await select.innerText()).includes(option)) {
      await field.click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click({ timeout: 3000 });
    }
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

test('a company signs up from a service page, signs out, and signs in again', async ({
  page,
  expectApiFailure,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const email = `e2e-${run}@wutong-test.example`;
  const password = 'Wutong-journey-2026';
  const displayName = `赵经理${run.slice(-4)}`;

  // A service page, and its 申请服务 button.
  await page.goto('/services');
  await page.locator('main a[href^="/services/"]').first().click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  const servicePath = new URL(page.url()).pathname;
  // The address changes before the detail replaces the list's 找服务 heading: wait for the detail.
  const serviceTitle = (await page.locator('main h1.qf-detail__title').innerText()).trim();
  await checkA11y(page, 'service detail');

  await page.getByRole('link', { name: '申请服务' }).click();
  await expect(page).toHaveURL(`/login?redirect=${encodeURIComponent(servicePath)}`);
  await checkA11y(page, 'sign-in');

  // No account yet: on to sign-up, keeping the way back.
  await page.getByRole('link', { name: '注册企业或服务机构' }).click();
  await expect(page).toHaveURL(`/register?redirect=${encodeURIComponent(servicePath)}`);
  await expect(page.getByRole('tab', { name: '企业注册' })).toHaveAttribute('aria-selected', 'true');
  await checkA11y(page, 'company sign-up');

  await page.getByLabel('企业名称', { exact: true }).fill(`郑州梧桐旅程测试科技有限公司${run}`);
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(newCreditCode());
  await page.getByLabel('所属行业', { exact: true }).fill('软件和信息技术服务业');
  await choose(page, '企业规模', '小型企业');
  await choose(page, '发展阶段', '成长期');
  await page.getByLabel('联系人', { exact: true }).fill(displayName);
  await page.getByLabel('联系电话', { exact: true }).fill('0371-6788 0000');
  await page.getByLabel('您的姓名', { exact: true }).fill(displayName);
  await page.getByLabel('电子邮箱', { exact: true }).fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('确认密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '注册企业账户' }).click();

  // Back on the service page, signed in.
  await expect(page).toHaveURL(servicePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceTitle);
  const accountButton = page.getByRole('button', { name: new RegExp(displayName) });
  await expect(accountButton).toBeVisible();

  // Sign out through the account menu.
  await accountButton.click();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: '登录' })).toBeVisible();
  await expect(accountButton).toHaveCount(0);
  await checkA11y(page, 'home, signed out');

  // Sign in again from a link carrying the service page.
  // A wrong password first: the form says so (the one 401 this journey expects).
  await page.goto(`/login?redirect=${encodeURIComponent(servicePath)}`);
  expectApiFailure(401, '/api/auth/login');
  await page.getByLabel('电子邮箱', { exact: true }).fill(email);
  await page.getByLabel('密码', { exact: true }).fill(`${password}-wrong`);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('账号或密码不正确。')).toBeVisible();
  await checkA11y(page, 'sign-in, wrong password');
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();

  await expect(page).toHaveURL(servicePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceTitle);
  await expect(accountButton).toBeVisible();

  await accountButton.click();
  await expect(page.getByRole('link', { name: '账户与安全' })).toBeVisible();
  await checkA11y(page, 'service detail, account menu open');
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'account.png'), fullPage: true });
});

test('sign-in and sign-up fit a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ['/login', '/register', '/register?kind=provider']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect({ path, overflow }).toEqual({ path, overflow: 0 });
    await checkA11y(page, `${path} at 375 px`);
  }
});
