import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import {
  chooseOptions,
  fill,
  formItem,
  setupUser,
} from '../../../testing/antd';
import { intentDetail, me } from '../../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockResponse,
} from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import type { IntentTarget } from '../intent-request';
import { IntentRequestForm } from './intent-request-form';

const serviceId = '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d';
const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function renderForm(
  onCreated = vi.fn(),
  target: IntentTarget = { kind: 'service', serviceId },
) {
  renderRoute(
    <IntentRequestForm
      target={target}
      // The date picker's calendar is antd's to test; start with a date chosen.
      initialValues={{
        contactName: '王经理',
        wishedStartDate: dayjs('2099-05-01'),
      }}
      onCreated={onCreated}
    />,
    { path: '*', url: '/', me: me() },
  );
  return onCreated;
}

async function fillNeed(user: ReturnType<typeof setupUser>) {
  await fill(user, '需求描述', '明年申报高新技术企业，需要做年度财务审计。');
  await fill(user, '联系电话', '138 0000 0000');
}

function posts(fetchMock: ReturnType<typeof mockFetch>) {
  return requests(fetchMock).filter((r) => r.method === 'POST');
}

// The whole form (autosizing text areas, number inputs) re-measures with getComputedStyle on
// every change, which jsdom makes slow; a busy machine needs the margin.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('IntentRequestForm', () => {
  it('sends an Idempotency-Key, and the same key again when the user retries', async () => {
    const answers: MockResponse[] = [
      apiError(503, 'DATABASE_UNAVAILABLE'),
      { status: 201, body: intentDetail() },
    ];
    const fetchMock = mockFetch(
      () => answers.shift() ?? apiError(500, 'INTERNAL_ERROR'),
    );
    const onCreated = renderForm();
    const user = setupUser();

    await fillNeed(user);
    await fill(user, '最低预算', '10000');
    await fill(user, '最高预算', '30000');
    await user.click(screen.getByRole('button', { name: '提交申请' }));

    expect(
      await screen.findByText('系统正在维护，请稍后重试。'),
    ).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));

    const [first, retry] = posts(fetchMock);
    expect(first.url.pathname).toBe('/api/intents');
    const key = first.headers.get('Idempotency-Key');
    expect(key).toMatch(UUID);
    expect(retry.headers.get('Idempotency-Key')).toBe(key);
    expect(retry.body).toEqual({
      serviceId,
      need: '明年申报高新技术企业，需要做年度财务审计。',
      budgetNegotiable: false,
      budgetMin: 10000,
      budgetMax: 30000,
      wishedStartDate: '2099-05-01',
      contactName: '王经理',
      contactPhone: '138 0000 0000',
    });
    expect(onCreated).toHaveBeenCalledWith(intentDetail());
  });

  it('refuses a maximum below the minimum, and asks for a budget or 面议', async () => {
    const fetchMock = mockFetch(() => ({ status: 201, body: intentDetail() }));
    renderForm();
    const user = setupUser();
    await fillNeed(user);

    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(
      await within(formItem('最低预算')).findByText(
        '请填写预算金额，或选择面议',
      ),
    ).toBeInTheDocument();

    await fill(user, '最低预算', '30000');
    await fill(user, '最高预算', '10000');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(
      await within(formItem('最高预算')).findByText('最高预算不能低于最低预算'),
    ).toBeInTheDocument();
    expect(posts(fetchMock)).toEqual([]);
  });

  it('clears the amounts when 面议 is chosen, and sends no amounts', async () => {
    const fetchMock = mockFetch(() => ({ status: 201, body: intentDetail() }));
    const onCreated = renderForm();
    const user = setupUser();
    await fillNeed(user);
    await fill(user, '最低预算', '30000');
    await fill(user, '最高预算', '10000');

    await user.click(screen.getByLabelText('面议'));

    expect(screen.getByLabelText('最低预算')).toHaveValue('');
    expect(screen.getByLabelText('最低预算')).toBeDisabled();
    expect(screen.getByLabelText('最高预算')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '提交申请' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const [post] = posts(fetchMock);
    expect(post.body).toMatchObject({ budgetNegotiable: true });
    expect(post.body).not.toHaveProperty('budgetMin');
    expect(post.body).not.toHaveProperty('budgetMax');
  });

  it('asks a provider for a category, and shows a refused one beside it', async () => {
    const fetchMock = mockFetch(() =>
      apiError(400, 'SERVICE_UNAVAILABLE_FOR_INTENT', [
        { field: 'providerId', message: 'not available' },
      ]),
    );
    renderForm(vi.fn(), {
      kind: 'provider',
      providerId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      categories: [
        { code: 'financial-audit', nameZh: '财务审计', nameEn: 'Audit' },
      ],
    });
    const user = setupUser();
    await fillNeed(user);
    await user.click(screen.getByLabelText('面议'));

    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(
      await within(formItem('咨询类别')).findByText('请选择咨询类别'),
    ).toBeInTheDocument();
    expect(posts(fetchMock)).toEqual([]);

    await chooseOptions(user, '咨询类别', '财务审计');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(
      await within(formItem('咨询类别')).findByText(
        '该服务暂不可申请，请选择其他服务。',
      ),
    ).toBeInTheDocument();
    expect(posts(fetchMock)[0].body).toMatchObject({
      providerId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      categoryCode: 'financial-audit',
      budgetNegotiable: true,
    });
  });
});
