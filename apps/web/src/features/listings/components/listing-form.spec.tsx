import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { ProviderListingDto } from '@qifu/contracts';
import {
  chooseOptions,
  fill,
  formItem,
  setupUser,
} from '../../../testing/antd';
import { providerMe } from '../../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockResponse,
} from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import { providerListing, workspaceCategories } from '../listing.fixtures';
import { ListingForm, toListingInput } from './listing-form';

const approved = () => {
  const me = providerMe();
  me.organisation.providerStatus = 'approved';
  return me;
};

function renderForm(answer: () => MockResponse, listing?: ProviderListingDto) {
  const onSaved = vi.fn();
  const fetchMock = mockFetch((_url, request) =>
    request.method === 'GET' ? { status: 500 } : answer(),
  );
  renderRoute(
    <ListingForm
      listing={listing}
      categories={workspaceCategories}
      categoriesLoading={false}
      categoriesFailed={false}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
    {
      path: '/workspace/listings/new',
      url: '/workspace/listings/new',
      me: approved(),
    },
  );
  return { fetchMock, onSaved };
}

const writes = (fetchMock: ReturnType<typeof mockFetch>) =>
  requests(fetchMock).filter((r) => r.method !== 'GET');

async function fillValid(user: ReturnType<typeof setupUser>) {
  await fill(user, '服务名称', '高新技术企业人才引进方案');
  await chooseOptions(user, '服务类别', '人才猎聘');
  await user.click(screen.getByRole('checkbox', { name: '成熟期' }));
  await user.click(screen.getByRole('checkbox', { name: '成长期' }));
  await fill(user, '一句话简介', '为申报高企的企业规划研发人员结构。');
  await fill(user, '最低价（元）', '8000');
  await fill(user, '最高价（元）', '20000');
  await fill(user, '服务周期', '4–6周');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// antd forms are slow in jsdom on a busy 2-core machine.
describe('ListingForm', { timeout: 60_000 }, () => {
  it('says beside each field what is missing, and sends nothing', async () => {
    const user = setupUser();
    const { fetchMock } = renderForm(() => ({ status: 500 }));
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    await waitFor(() =>
      expect(formItem('服务名称')).toHaveTextContent('请填写服务名称'),
    );
    expect(formItem('最高价（元）')).toHaveTextContent('请填写最高价（元）');
    for (const text of [
      '请选择服务类别',
      '请选择适用阶段',
      '请填写一句话简介',
      '请填写最低价（元）',
      '请填写服务周期',
    ])
      expect(screen.getByText(text)).toBeInTheDocument();
    expect(writes(fetchMock)).toEqual([]);
  });

  it('refuses a range whose top is not above its bottom, and a one-letter title', async () => {
    const user = setupUser();
    const { fetchMock } = renderForm(() => ({ status: 500 }));
    await fill(user, '服务名称', '猎');
    await fill(user, '最低价（元）', '20000');
    await fill(user, '最高价（元）', '8000');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    await waitFor(() =>
      expect(formItem('最高价（元）')).toHaveTextContent('最高价须高于最低价'),
    );
    expect(formItem('服务名称')).toHaveTextContent('服务名称应为 2–60 个字');
    expect(writes(fetchMock)).toEqual([]);
  });

  // Issue 11: 1.001–1.004 both round to ¥1.00, which the numeric(14,2) columns cannot hold as a range.
  it('refuses amounts finer than a cent before anything is sent', async () => {
    const user = setupUser();
    const { fetchMock } = renderForm(() => ({ status: 500 }));
    await fillValid(user);
    await user.clear(screen.getByLabelText('最低价（元）'));
    await fill(user, '最低价（元）', '1.001');
    await user.clear(screen.getByLabelText('最高价（元）'));
    await fill(user, '最高价（元）', '1.004');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    await waitFor(() => {
      expect(formItem('最低价（元）')).toHaveTextContent(
        '金额最多保留两位小数',
      );
      expect(formItem('最高价（元）')).toHaveTextContent(
        '金额最多保留两位小数',
      );
    });
    expect(writes(fetchMock)).toEqual([]);
  });

  it('creates a draft with amounts in yuan, and shows the price as companies will see it', async () => {
    const user = setupUser();
    const created = providerListing({ status: 'draft', publishedAt: null });
    const { fetchMock, onSaved } = renderForm(() => ({
      status: 201,
      body: created,
    }));
    await fillValid(user);
    await user.type(screen.getByLabelText(/^计价单位/), '元/人');
    expect(
      screen.getByText('企业看到的价格：¥8,000–¥2万/人'),
    ).toBeInTheDocument();
    const deliverables = screen.getByLabelText(/^交付成果/);
    await user.click(deliverables);
    await user.keyboard('岗位胜任力模型{Enter}');
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    const [post] = writes(fetchMock);
    expect(post.method).toBe('POST');
    expect(post.url.pathname).toBe('/api/provider/listings');
    expect(post.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    expect(post.body).toEqual({
      title: '高新技术企业人才引进方案',
      categoryCode: 'recruitment',
      // In life-cycle order, whatever order they were ticked in.
      stages: ['growth', 'mature'],
      summary: '为申报高企的企业规划研发人员结构。',
      description: '',
      deliverables: ['岗位胜任力模型'],
      priceModel: 'range',
      priceMin: 8000,
      priceMax: 20000,
      priceUnit: '元/人',
      duration: '4–6周',
    });
  });

  it('puts the API’s coded refusals beside their fields', async () => {
    const user = setupUser();
    let answer: MockResponse = apiError(409, 'LISTING_TITLE_TAKEN');
    const { onSaved } = renderForm(() => answer);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() =>
      expect(formItem('服务名称')).toHaveTextContent(
        '本机构已有同名服务，请换一个名称。',
      ),
    );

    answer = apiError(400, 'VALIDATION_FAILED', [
      { field: 'priceMax', message: 'must be above the minimum' },
    ]);
    await user.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() =>
      expect(formItem('最高价（元）')).toHaveTextContent(
        '此项填写有误，请检查',
      ),
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends 面议 without amounts, and edits with PUT', async () => {
    const user = setupUser();
    const listing = providerListing();
    const { fetchMock, onSaved } = renderForm(
      () => ({ body: listing }),
      listing,
    );
    expect(screen.getByLabelText('服务名称')).toHaveValue('中高端人才猎聘');
    await user.click(screen.getByRole('radio', { name: '面议' }));
    expect(screen.queryByLabelText('最低价（元）')).toBeNull();
    await user.click(screen.getByRole('button', { name: '保存修改' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [put] = writes(fetchMock);
    expect(put.method).toBe('PUT');
    expect(put.url.pathname).toBe(`/api/provider/listings/${listing.id}`);
    expect(put.body).toMatchObject({
      priceModel: 'negotiable',
      priceMin: null,
      priceMax: null,
      priceUnit: null,
      deliverables: ['候选人推荐报告'],
      description: '## 服务流程\n\n- 需求访谈\n- 人才寻访',
    });
  });

  it('keeps only the amounts a price model has', () => {
    const base = {
      title: ' 社保代办 ',
      categoryCode: 'social-insurance',
      stages: ['startup' as const],
      summary: '代办',
      duration: '每月',
      priceMin: 300,
      priceMax: 900,
      priceUnit: ' 元/月 ',
    };
    expect(toListingInput({ ...base, priceModel: 'fixed' })).toMatchObject({
      title: '社保代办',
      priceMin: 300,
      priceMax: null,
      priceUnit: '元/月',
      deliverables: [],
    });
    expect(toListingInput({ ...base, priceModel: 'negotiable' })).toMatchObject(
      {
        priceMin: null,
        priceMax: null,
        priceUnit: null,
      },
    );
  });
});
