import { checkA11y, expect, test } from './support/fixtures';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

// The park operator (园区运营中心, signing in as 张老师) reads the match statistics, widens the
// period, and downloads the period's intents as a CSV that Excel opens in Chinese.

const DEMO_PASSWORD = 'qifu-demo-password';

test('the operator reads the statistics, changes the period and exports the intents as CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });

  await page.goto('/login');
  await checkA11y(page, 'sign-in');
  await page.getByLabel('电子邮箱').fill('operator@demo.qifu');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  const account = page.getByRole('button', { name: /张老师/ });
  await expect(account).toBeVisible();

  // The statistics page, from the account menu; the last 30 days by default.
  await account.click();
  await page.getByRole('link', { name: '匹配统计' }).click();
  await expect(page).toHaveURL(/\/operator\/stats$/);
  await expect(
    page.getByRole('heading', { level: 1, name: '匹配统计' }),
  ).toBeVisible();

  const kpis = page.getByLabel('核心指标');
  const figure = (label: string) =>
    kpis
      .locator('.qf-kpi')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('.qf-kpi__value');
  await expect(figure('在架服务')).toHaveText(/^[1-9][\d,]*$/);
  await expect(figure('在营服务机构')).toHaveText(/^[1-9][\d,]*$/);
  await expect(figure('新增合作意向')).toHaveText(/^\d[\d,]*$/);
  await expect(figure('签约金额')).toHaveText(/^¥[\d,.]+(万元|亿元)?$/);
  await expect(figure('首次响应（中位数）')).toHaveText(
    /^(\d[\d,]*\.\d 小时|—)$/,
  );
  // The funnel's drawing carries its figures as text.
  await expect(
    page.getByRole('img', { name: /^转化漏斗：已提交 \d/ }),
  ).toBeVisible();
  await checkA11y(page, 'operator stats');
  const createdIn30 = Number(
    (await figure('新增合作意向').innerText()).replace(/,/g, ''),
  );

  // A wider period through the picker's presets; the address keeps it.
  await page.getByPlaceholder('开始日期').click();
  await page.getByText('近90天', { exact: true }).click();
  await expect(page).toHaveURL(
    /\/operator\/stats\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/,
  );
  const url = new URL(page.url());
  const from = url.searchParams.get('from') as string;
  const to = url.searchParams.get('to') as string;
  expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(89);
  await expect(page.getByText(`${from} 至 ${to}`)).toBeVisible();
  await expect(async () => {
    const created90 = Number(
      (await figure('新增合作意向').innerText()).replace(/,/g, ''),
    );
    expect(created90).toBeGreaterThanOrEqual(createdIn30);
  }).toPass();

  // A reload shows the same period.
  await page.reload();
  await expect(page.getByText(`${from} 至 ${to}`)).toBeVisible();
  await expect(page.getByRole('table', { name: '服务机构统计' })).toBeVisible();
  await checkA11y(page, 'operator stats, 90 days');
  await page.screenshot({
    path: join(dir, 'operator-stats.png'),
    fullPage: true,
  });

  // The period's intents as CSV, streamed, saved under the server's file name.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出合作意向明细 CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`qifu-intents-${from}_${to}.csv`);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const [header, ...rows] = text.split(/\r?\n/).filter(Boolean);
  expect(header.split(',').slice(0, 4)).toEqual([
    '编号',
    '创建时间',
    '状态',
    '企业',
  ]);
  expect(rows.length).toBeGreaterThanOrEqual(1);
  await expect(
    page.getByText(`已导出 qifu-intents-${from}_${to}.csv。`),
  ).toBeVisible();
});
