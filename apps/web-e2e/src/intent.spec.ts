import type { Locator, Page } from '@playwright/test';
import { checkA11y, expect, test } from './support/fixtures';
import { creditCodeCheckChar } from '@qifu/contracts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

// One cooperation intent from request to rating, by the company that asks (a new sign-up)
// and the provider that serves (the demo admin of 北京外企人力资源服务河南有限公司).

const PROVIDER = '北京外企人力资源服务河南有限公司';
const DEMO_PASSWORD = 'qifu-demo-password';
const run = `${Date.now()}`.slice(-8);

/** A valid 统一社会信用代码 unique to this run (GB 32100 check character). */
function creditCode(): string {
  const first17 = `91410100MA${run.padStart(7, '0')}`.slice(0, 17);
  return `${first17}${creditCodeCheckChar(first17)}`;
}

function isoDate(daysFromToday: number): string {
  const day = new Date(Date.now() + daysFromToday * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** antd DatePicker: type the date; leaving the field keeps it (Enter would submit the form). */
async function pickDate(picker: Locator, date: string) {
  await picker.click();
  await picker.fill(date);
  await picker.blur();
  await expect(picker).toHaveValue(date);
}

function statusTag(page: Page) {
  return page.locator('.qf-intent-header .ant-tag').first();
}

async function move(page: Page, action: string, status: string) {
  await page
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: action })
    .click();
  await expect(statusTag(page)).toHaveText(status);
}

test('a company requests a service, the provider takes it to signing, the company rates it', async ({
  newContext,
  page,
}) => {
  test.setTimeout(180_000);
  const need = `招聘两名高级 Java 工程师，要求五年以上经验（E2E ${run}）`;
  const comment = `顾问响应很快，推荐的候选人很匹配（E2E ${run}）`;

  // The company signs up through the API; the session cookie lands in this browser context.
  const registered = await page.request.post('/api/auth/register', {
    data: {
      kind: 'company',
      name: `郑州梧桐测试科技有限公司${run}`,
      creditCode: creditCode(),
      industry: '软件和信息技术服务业',
      size: 'small',
      stage: 'growth',
      tiers: [],
      contactName: '赵女士',
      contactPhone: '0371-6788 0000',
      displayName: '赵经理',
      email: `e2e-${run}@company.qifu.test`,
      password: 'wutong-park-e2e-passphrase',
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  // Find a 北京外企 service and remember how often it has been rated so far.
  await page.goto(`/services?q=${encodeURIComponent('人才猎聘')}`);
  const results = page.locator('main a[href^="/services/"]');
  await expect(results.first()).toBeVisible();
  await checkA11y(page, 'service search results');
  const card = page
    .locator('main .qf-card')
    .filter({ hasText: PROVIDER })
    .first();
  await card.locator('a[href^="/services/"]').first().click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/);
  const serviceUrl = page.url();
  await expect(page.getByTestId('service-provider-name')).toContainText(
    PROVIDER,
  );
  const ratingBefore = (
    await page.getByTestId('service-rating').innerText()
  ).trim();
  const countBefore = Number(/(\d+) 条评价/.exec(ratingBefore)?.[1] ?? 0);
  await checkA11y(page, 'service detail');

  // Request it.
  await page.getByRole('link', { name: '申请服务' }).click();
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}\/request$/);
  await expect(
    page.getByRole('heading', { level: 1, name: '申请服务' }),
  ).toBeVisible();
  await expect(page.getByLabel('联系人')).toHaveValue('赵经理');
  await checkA11y(page, 'service request form');
  await page.getByLabel('需求描述').fill(need);
  await page.getByLabel('最低预算').fill('20000');
  await page.getByLabel('最高预算').fill('50000');
  await pickDate(page.getByLabel('期望开始日期'), isoDate(30));
  await page.getByLabel('联系电话').fill('138 0371 0000');
  await page.getByRole('button', { name: '提交申请' }).click();

  await expect(page).toHaveURL(/\/intents\/[0-9a-f-]{36}$/);
  const intentUrl = page.url();
  await expect(
    page.getByText('申请已提交，服务机构受理后会与您联系'),
  ).toBeVisible();
  await expect(statusTag(page)).toHaveText('已提交');
  await expect(page.getByText('¥2万–¥5万')).toBeVisible();
  await checkA11y(page, 'intent detail, submitted');

  // The provider signs in through the page, in a browser of its own.
  const providerContext = await newContext();
  const provider = await providerContext.newPage();
  await provider.goto('/login');
  await checkA11y(provider, 'sign-in');
  await provider.getByLabel('电子邮箱').fill('provider@demo.qifu');
  await provider.getByLabel('密码').fill(DEMO_PASSWORD);
  await provider.getByRole('button', { name: '登录' }).click();
  await expect(
    provider.getByRole('button', { name: new RegExp(PROVIDER) }),
  ).toBeVisible();

  // Its inbox, from the account menu; the new request is waiting.
  await provider.getByRole('button', { name: new RegExp(PROVIDER) }).click();
  await provider.getByRole('link', { name: '服务需求' }).click();
  await expect(
    provider.getByRole('heading', { level: 1, name: '服务需求' }),
  ).toBeVisible();
  const row = provider.locator('tr').filter({ hasText: need });
  await expect(row).toBeVisible();
  await expect(row.getByText('已提交')).toBeVisible();
  await checkA11y(provider, 'intents inbox');
  await row.getByRole('link').first().click();
  await expect(provider).toHaveURL(intentUrl);
  await expect(provider.getByText('电话受理后可见')).toBeVisible();
  await checkA11y(provider, 'intent detail, provider');

  await move(provider, '受理', '已受理');
  await expect(
    provider.getByRole('link', { name: '138 0371 0000' }),
  ).toBeVisible();
  await move(provider, '开始洽谈', '洽谈中');

  await provider
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: '签约' })
    .click();
  const dialog = provider.getByRole('dialog');
  await dialog.getByLabel('合同金额').fill('45000');
  await checkA11y(provider, 'signing dialog');
  await pickDate(dialog.getByLabel('签约日期'), isoDate(0));
  await dialog.getByRole('button', { name: '签约' }).click();
  await expect(statusTag(provider)).toHaveText('已签约');
  await expect(provider.getByText('¥4.5万')).toBeVisible();
  await move(provider, '开始服务', '服务中');
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await provider.screenshot({
    path: join(dir, 'intent-detail.png'),
    fullPage: true,
  });

  // Back to the company: it confirms completion and rates the service.
  await page.goto(intentUrl);
  await expect(statusTag(page)).toHaveText('服务中');
  await page
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: '确认完成' })
    .click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: '确认完成' })
    .click();
  await expect(statusTag(page)).toHaveText('已完成');
  await checkA11y(page, 'intent detail, rating form');

  for (const [label, stars] of [
    ['专业能力', 5],
    ['响应速度', 4],
    ['服务态度', 5],
    ['性价比', 4],
  ] as const) {
    await page
      .getByLabel(label, { exact: true })
      .getByRole('radio')
      .nth(stars - 1)
      .click();
  }
  await page.getByLabel('评价内容').fill(comment);
  await page.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('感谢您的评价')).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();
  await expect(page.getByRole('button', { name: '提交评价' })).toHaveCount(0);

  // The service page counts the new rating and shows what was said.
  await page.goto(serviceUrl);
  await expect(page.getByTestId('service-rating')).toContainText(
    `${countBefore + 1} 条评价`,
  );
  await expect(page.getByText(comment)).toBeVisible();
  await checkA11y(page, 'service detail with the new rating');

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, 'intent.png'), fullPage: true });
  await providerContext.close();
});
