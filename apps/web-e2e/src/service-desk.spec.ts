import type { BrowserContext, Locator, Page } from '@playwright/test';
import { checkA11y, expect, test } from './support/fixtures';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../playwright.config';

// The service desk end to end (issue 15): the operator (张老师) adjusts a company's tiers and
// records a visit to 埃尓森 with a recruitment problem, turns the problem into a request for
// 北京外企's 中高端人才猎聘 (转为服务需求); the provider (李顾问) takes the intent to service; the
// company (王经理) confirms the service complete, which proposes the problem as solved, then
// confirms the problem solved and rates it 满意; the dashboard's 问题解决率 moves by exactly one.

const COMPANY = '郑州埃尓森智能科技有限公司';
const PROVIDER = '北京外企人力资源服务河南有限公司';
const SERVICE = '中高端人才猎聘';
const DEMO_PASSWORD = 'qifu-demo-password';
const run = `${Date.now()}`.slice(-8);

async function signIn(page: Page, email: string, account: RegExp) {
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  const button = page.getByRole('button', { name: account });
  await expect(button).toBeVisible();
  return button;
}

async function signInNew(
  newContext: () => Promise<BrowserContext>,
  email: string,
  account: RegExp,
) {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, email, account);
  return page;
}

/** The dashboard's 问题解决率 card: its figure and the counts it is made of. */
async function solveRate(page: Page) {
  const card = page.getByTestId('card-solveRate');
  await expect(card.locator('.qf-kpi__hint')).toHaveText(
    /^已解决 [\d,]+ \/ 收集 [\d,]+$/,
  );
  const hint = await card.locator('.qf-kpi__hint').innerText();
  const [, solved, collected] = /已解决 ([\d,]+) \/ 收集 ([\d,]+)/.exec(
    hint,
  ) as RegExpExecArray;
  const toNumber = (s: string) => Number(s.replace(/,/g, ''));
  return {
    rate: (await card.locator('.ant-statistic-content').innerText()).trim(),
    solved: toNumber(solved),
    collected: toNumber(collected),
  };
}

function intentStatus(page: Page) {
  return page.locator('.qf-intent-header .ant-tag').first();
}

function problemStatus(page: Page) {
  return page.locator('.qf-page-header .ant-tag').first();
}

async function moveIntent(page: Page, action: string, status: string) {
  await page
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: action })
    .click();
  await expect(intentStatus(page)).toHaveText(status);
}

/** antd DatePicker: type the date; leaving the field keeps it (Enter would submit the form). */
async function pickDate(picker: Locator, date: string) {
  await picker.click();
  await picker.fill(date);
  await picker.blur();
  await expect(picker).toHaveValue(date);
}

function today(): string {
  // The journeys run in Asia/Shanghai (playwright.config); the API's dates are China time too.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(
    new Date(),
  );
}

test('a visit’s problem becomes a request, the provider serves it, the company confirms, the solve rate moves', async ({
  newContext,
  page,
}) => {
  test.setTimeout(240_000);
  const need = `研发中心扩编，急需两名嵌入式软件工程师（E2E ${run}）`;
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });

  // The operator reads the dashboard first, from the account menu.
  const account = await signIn(page, 'operator@demo.qifu', /张老师/);
  await account.click();
  await page.getByRole('link', { name: '问题看板' }).click();
  await expect(page).toHaveURL(/\/operator\/problems\/dashboard$/);
  await expect(
    page.getByRole('heading', { level: 1, name: '问题看板' }),
  ).toBeVisible();
  const before = await solveRate(page);
  expect(before.collected).toBeGreaterThan(before.solved);
  // The tier pyramid under the figures: every tier, counted.
  const pyramid = page.getByRole('list', { name: '梯度企业金字塔' });
  await expect(pyramid.getByRole('listitem')).toHaveCount(12);
  await checkA11y(page, 'problem dashboard');

  // The company's page, from the directory.
  await account.click();
  await page.getByRole('link', { name: '企业名录' }).click();
  await expect(page).toHaveURL(/\/operator\/companies$/);
  await page.getByLabel('搜索企业').fill('埃尓森');
  await page.getByLabel('搜索企业').press('Enter');
  const directory = page.getByRole('table', { name: '园区企业' });
  await directory.getByRole('link', { name: COMPANY, exact: true }).click();
  await expect(page).toHaveURL(/\/operator\/companies\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 1, name: COMPANY }),
  ).toBeVisible();

  // Tiers: toggle 瞪羚企业, confirm, and the history names the change first.
  const tiers = page.getByRole('group', { name: '企业梯度' });
  const gazelle = tiers.getByRole('checkbox', { name: '瞪羚企业', exact: true });
  const wasGazelle = await gazelle.isChecked();
  await checkA11y(page, 'operator company page');
  await gazelle.click();
  const note = `E2E ${run} 复核`;
  await page.getByLabel('备注').fill(note);
  await page.getByRole('button', { name: '保存梯度' }).click();
  const confirm = page.getByRole('tooltip').filter({ hasText: '确认调整' });
  await expect(confirm).toContainText(
    wasGazelle ? '移出：瞪羚企业' : '加入：瞪羚企业',
  );
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && /\/tiers$/.test(r.url()),
  );
  await confirm.getByRole('button', { name: '确定' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText('梯度已更新')).toBeVisible();
  await expect(gazelle).toBeChecked({ checked: !wasGazelle });
  const latest = page
    .getByRole('table', { name: '梯度变更记录' })
    .getByRole('row')
    .nth(1);
  await expect(latest).toContainText(note);
  await expect(latest).toContainText(wasGazelle ? '移出' : '加入');
  await expect(latest).toContainText('运营调整');
  await expect(latest).toContainText('张老师');

  // The visit, with one problem.
  const visit = page.getByRole('region', { name: '记录走访' });
  await expect(visit.getByLabel('走访日期')).toHaveValue(today());
  await visit.getByLabel('走访情况').fill(`走访研发中心，了解扩编计划（E2E ${run}）`);
  const problem = visit.getByRole('group', { name: '问题 1' });
  await problem.getByLabel('类别').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option[title="用工招聘"]')
    .click();
  await problem.getByLabel('问题描述').fill(need);
  await problem.getByRole('radio', { name: '紧急', exact: true }).check();
  await visit.getByRole('button', { name: '保存走访记录' }).click();
  await expect(
    visit.getByText(`已记录 ${today()} 的走访，登记问题 1 个`),
  ).toBeVisible();
  await visit.getByRole('link', { name: /^用工招聘：/ }).click();
  await expect(page).toHaveURL(/\/problems\/[0-9a-f-]{36}$/);
  const problemUrl = page.url();
  await expect(problemStatus(page)).toHaveText('已登记');
  await expect(page.getByText(need).first()).toBeVisible();

  // 转为服务需求: a cooperation intent for 埃尓森 with 北京外企's service.
  await page.getByRole('button', { name: '转为服务需求' }).click();
  const dialog = page.getByRole('dialog', { name: '转为企服超市服务需求' });
  await expect(dialog.getByLabel('需求说明')).toHaveValue(need);
  await dialog.getByLabel('服务', { exact: true }).click();
  await dialog.getByLabel('服务', { exact: true }).fill(SERVICE);
  await page
    .locator(
      `.ant-select-dropdown:visible .ant-select-item-option[title="${SERVICE} · ${PROVIDER}"]`,
    )
    .click();
  await dialog.getByLabel('企业联系人').fill('王经理');
  await dialog.getByLabel('联系电话').fill('0371-6788 0000');
  await checkA11y(page, 'request a service for a problem');
  await dialog.getByRole('button', { name: '发起合作意向' }).click();
  await expect(dialog).toBeHidden();
  const intentLink = page.getByRole('link', {
    name: `查看合作意向：${SERVICE} · ${PROVIDER}`,
  });
  await expect(intentLink).toBeVisible();
  await intentLink.click();
  await expect(page).toHaveURL(/\/intents\/[0-9a-f-]{36}$/);
  const intentUrl = page.url();
  await expect(intentStatus(page)).toHaveText('已提交');

  // The provider takes it from request to service, through the intent page.
  const provider = await signInNew(
    newContext,
    'provider@demo.qifu',
    new RegExp(PROVIDER),
  );
  await provider.goto(intentUrl);
  await expect(provider.getByText(need).first()).toBeVisible();
  await moveIntent(provider, '受理', '已受理');
  await moveIntent(provider, '开始洽谈', '洽谈中');
  await provider
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: '签约' })
    .click();
  const signing = provider.getByRole('dialog');
  await signing.getByLabel('合同金额').fill('30000');
  await pickDate(signing.getByLabel('签约日期'), today());
  await signing.getByRole('button', { name: '签约' }).click();
  await expect(intentStatus(provider)).toHaveText('已签约');
  await moveIntent(provider, '开始服务', '服务中');

  // The company confirms the service complete: the problem is proposed as solved.
  const company = await signInNew(newContext, 'company@demo.qifu', /王经理/);
  await company.goto(intentUrl);
  await expect(intentStatus(company)).toHaveText('服务中');
  await company
    .getByRole('region', { name: '下一步' })
    .getByRole('button', { name: '确认完成' })
    .click();
  await company
    .locator('.ant-popconfirm')
    .getByRole('button', { name: '确认完成' })
    .click();
  await expect(intentStatus(company)).toHaveText('已完成');
  await company.getByRole('link', { name: '查看问题办理情况' }).click();
  await expect(company).toHaveURL(problemUrl);
  await expect(problemStatus(company)).toHaveText('待企业确认');

  // It confirms the problem solved and rates it.
  await company.getByRole('button', { name: '确认已解决' }).click();
  const rating = company.getByRole('dialog', { name: '确认已解决' });
  await rating.getByRole('radio', { name: '满意', exact: true }).check();
  await checkA11y(company, 'confirm a problem solved');
  await rating.getByRole('button', { name: '确认已解决' }).click();
  await expect(problemStatus(company)).toHaveText('已解决');
  await expect(
    company.locator('.ant-descriptions-item').filter({ hasText: '企业评价' }),
  ).toContainText('满意');

  // The dashboard counts one more problem collected and one more solved.
  await page.goto('/operator/problems/dashboard');
  await expect(async () => {
    const after = await solveRate(page);
    expect(after.collected).toBe(before.collected + 1);
    expect(after.solved).toBe(before.solved + 1);
  }).toPass();
  const after = await solveRate(page);
  expect(after.rate).not.toBe(before.rate);
  // As the page formats it: one decimal.
  const percent = new Intl.NumberFormat('zh-CN', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  expect(after.rate).toBe(
    percent.format((before.solved + 1) / (before.collected + 1)),
  );
  await page.screenshot({
    path: join(dir, 'problem-dashboard.png'),
    fullPage: true,
  });
});
