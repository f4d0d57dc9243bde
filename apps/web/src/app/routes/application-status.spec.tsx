import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { ProviderApplicationDto } from '@qifu/contracts';
import { auditCategory, providerMe } from '../../testing/fixtures';
import { mockFetch } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { ApplicationStatusRoute } from './application-status';

const base: ProviderApplicationDto = {
  id: '44444444-5555-4666-8777-888888888888',
  name: '北京外企人力资源服务河南有限公司',
  shortName: '北京外企',
  creditCode: '91410100MA3X5KQ1WX',
  kind: 'hr',
  summary: '人事代理与招聘。',
  description: '',
  address: '郑州高新区科学大道',
  qualifications: '人力资源服务许可证',
  categories: [auditCategory],
  contactName: '李顾问',
  contactPhone: '0371-6000 1111',
  status: 'pending',
  reviewNote: null,
  rejectionReason: null,
  reviewedAt: null,
  submittedAt: '2026-11-20T02:30:00.000Z',
};

function renderStatus(application: ProviderApplicationDto) {
  mockFetch(() => ({ body: application }));
  return renderRoute(<ApplicationStatusRoute />, {
    path: '/account/application',
    url: '/account/application',
    me: providerMe(),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ApplicationStatusRoute', () => {
  it('explains that the operator is reviewing a pending application', async () => {
    renderStatus(base);
    expect(
      await screen.findByText('入驻申请已提交，等待审核'),
    ).toBeInTheDocument();
    expect(screen.getByText(/园区运营中心将核实/)).toBeInTheDocument();
    expect(screen.getByText('人力资源服务')).toBeInTheDocument();
    expect(document.title).toBe('入驻申请 · 企服超市');
  });

  it('shows the note of an approval', async () => {
    renderStatus({
      ...base,
      status: 'approved',
      reviewNote: '资质齐全，欢迎入驻。',
      reviewedAt: '2026-11-21T02:30:00.000Z',
    });
    expect(await screen.findByText('入驻申请已通过')).toBeInTheDocument();
    expect(screen.getByText('资质齐全，欢迎入驻。')).toBeInTheDocument();
  });

  it('shows the reason of a rejection', async () => {
    renderStatus({
      ...base,
      status: 'rejected',
      rejectionReason: '请补充人力资源服务许可证复印件。',
      reviewedAt: '2026-11-21T02:30:00.000Z',
    });
    expect(await screen.findByText('入驻申请未通过')).toBeInTheDocument();
    expect(
      screen.getByText('请补充人力资源服务许可证复印件。'),
    ).toBeInTheDocument();
  });
});
