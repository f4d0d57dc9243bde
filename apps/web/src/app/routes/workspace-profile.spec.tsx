import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { ProviderProfileDto } from '@qifu/contracts';
import { workspaceCategories } from '../../features/listings/listing.fixtures';
import { formItem, setupUser } from '../../testing/antd';
import { fupingProvider, providerMe } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { WorkspaceProfileRoute } from './workspace-profile';

const profile: ProviderProfileDto = {
  ...fupingProvider,
  // The provider is the signed-in organisation.
  id: providerMe().organisation.id,
  name: '北京外企人力资源服务河南有限公司',
  shortName: '北京外企',
  kind: 'hr',
  summary: '人事代理、社保代办与中高端人才寻访。',
  categories: [
    {
      code: 'recruitment',
      nameZh: '人才猎聘',
      nameEn: 'Recruitment and headhunting',
    },
  ],
  description: '服务园区企业十余年。',
  contactEmail: null,
  website: null,
  joinedAt: '2021-01-29T02:00:00.000Z',
  services: [],
  qualifications: '人力资源服务许可证（豫）人服证字〔2019〕第0101号',
};

function renderProfile(
  role: 'admin' | 'member',
  answer: () => MockResponse = () => ({ body: profile }),
) {
  const me = providerMe();
  me.organisation.providerStatus = 'approved';
  me.user.role = role;
  const fetchMock = mockFetch((url, request) => {
    if (request.method !== 'GET') return answer();
    if (url.pathname === '/api/provider/profile') return { body: profile };
    if (url.pathname === '/api/categories')
      return { body: workspaceCategories };
    return { status: 500 };
  });
  const view = renderRoute(<WorkspaceProfileRoute />, {
    path: '/workspace/profile',
    url: '/workspace/profile',
    me,
  });
  return { ...view, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('WorkspaceProfileRoute', { timeout: 60_000 }, () => {
  it('fills the form with the profile, qualifications included, and saves it', async () => {
    const user = setupUser();
    const { fetchMock, queryClient } = renderProfile('admin');
    queryClient.setQueryData(['providers', 'detail', profile.id], profile);
    expect(
      await screen.findByDisplayValue(profile.qualifications),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('一句话简介')).toHaveValue(profile.summary);
    expect(screen.getByRole('link', { name: '查看机构主页' })).toHaveAttribute(
      'href',
      `/providers/${profile.id}`,
    );

    const email = screen.getByLabelText(/^联系邮箱/);
    await user.type(email, 'hr@bjfesco.example');
    await user.click(screen.getByRole('button', { name: '保存资料' }));

    expect(await screen.findByText('机构资料已保存')).toBeInTheDocument();
    const put = requests(fetchMock).find((r) => r.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/provider/profile');
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    expect(put?.body).toEqual({
      summary: profile.summary,
      description: profile.description,
      qualifications: profile.qualifications,
      contactName: profile.contactName,
      contactPhone: profile.contactPhone,
      contactEmail: 'hr@bjfesco.example',
      address: profile.address,
      categories: ['recruitment'],
    });
    // The storefront's provider page shows the new profile next time.
    expect(
      queryClient.getQueryState(['providers', 'detail', profile.id])
        ?.isInvalidated,
    ).toBe(true);
  });

  it('shows the API’s refusal beside the field', async () => {
    const user = setupUser();
    renderProfile('admin', () =>
      apiError(400, 'VALIDATION_FAILED', [
        { field: 'contactPhone', message: 'bad phone' },
      ]),
    );
    await screen.findByDisplayValue(profile.qualifications);
    await user.click(screen.getByRole('button', { name: '保存资料' }));
    await waitFor(() =>
      expect(formItem('联系电话')).toHaveTextContent('此项填写有误，请检查'),
    );
  });

  it('lets a member read but not change it', async () => {
    const { fetchMock } = renderProfile('member');
    expect(
      await screen.findByText('只有本机构的管理员可以修改机构资料。'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('一句话简介')).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存资料' })).toBeNull();
    expect(requests(fetchMock).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
