import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fill, setupUser } from '../../testing/antd';
import { me, operatorMe, page, serviceSummary } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { problemDetail } from '../../features/problems/problem.fixtures';
import { ProblemDetailRoute } from './problem-detail';

const id = problemDetail().id;
const url = `/problems/${id}`;
const apiError = (status: number, code: string) => ({
  status,
  body: { code, message: code, requestId: 'r1' },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ProblemDetailRoute', () => {
  it('shows the 13710 stages, the timeline, and only the moves the API offers', async () => {
    mockFetch((u) =>
      u.pathname === '/api/organisation/members'
        ? { body: { items: [], total: 0, page: 1, pageSize: 20 } }
        : {
            body: problemDetail({
              actions: [
                { to: 'accepted', requires: ['assigneeUserId'] },
                {
                  to: 'forwarded',
                  requires: ['departmentName', 'departmentContact'],
                },
              ],
            }),
          },
    );
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: operatorMe(),
    });
    expect(
      await screen.findByRole('button', { name: '受理并指派' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '转办政府部门' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: '办结' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('超期')).toBeInTheDocument();
    expect(screen.getByText('企业自行提交')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回问题台账' })).toHaveAttribute(
      'href',
      '/operator/problems',
    );
  });

  it('forwards with the department and contact, sending the version it saw', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((u, r) => {
      if (u.pathname === '/api/organisation/members')
        return { body: { items: [], total: 0, page: 1, pageSize: 20 } };
      if (r.method === 'POST')
        return {
          body: problemDetail({
            status: 'forwarded',
            version: 1,
            department: { name: '高新区人社局', contact: '李科长 0371-1' },
          }),
        };
      return {
        body: problemDetail({
          version: 3,
          actions: [
            {
              to: 'forwarded',
              requires: ['departmentName', 'departmentContact'],
            },
          ],
        }),
      };
    });
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: operatorMe(),
    });
    await user.click(
      await screen.findByRole('button', { name: '转办政府部门' }),
    );
    const dialog = await screen.findByRole('dialog');
    await fill(user, '部门名称', '高新区人社局');
    await fill(user, '联系人及电话', '李科长 0371-1');
    await user.click(
      within(dialog).getByRole('button', { name: '转办政府部门' }),
    );
    await waitFor(() => {
      const post = requests(fetchMock).find((r) => r.method === 'POST');
      expect(post?.url.pathname).toBe(`/api/problems/${id}/transitions`);
      expect(post?.body).toEqual({
        to: 'forwarded',
        version: 3,
        departmentName: '高新区人社局',
        departmentContact: '李科长 0371-1',
      });
    });
    expect(
      await screen.findByText('高新区人社局 · 李科长 0371-1'),
    ).toBeInTheDocument();
  });

  it('after the company’s 7 working days the operator closes it as solved, told what that records', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((_u, r) =>
      r.method === 'POST'
        ? {
            body: problemDetail({
              status: 'confirmed',
              version: 5,
              closedWithoutAnswer: true,
              actions: [],
            }),
          }
        : {
            body: problemDetail({
              status: 'solved',
              version: 4,
              answerDueAt: '2026-12-15T08:30:00.000Z',
              actions: [{ to: 'confirmed', requires: ['note'] }],
            }),
          },
    );
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: operatorMe(),
    });
    expect(
      await screen.findByText(/2026-12-15 \d\d:\d\d 前（办结后 7 个工作日）/),
    ).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', { name: '企业未答复，按已解决办结' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/记为“企业未答复”，不计入满意率/),
    ).toBeInTheDocument();
    await fill(user, '说明', '企业 7 个工作日未答复，按已解决办结。');
    await user.click(
      within(dialog).getByRole('button', { name: '企业未答复，按已解决办结' }),
    );
    await waitFor(() =>
      expect(
        requests(fetchMock).find((r) => r.method === 'POST')?.body,
      ).toEqual({
        to: 'confirmed',
        version: 4,
        note: '企业 7 个工作日未答复，按已解决办结。',
      }),
    );
  });

  it('the company confirms with a satisfaction rating; a stale version reloads and says so', async () => {
    const user = setupUser();
    let gets = 0;
    const fetchMock = mockFetch((_u, r) => {
      if (r.method === 'POST') return apiError(409, 'PROBLEM_CONFLICT');
      gets++;
      return {
        body: problemDetail({
          status: 'solved',
          version: 4,
          actions: [
            { to: 'confirmed', requires: ['satisfaction'] },
            { to: 'reopened', requires: ['note'] },
          ],
        }),
      };
    });
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: me(),
    });
    expect(
      await screen.findByRole('link', { name: '返回我的问题' }),
    ).toHaveAttribute('href', '/problems');
    await user.click(await screen.findByRole('button', { name: '确认已解决' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('基本满意'));
    await user.click(
      within(dialog).getByRole('button', { name: '确认已解决' }),
    );
    await waitFor(() =>
      expect(
        requests(fetchMock).find((r) => r.method === 'POST')?.body,
      ).toEqual({
        to: 'confirmed',
        version: 4,
        satisfaction: 'basically_satisfied',
      }),
    );
    expect(
      await screen.findByText(
        '该问题刚被他人更新，已为您刷新，请查看最新状态后再操作。',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(gets).toBeGreaterThan(1));
  });

  it('the operator turns the problem into a service request, pre-filled from the problem', async () => {
    const user = setupUser();
    const service = serviceSummary({
      title: '嵌入式工程师猎聘',
      provider: {
        id: '11111111-2222-4333-8444-555555555555',
        name: '郑州市人才服务有限公司',
        kind: 'hr',
      },
    });
    const fetchMock = mockFetch((u, r) => {
      if (u.pathname === '/api/organisation/members')
        return { body: { items: [], total: 0, page: 1, pageSize: 20 } };
      if (u.pathname === '/api/services') return { body: page([service]) };
      if (r.method === 'POST')
        return {
          body: problemDetail({
            status: 'accepted',
            version: 3,
            canRequestService: false,
            intent: {
              id: '9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
              status: 'submitted',
              serviceTitle: service.title,
              providerName: service.provider.name,
            },
          }),
        };
      return { body: problemDetail({ version: 2, canRequestService: true }) };
    });
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: operatorMe(),
    });
    expect(
      await screen.findByText('尚未转为企服超市服务需求。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '转为服务需求' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('需求说明')).toHaveValue(
      problemDetail().description,
    );
    await user.click(within(dialog).getByLabelText('服务'));
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
      );
      if (!found) throw new Error('no service option yet');
      return found;
    });
    await user.click(option);
    await fill(user, '企业联系人', '王经理');
    await fill(user, '联系电话', '13800001111');
    await user.click(
      within(dialog).getByRole('button', { name: '发起合作意向' }),
    );
    await waitFor(() => {
      const post = requests(fetchMock).find((r) => r.method === 'POST');
      expect(post?.url.pathname).toBe(`/api/problems/${id}/intent`);
      expect(post?.body).toMatchObject({
        serviceId: service.id,
        need: problemDetail().description,
        contactName: '王经理',
        contactPhone: '13800001111',
        version: 2,
      });
      expect(
        (post?.body as { wishedStartDate: string }).wishedStartDate,
      ).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    const link = await screen.findByRole('link', {
      name: '查看合作意向：嵌入式工程师猎聘 · 郑州市人才服务有限公司',
    });
    expect(link).toHaveAttribute(
      'href',
      '/intents/9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    );
    expect(link).toHaveTextContent('嵌入式工程师猎聘 · 郑州市人才服务有限公司');
    expect(
      screen.queryByRole('button', { name: '转为服务需求' }),
    ).not.toBeInTheDocument();
  });

  it('a company sees the linked request but cannot make one', async () => {
    mockFetch(() => ({
      body: problemDetail({
        status: 'accepted',
        intent: {
          id: '9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
          status: 'negotiating',
          serviceTitle: '年度财务审计',
          providerName: '河南富平会计师事务所',
        },
      }),
    }));
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: me(),
    });
    expect(
      await screen.findByRole('link', {
        name: '查看合作意向：年度财务审计 · 河南富平会计师事务所',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('洽谈中')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: '转为服务需求' }),
    ).not.toBeInTheDocument();
  });

  it('another company’s problem is a 404 page', async () => {
    mockFetch(() => apiError(404, 'PROBLEM_NOT_FOUND'));
    renderRoute(<ProblemDetailRoute />, {
      path: '/problems/:id',
      url,
      me: me(),
    });
    expect(
      await screen.findByRole('heading', { name: '该问题不存在。' }),
    ).toBeInTheDocument();
  });
});
