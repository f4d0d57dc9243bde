import type { ServiceSearchPage } from '@qifu/contracts';
import { startTestApp, type TestApp } from './support/test-app';

// How park companies really search, against the seeded catalogue (the park's real opening
// line-up and the seeded dictionary): abbreviations and everyday words (synonyms), pinyin in
// full and as initials, mixed Chinese and Latin, one-character slips, English. Each query names
// the services it must find; some say which must rank above which, or what it must suggest.
// It runs on whatever DATABASE_URL is (a PostgreSQL server or the embedded database).

interface Want {
  /** Titles that must be among the hits (the first page of 50). */
  has?: string[];
  /** The title of the first hit. */
  first?: string;
  /** [a, b]: a ranks above b (b may be missing: then a must be found). */
  above?: [string, string][];
  /** Titles that must not be hit. */
  not?: string[];
  /** The "您是不是要找 …" correction, and whether the page shows its results. */
  suggest?: { q: string; applied: boolean };
  /** Nothing found and nothing suggested. */
  none?: true;
}

const 代账小 = '代理记账（小规模纳税人）';
const 代账一般 = '代理记账（一般纳税人）';
const 高企辅导 = '高新技术企业认定辅导';
const 高企审计 = '高新技术企业专项审计';

const QUERIES: [string, Want][] = [
  // Abbreviations and everyday words, through the dictionary.
  ['代账', { has: [代账小, 代账一般] }],
  ['记账', { has: [代账小, 代账一般] }],
  ['做账', { has: [代账小, 代账一般] }],
  ['猎头', { first: '中高端人才猎聘' }],
  ['猎聘', { has: ['中高端人才猎聘'] }],
  ['社保', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['社会保险', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['五险一金', { has: ['社保公积金代办'] }],
  ['公积金', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['高企', { has: [高企辅导, 高企审计], above: [[高企辅导, 代账小], [高企辅导, 代账一般]] }],
  ['国高新', { has: [高企辅导, 高企审计] }],
  ['高企认定', { first: 高企辅导 }],
  ['高新技术企业', { above: [[高企辅导, 代账小]] }],
  ['上市', { has: ['新三板挂牌辅导', '股份制改造咨询'] }],
  ['ipo', { has: ['新三板挂牌辅导'] }],
  ['IPO', { has: ['新三板挂牌辅导'] }],
  ['挂牌', { first: '新三板挂牌辅导' }],
  ['股改', { first: '股份制改造咨询' }],
  ['neeq', { first: '新三板挂牌辅导' }],
  ['专利', { has: ['发明专利申请代理', '实用新型专利申请代理'] }],
  ['商标', { first: '商标注册代理' }],
  ['软著', { first: '软件著作权登记代理' }],
  ['版权', { first: '软件著作权登记代理' }],
  ['知产', { has: ['发明专利申请代理', '商标注册代理', '知识产权质押融资对接'] }],
  ['融资', { has: ['股权融资对接', '知识产权质押融资对接'] }],
  ['找钱', { has: ['股权融资对接', '知识产权质押融资对接'] }],
  ['贷款', { first: '银行贷款对接（科技贷）' }],
  ['借款', { has: ['银行贷款对接（科技贷）'] }],
  ['风投', { has: ['股权融资对接'] }],
  ['审计', { has: ['年度财务报表审计', 高企审计] }],
  ['年审', { has: ['年度财务报表审计', 高企审计] }],
  ['财报', { has: ['年度财务报表审计'] }],
  ['汇算', { first: '企业所得税汇算清缴鉴证' }],
  ['加计扣除', { first: '研发费用加计扣除辅导' }],
  ['税筹', { first: '税务筹划' }],
  ['节税', { first: '税务筹划' }],
  ['派遣', { first: '劳务派遣' }],
  ['人事外包', { has: ['薪酬外包', '劳务派遣', '人事代理与档案托管'] }],
  ['代发工资', { first: '薪酬外包' }],
  ['公司注册', { first: '工商注册与变更' }],
  ['开公司', { first: '工商注册与变更' }],
  ['注销', { first: '公司注销（税务与工商）' }],
  ['绩效考核', { first: '绩效与薪酬体系设计' }],
  ['kpi', { first: '绩效与薪酬体系设计' }],
  ['孵化器', { first: '孵化入驻' }],
  ['工位', { has: ['孵化入驻'] }],
  ['创业指导', { has: ['创业辅导训练营', '创业导师一对一辅导'] }],
  ['小巨人', { first: '专精特新中小企业认定辅导' }],
  ['科小', { first: '科技型中小企业评价入库' }],
  ['gpu', { first: '算力服务（AI训练与推理）' }],
  ['智算', { first: '算力服务（AI训练与推理）' }],
  ['云服务器', { first: '云主机与云函数开通' }],
  ['本地部署', { first: '模型市场接入与私有化部署' }],
  ['数字化', { first: '企业数字化转型咨询' }],
  ['战略咨询', { has: ['企业战略规划'] }],
  // The literal word ranks above the word it stands for.
  ['代理记账', { above: [[代账小, '税务筹划']] }],
  // Pinyin in full.
  ['shebao', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['gaoqi', { has: [高企辅导, 高企审计], above: [[高企辅导, 代账小]] }],
  ['zhuanli', { has: ['发明专利申请代理', '实用新型专利申请代理'] }],
  ['shangbiao', { first: '商标注册代理' }],
  ['dailijizhang', { has: [代账小, 代账一般] }],
  ['liepin', { first: '中高端人才猎聘' }],
  ['shuiwuchouhua', { first: '税务筹划' }],
  ['zhanlue', { first: '企业战略规划' }],
  ['zhanlve', { first: '企业战略规划' }],
  ['kuaiji', { has: ['年度财务报表审计'] }],
  ['fuhua', { first: '孵化入驻' }],
  ['suanli', { first: '算力服务（AI训练与推理）' }],
  ['ShangShi', { has: ['新三板挂牌辅导'] }],
  // Initials.
  ['sb', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['gq', { has: [高企辅导, 高企审计], above: [[高企辅导, 代账小]] }],
  ['dljz', { has: [代账小, 代账一般] }],
  ['zscq', { has: ['发明专利申请代理', '商标注册代理'] }],
  ['swch', { first: '税务筹划' }],
  ['lwpq', { first: '劳务派遣' }],
  ['sbdb', { has: ['社保公积金代办'] }],
  // Mixed Chinese and Latin, in one term or several.
  ['shebao代办', { has: ['社保公积金代办', '单位社保公积金开户代办'] }],
  ['代理jizhang', { has: [代账小, 代账一般] }],
  ['社保 daiban', { has: ['社保公积金代办'] }],
  ['zhuanli 申请', { has: ['发明专利申请代理', '实用新型专利申请代理'], not: ['商标注册代理'] }],
  ['AI训练', { first: '算力服务（AI训练与推理）' }],
  // One character wrong, missing or extra.
  ['知识产全', { suggest: { q: '知识产权', applied: true }, has: ['知识产权质押融资对接', '发明专利申请代理'] }],
  ['代理记帐', { suggest: { q: '代理记账', applied: true }, has: [代账小, 代账一般] }],
  ['税务筹化', { suggest: { q: '税务筹划', applied: true }, first: '税务筹划' }],
  ['劳务派遗', { suggest: { q: '劳务派遣', applied: true }, first: '劳务派遣' }],
  ['高薪技术企业', { suggest: { q: '高新技术企业', applied: true }, has: [高企辅导] }],
  ['孵化入往', { suggest: { q: '孵化入驻', applied: true }, first: '孵化入驻' }],
  ['知识权', { suggest: { q: '知识产权', applied: true } }],
  ['商标注注册', { suggest: { q: '商标注册', applied: true }, first: '商标注册代理' }],
  ['auditt', { suggest: { q: 'audit', applied: true }, has: ['年度财务报表审计'] }],
  ['trademarc', { suggest: { q: 'trademark', applied: true }, first: '商标注册代理' }],
  // English.
  ['audit', { has: ['年度财务报表审计', 高企审计] }],
  ['patent', { has: ['发明专利申请代理', '实用新型专利申请代理'] }],
  ['trademark', { first: '商标注册代理' }],
  ['headhunting', { has: ['中高端人才猎聘'] }],
  ['Recruitment', { has: ['中高端人才猎聘', '校园招聘与批量招聘'] }],
  ['incubation', { first: '孵化入驻' }],
  ['ai', { has: ['算力服务（AI训练与推理）'] }],
  // Nothing there, and nothing to suggest.
  ['鼐鼎', { none: true }],
  ['qqqqq', { none: true }],
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const search = (q: string) => t.get<ServiceSearchPage>(`/api/services?q=${encodeURIComponent(q)}&pageSize=50`);

describe(`${QUERIES.length} queries as park companies type them`, () => {
  it('are at least 60', () => expect(QUERIES.length).toBeGreaterThanOrEqual(60));

  it.each(QUERIES)('%s', async (q, want) => {
    const res = await search(q);
    expect(res.status).toBe(200);
    const titles = res.body.items.map((s) => s.title);
    if (want.none) {
      expect(titles).toEqual([]);
      expect(res.body.suggestion).toBeUndefined();
    }
    if (want.has) expect(titles).toEqual(expect.arrayContaining(want.has));
    if (want.first) expect(titles[0]).toBe(want.first);
    for (const [a, b] of want.above ?? []) {
      expect(titles).toContain(a);
      if (titles.includes(b)) expect(titles.indexOf(a)).toBeLessThan(titles.indexOf(b));
    }
    for (const n of want.not ?? []) expect(titles).not.toContain(n);
    if (want.suggest) expect(res.body.suggestion).toEqual(want.suggest);
    else expect(res.body.suggestion).toBeUndefined();
  });

  // A small page is read from the title hits alone when they fill it (the title indexes); it
  // must be the same slice of the same ranking as one big page that ranks every hit.
  it.each(['社保', '高企', 'shebao', 'gq', 'sb', '代账', 'ipo', '高企认定', '社保 代办'])('%s: small pages are slices of the whole ranking', async (q) => {
    const whole = (await search(q)).body;
    expect(whole.total).toBeLessThanOrEqual(50);
    const ids: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.total / 2); page++) {
      const res = await t.get<ServiceSearchPage>(`/api/services?q=${encodeURIComponent(q)}&pageSize=2&page=${page}`);
      expect(res.body.total).toBe(whole.total);
      ids.push(...res.body.items.map((s) => s.id));
    }
    expect(ids).toEqual(whole.items.map((s) => s.id));
  });

  it('suggests without replacing when the exact query finds a little', async () => {
    // 税务筹划 is one listing's title: the literal query keeps it, no correction offered.
    const res = await search('税务筹划');
    expect(res.body.items.map((s) => s.title)).toContain('税务筹划');
    expect(res.body.suggestion).toBeUndefined();
  });
});
