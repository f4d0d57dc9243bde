import { checkA11y, expect, test } from './support/fixtures';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

// The demo provider (北京外企, signing in as 李顾问) writes a new listing in its workspace,
// publishes it, and a visitor finds it in the catalogue at once, its Markdown rendered safely.

const PROVIDER = '北京外企人力资源服务河南有限公司';
const DEMO_PASSWORD = 'qifu-demo-password';
const run = `${Date.now()}`.slice(-8);

test('a provider publishes a new listing and the catalogue finds it at once', async ({
  newContext,
  page,
}) => {
  test.setTimeout(180_000);
  const title = `专精特新企业人才梯队诊断 E2E${run}`;
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });

  await page.goto('/login');
  await checkA11y(page, 'sign-in');
  await page.getByLabel('电子邮箱').fill('provider@demo.qifu');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  const account = page.getByRole('button', { name: new RegExp(PROVIDER) });
  await expect(account).toBeVisible();

  // The workspace, from the account menu: counts and figures of the whole provider.
  await account.click();
  await page.getByRole('link', { name: '机构工作台' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(
    page.getByRole('heading', { level: 1, name: '机构工作台' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: '服务数据' }).getByText('受理率'),
  ).toBeVisible();
  const publishedBefore = Number(
    await page.getByTestId('count-published').innerText(),
  );
  expect(publishedBefore).toBeGreaterThan(0);
  await checkA11y(page, 'workspace');

  await page.getByRole('link', { name: '发布新服务' }).click();
  await expect(page).toHaveURL(/\/workspace\/listings\/new$/);
  await expect(page.getByLabel('服务名称')).toBeVisible();
  await checkA11y(page, 'new listing form');
  await page.getByLabel('服务名称').fill(title);
  await page.getByLabel('服务类别').click();
  await page
    .locator('.ant-select-dropdown .ant-select-item-option[title="人才猎聘"]')
    .click();
  await page.getByRole('checkbox', { name: '成长期' }).check();
  await page.getByRole('checkbox', { name: '成熟期' }).check();
  await page
    .getByLabel('一句话简介')
    .fill('梳理研发、生产、管理三条人才梯队，给出两年的引才与培养计划。');
  await page.getByLabel('最低价（元）').fill('12000');
  await page.getByLabel('最高价（元）').fill('36000');
  await page.getByLabel('服务周期').fill('20个工作日');
  await page
    .getByLabel('服务介绍')
    .fill(
      '## 服务内容\n\n- 岗位梳理与**胜任力**模型\n- 人才盘点\n\n<script>window.__e2ePwned = 1</script>\n\n[政策原文](javascript:alert(1))',
    );
  await expect(page.getByText('企业看到的价格：¥1.2万–¥3.6万')).toBeVisible();
  await page.getByRole('tab', { name: '预览' }).click();
  await expect(
    page
      .getByTestId('description-preview')
      .getByRole('heading', { name: '服务内容' }),
  ).toBeVisible();
  await page.getByRole('button', { name: '保存为草稿' }).click();

  // The draft's own page: a preview as companies will see it, and the way to publish.
  await expect(page).toHaveURL(/\/workspace\/listings\/[0-9a-f-]{36}$/);
  const listingUrl = page.url();
  const id = listingUrl.split('/').pop() as string;
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(title) }),
  ).toContainText('草稿');
  await expect(page.getByText('草稿只有本机构可见')).toBeVisible();
  await checkA11y(page, 'draft listing');
  // Not in the catalogue yet.
  const hidden = await page.request.get(
    `/api/services?q=${encodeURIComponent(title)}`,
  );
  expect((await hidden.json()).total).toBe(0);

  await page.getByRole('button', { name: '上架', exact: true }).click();
  await expect(page.getByText(`「${title}」已上架`)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(title) }),
  ).toContainText('已上架');
  await expect(page.getByTestId('figure-views')).toHaveText('0');
  await page.screenshot({
    path: join(dir, 'workspace-listing.png'),
    fullPage: true,
  });

  // The listings table shows it first, published, with its figures.
  await page
    .locator('.qf-breadcrumb')
    .getByRole('link', { name: '服务管理' })
    .click();
  const row = page.locator('tr').filter({ hasText: title });
  await expect(row.getByText('已上架')).toBeVisible();
  await expect(row.getByRole('button', { name: '下架' })).toBeVisible();
  await checkA11y(page, 'workspace listings');

  // A visitor (another browser, nobody signed in) searches the storefront and finds it.
  const visitorContext = await newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/services?q=${encodeURIComponent(title)}`);
  const card = visitor.locator(`main a[href="/services/${id}"]`).first();
  await expect(card).toBeVisible();
  await checkA11y(visitor, 'service search results, visitor');
  await card.click();
  await expect(visitor).toHaveURL(new RegExp(`/services/${id}$`));
  await expect(
    visitor.getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
  await expect(visitor.getByTestId('service-provider-name')).toContainText(
    PROVIDER,
  );
  // The description is Markdown, rendered safely: a heading and bold, the script only as text,
  // the javascript: link only as words.
  const description = visitor.locator('.qf-md');
  await expect(
    description.getByRole('heading', { name: '服务内容' }),
  ).toBeVisible();
  await expect(description.locator('strong')).toHaveText('胜任力');
  await expect(description).toContainText(
    '<script>window.__e2ePwned = 1</script>',
  );
  await expect(description.locator('script')).toHaveCount(0);
  await expect(description.getByText('政策原文')).toBeVisible();
  await expect(description.locator('a')).toHaveCount(0);
  await checkA11y(visitor, 'published service detail');
  expect(
    await visitor.evaluate(
      () => (window as { __e2ePwned?: number }).__e2ePwned,
    ),
  ).toBeUndefined();
  await visitor.screenshot({
    path: join(dir, 'workspace-published-service.png'),
    fullPage: true,
  });
  await visitorContext.close();

  // Back in the workspace, the count of published listings went up by one.
  await page.getByRole('link', { name: '工作台', exact: true }).click();
  await expect(page.getByTestId('count-published')).toHaveText(
    String(publishedBefore + 1),
  );
});
