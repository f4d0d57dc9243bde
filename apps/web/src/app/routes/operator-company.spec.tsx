import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type {
  CompanyDto,
  CompanyTierEventDto,
  VisitDto,
} from '@qifu/contracts';
import { chooseOptions, fill, formItem, setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockRequest,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { problemDetail } from '../../features/problems/problem.fixtures';
import { OperatorCompanyRoute } from './operator-company';

const ID = '66666666-7777-4888-8999-000000000000';
const COMPANY = `/api/operator/companies/${ID}`;
const EVENTS = `${COMPANY}/tier-events`;

const aersen = (over: Partial<CompanyDto> = {}): CompanyDto => ({
  id: ID,
  name: '郑州埃尓森科技有限公司',
  shortName: '埃尓森',
  industry: '软件和信息技术服务业',
  size: 'small',
  stage: 'growth',
  tiers: ['high_tech', 'tech_sme'],
  contactName: '王经理',
  contactPhone: '0371-6788 0000',
  intentCount: 7,
  ...over,
});

const event = (
  i: number,
  over: Partial<CompanyTierEventDto> = {},
): CompanyTierEventDto => ({
  id: String(i),
  tier: 'high_tech',
  change: 'added',
  source: 'operator',
  note: '2026 年认定',
  actorName: '张老师',
  createdAt: '2026-12-01T02:00:00.000Z',
  ...over,
});

type Handler = (url: URL, r: MockRequest) => MockResponse | undefined;

/** The page's reads answered as a quiet server would; `extra` answers first. */
function server(extra: Handler = () => undefined) {
  return mockFetch((url, r) => {
    const own = extra(url, r);
    if (own) return own;
    if (url.pathname === COMPANY) return { body: aersen() };
    if (url.pathname === EVENTS)
      return {
        body: page(
          [
            event(1),
            event(2, {
              tier: 'tech_sme',
              source: 'import',
              note: '',
              actorName: null,
            }),
          ],
          { total: 2, pageSize: 10 },
        ),
      };
    if (url.pathname === '/api/problem-categories')
      return {
        body: [
          { code: 'recruitment', name: '用工招聘' },
          { code: 'premises', name: '场地' },
        ],
      };
    if (url.pathname === '/api/problems') return { body: page([]) };
    return { status: 500 };
  });
}

function renderPage() {
  return renderRoute(<OperatorCompanyRoute />, {
    path: '/operator/companies/:id',
    url: `/operator/companies/${ID}`,
    me: operatorMe(),
  });
}

const tiersGroup = () => screen.getByRole('group', { name: '企业梯度' });
const box = (name: string) =>
  within(tiersGroup()).getByRole('checkbox', { name });
const writes = (f: ReturnType<typeof mockFetch>) =>
  requests(f).filter((r) => r.method !== 'GET');

afterEach(() => {
  vi.unstubAllGlobals();
});

// A whole page of antd forms in jsdom, on a shared 2-core machine.
describe('OperatorCompanyRoute (an operator’s company page)', { timeout: 90_000 }, () => {
  it('shows the company, its tiers ticked, the tier history and the company’s problems', async () => {
    const fetchMock = server();
    renderPage();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '郑州埃尓森科技有限公司',
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe('郑州埃尓森科技有限公司 · 企业名录 · 企服超市');
    expect(screen.getByTestId('company-tiers')).toHaveTextContent(
      '高新技术企业科技型中小企业',
    );
    expect(box('高新技术企业')).toBeChecked();
    expect(box('科技型中小企业')).toBeChecked();
    expect(box('上市公司')).not.toBeChecked();
    expect(within(tiersGroup()).getAllByRole('checkbox')).toHaveLength(12);
    expect(
      screen.getByRole('link', { name: '郑州埃尓森科技有限公司的合作意向 7 条' }),
    ).toHaveAttribute('href', `/intents?company=${ID}`);

    const history = await screen.findByRole('table', { name: '梯度变更记录' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('高新技术企业');
    expect(rows[0]).toHaveTextContent('加入');
    expect(rows[0]).toHaveTextContent('运营调整');
    expect(rows[0]).toHaveTextContent('张老师');
    expect(rows[0]).toHaveTextContent('2026 年认定');
    expect(rows[1]).toHaveTextContent('批量导入');
    expect(rows[1]).toHaveTextContent('系统');
    expect(screen.getByText('共 2 条变更')).toBeInTheDocument();
    expect(
      await screen.findByText('该企业还没有登记问题'),
    ).toBeInTheDocument();

    const urls = requests(fetchMock).map((r) => r.url);
    const events = urls.find((u) => u.pathname === EVENTS);
    expect(Object.fromEntries(events?.searchParams ?? [])).toEqual({
      page: '1',
      pageSize: '10',
    });
    const problems = urls.find((u) => u.pathname === '/api/problems');
    expect(problems?.searchParams.get('companyId')).toBe(ID);
  });

  it('pages the tier history', async () => {
    const user = setupUser();
    const fetchMock = server((url) =>
      url.pathname === EVENTS
        ? {
            body: page(
              [event(Number(url.searchParams.get('page')) * 100)],
              {
                total: 25,
                page: Number(url.searchParams.get('page')),
                pageSize: 10,
              },
            ),
          }
        : undefined,
    );
    renderPage();
    expect(await screen.findByText('共 25 条变更')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: '梯度变更记录' });
    const pager = history
      .closest('.ant-table-wrapper')
      ?.querySelector('.ant-pagination');
    expect(pager).not.toBeNull();
    await user.click(within(pager as HTMLElement).getByTitle('2'));
    await waitFor(() =>
      expect(
        requests(fetchMock).some(
          (r) =>
            r.url.pathname === EVENTS && r.url.searchParams.get('page') === '2',
        ),
      ).toBe(true),
    );
  });

  it('confirms what is added and removed, then saves with the tiers it was read with', async () => {
    const user = setupUser();
    let saved: CompanyDto | null = null;
    const fetchMock = server((url, r) => {
      if (r.method === 'PUT' && url.pathname === `${COMPANY}/tiers`) {
        saved = aersen({ tiers: ['listed', 'high_tech'] });
        return { body: saved };
      }
      if (url.pathname === COMPANY && saved) return { body: saved };
      return undefined;
    });
    renderPage();
    await screen.findByRole('group', { name: '企业梯度' });
    await user.click(box('上市公司'));
    await user.click(box('科技型中小企业'));
    await fill(user, '备注', '  2026 年上市，科小到期  ');
    await user.click(screen.getByRole('button', { name: '保存梯度' }));

    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('确认调整「郑州埃尓森科技有限公司」的梯度？');
    expect(confirm).toHaveTextContent('加入：上市公司');
    expect(confirm).toHaveTextContent('移出：科技型中小企业');
    expect(writes(fetchMock)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: '确定' }));

    await waitFor(() => expect(writes(fetchMock)).toHaveLength(1));
    const [put] = writes(fetchMock);
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual({
      tiers: ['listed', 'high_tech'],
      expectedTiers: ['high_tech', 'tech_sme'],
      note: '2026 年上市，科小到期',
    });
    expect(await screen.findByText('梯度已更新')).toBeInTheDocument();
    // The page shows the answer; the history is read again.
    await waitFor(() =>
      expect(screen.getByTestId('company-tiers')).toHaveTextContent(
        '上市公司高新技术企业',
      ),
    );
    expect(box('科技型中小企业')).not.toBeChecked();
    expect(screen.getByLabelText('备注')).toHaveValue('');
    await waitFor(() =>
      expect(
        requests(fetchMock).filter((r) => r.url.pathname === EVENTS).length,
      ).toBeGreaterThan(1),
    );
  });

  it('says beside the tiers that nothing changed, and sends nothing', async () => {
    const user = setupUser();
    const fetchMock = server();
    renderPage();
    await screen.findByRole('group', { name: '企业梯度' });
    await user.click(screen.getByRole('button', { name: '保存梯度' }));
    expect(
      await within(formItem('企业梯度')).findByText(
        '梯度没有变化，请先勾选或取消要调整的梯度',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(writes(fetchMock)).toHaveLength(0);
  });

  it('on a stale tier set, reloads the company, shows its current tiers and says so', async () => {
    const user = setupUser();
    let changedElsewhere = false;
    const fetchMock = server((url, r) => {
      if (r.method === 'PUT') {
        changedElsewhere = true;
        return apiError(409, 'COMPANY_TIERS_CONFLICT');
      }
      if (url.pathname === COMPANY && changedElsewhere)
        return { body: aersen({ tiers: ['gazelle'] }) };
      return undefined;
    });
    renderPage();
    await screen.findByRole('group', { name: '企业梯度' });
    await user.click(box('上市公司'));
    await user.click(screen.getByRole('button', { name: '保存梯度' }));
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: '确定' }));

    expect(
      await screen.findByText(/该企业的梯度刚被他人调整/),
    ).toBeInTheDocument();
    await waitFor(() => expect(box('瞪羚企业')).toBeChecked());
    expect(box('上市公司')).not.toBeChecked();
    expect(box('高新技术企业')).not.toBeChecked();
    expect(
      requests(fetchMock).filter(
        (r) => r.url.pathname === COMPANY && r.method === 'GET',
      ),
    ).toHaveLength(2);
  });

  it('shows another refusal of the API above the button', async () => {
    const user = setupUser();
    server((_url, r) =>
      r.method === 'PUT' ? apiError(503, 'DATABASE_UNAVAILABLE') : undefined,
    );
    renderPage();
    await screen.findByRole('group', { name: '企业梯度' });
    await user.click(box('上市公司'));
    await user.click(screen.getByRole('button', { name: '保存梯度' }));
    await user.click(
      within(await screen.findByRole('tooltip')).getByRole('button', {
        name: '确定',
      }),
    );
    const form = screen
      .getByRole('button', { name: '保存梯度' })
      .closest('form') as HTMLElement;
    expect(await within(form).findByRole('alert')).toBeInTheDocument();
    // The ticks stay as they were chosen.
    expect(box('上市公司')).toBeChecked();
  });

  it('records a visit with its problem and links to the problem', async () => {
    const user = setupUser();
    const problem = problemDetail({
      id: '11111111-2222-4333-8444-555555555555',
      description: '需要招聘两名嵌入式工程师，急。',
    });
    const visit: VisitDto = {
      id: '99999999-8888-4777-8666-555555555555',
      company: { id: ID, name: '郑州埃尓森科技有限公司' },
      visitedOn: '2026-12-07',
      visitors: ['张老师', '李干事'],
      notes: '企业扩产，用工紧张。',
      recordedBy: '张老师',
      createdAt: '2026-12-07T02:00:00.000Z',
      problems: [problem],
    };
    const fetchMock = server((url, r) =>
      r.method === 'POST' && url.pathname === '/api/visits'
        ? { status: 201, body: visit }
        : undefined,
    );
    renderPage();
    await screen.findByRole('heading', { level: 2, name: '记录走访' });
    // The signed-in operator is the first visitor; another is typed in.
    const visitors = formItem('走访人员');
    expect(visitors).toHaveTextContent('张老师');
    await user.click(screen.getByLabelText('走访人员'));
    await user.keyboard('李干事{Enter}');
    await fill(user, '走访情况', '企业扩产，用工紧张。');
    const first = screen.getByRole('group', { name: '问题 1' });
    await chooseOptions(user, '类别', '用工招聘');
    await user.click(within(first).getByLabelText('紧急'));
    await fill(user, '问题描述', '需要招聘两名嵌入式工程师，急。');
    await user.click(screen.getByRole('button', { name: '保存走访记录' }));

    await waitFor(() => expect(writes(fetchMock)).toHaveLength(1));
    const [post] = writes(fetchMock);
    const body = post.body as Record<string, unknown>;
    expect(body.visitedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect({ ...body, visitedOn: 'today' }).toEqual({
      companyId: ID,
      visitedOn: 'today',
      visitors: ['张老师', '李干事'],
      notes: '企业扩产，用工紧张。',
      problems: [
        {
          categoryCode: 'recruitment',
          description: '需要招聘两名嵌入式工程师，急。',
          urgency: 'urgent',
          hard: false,
        },
      ],
    });
    expect(
      await screen.findByText('已记录 2026-12-07 的走访，登记问题 1 个'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: '用工招聘：需要招聘两名嵌入式工程师，急。',
      }),
    ).toHaveAttribute('href', `/problems/${problem.id}`);
    // The company's problems are read again.
    await waitFor(() =>
      expect(
        requests(fetchMock).filter((r) => r.url.pathname === '/api/problems')
          .length,
      ).toBeGreaterThan(1),
    );
  });

  it('checks each problem beside its fields, adds and removes problems', async () => {
    const user = setupUser();
    const fetchMock = server();
    renderPage();
    await screen.findByRole('heading', { level: 2, name: '记录走访' });
    await user.click(screen.getByRole('button', { name: '添加问题' }));
    expect(screen.getByRole('group', { name: '问题 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除问题 2' }));
    expect(screen.queryByRole('group', { name: '问题 2' })).toBeNull();

    await fill(user, '问题描述', '太短');
    await user.click(screen.getByRole('button', { name: '保存走访记录' }));
    const first = screen.getByRole('group', { name: '问题 1' });
    expect(await within(first).findByText('请选择类别')).toBeInTheDocument();
    expect(
      within(first).getByText('问题描述应为 5–2000 个字'),
    ).toBeInTheDocument();
    expect(writes(fetchMock)).toHaveLength(0);
  });

  it('says when the company does not exist', async () => {
    server((url) =>
      url.pathname === COMPANY ? apiError(404, 'COMPANY_NOT_FOUND') : undefined,
    );
    renderPage();
    expect(
      await screen.findByText('该企业不存在或已被删除。'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '返回企业名录' }),
    ).toHaveAttribute('href', '/operator/companies');
  });
});
