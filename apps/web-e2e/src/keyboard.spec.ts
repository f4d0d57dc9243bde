import type { Locator, Page } from '@playwright/test';
import { checkA11y, expect, test } from './support/fixtures';

// Keyboard only: the demo company (埃尓森, 王经理) signs in, searches, opens a service and sends
// a request without a single click. Tab reaches each control in the page's order; Enter and
// Space work it.

const DEMO_PASSWORD = 'qifu-demo-password';
const run = `${Date.now()}`.slice(-8);

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

function isoDate(daysFromToday: number): string {
  const day = new Date(Date.now() + daysFromToday * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

test('a company signs in, searches, opens a service and sends a request by keyboard alone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const need = `为研发团队做一次知识产权布局梳理，覆盖专利与商标（键盘 E2E ${run}）`;

  // Sign in: the header's 登录 link, then the form.
  await page.goto('/');
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: '登录' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login/);
  await tabTo(page, page.getByLabel('电子邮箱', { exact: true }));
  await page.keyboard.type('company@demo.qifu');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('密码', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  const account = page.getByRole('button', { name: /王经理/ });
  await expect(account).toBeVisible();

  // Search from the home page's search box.
  await page.goto('/');
  await tabTo(page, page.getByRole('searchbox', { name: '搜索服务' }).or(page.getByLabel('搜索服务')).first());
  await page.keyboard.type('知识产权');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\?.*q=/);
  const firstResult = page
    .getByRole('list', { name: '服务列表' })
    .locator('a[href^="/services/"]')
    .first();
  await expect(firstResult).toBeVisible();
  await checkA11y(page, 'service search results, signed in');

  // Open the first result.
  await tabTo(page, firstResult, 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('service-provider-name')).toBeVisible();

  // Request it.
  await tabTo(page, page.getByRole('main').getByRole('link', { name: '申请服务' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}\/request$/);
  await expect(page.getByRole('heading', { level: 1, name: '申请服务' })).toBeVisible();
  await checkA11y(page, 'service request form, signed in');

  await tabTo(page, page.getByLabel('需求描述'));
  await page.keyboard.type(need);
  await tabTo(page, page.getByLabel('最低预算'));
  await page.keyboard.type('10000');
  await tabTo(page, page.getByLabel('最高预算'));
  await page.keyboard.type('30000');
  // The date picker takes a typed date; Enter commits it and closes the panel (Escape would
  // throw the typed text away, as antd's picker does for an uncommitted entry).
  const date = page.getByLabel('期望开始日期');
  await tabTo(page, date);
  await page.keyboard.type(isoDate(14));
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue(isoDate(14));
  const phone = page.getByLabel('联系电话');
  await tabTo(page, phone);
  if ((await phone.inputValue()) === '') await page.keyboard.type('0371-6788 0001');
  await tabTo(page, page.getByRole('button', { name: '提交申请' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/intents\/[0-9a-f-]{36}$/);
  await expect(page.getByText('申请已提交，服务机构受理后会与您联系')).toBeVisible();
  await expect(page.getByText(need)).toBeVisible();
});
