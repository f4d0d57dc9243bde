import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { fill, formItem, setupUser } from '../../../testing/antd';
import { operatorMe } from '../../../testing/fixtures';
import { mockFetch, requests } from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import { ListingModerationBar } from './listing-moderation-bar';

const listing = {
  id: '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d',
  title: '专利申请代理',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderBar() {
  return renderRoute(<ListingModerationBar listing={listing} />, {
    path: '/services/:id',
    url: `/services/${listing.id}`,
    me: operatorMe(),
  });
}

describe('ListingModerationBar', () => {
  it('will not unlist without a reason, and sends the reason it is given', async () => {
    const user = setupUser();
    const fetchMock = mockFetch(() => ({ status: 204 }));
    renderBar();

    await user.click(screen.getByRole('button', { name: /下架服务/ }));
    const dialog = await screen.findByRole('dialog', {
      name: '下架「专利申请代理」',
    });
    expect(dialog).toBeInTheDocument();

    // Blank (spaces only) is no reason.
    await fill(user, '下架原因', '   ');
    await user.click(screen.getByRole('button', { name: '确认下架' }));
    expect(
      await screen.findByText('请填写下架原因，服务机构会看到它'),
    ).toBeInTheDocument();
    expect(formItem('下架原因')).toHaveTextContent(
      '请填写下架原因，服务机构会看到它',
    );
    expect(requests(fetchMock).filter((r) => r.method === 'POST')).toEqual([]);

    await user.clear(screen.getByLabelText('下架原因'));
    await fill(user, '下架原因', '服务描述与资质不符，请补充专利代理资质。');
    await user.click(screen.getByRole('button', { name: '确认下架' }));

    await waitFor(() => {
      const [post] = requests(fetchMock).filter((r) => r.method === 'POST');
      expect(post?.url.pathname).toBe(
        `/api/operator/listings/${listing.id}/unlist`,
      );
      expect(post?.body).toEqual({
        reason: '服务描述与资质不符，请补充专利代理资质。',
      });
      expect(post?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    });
    expect(
      await screen.findByText(
        '下架原因：服务描述与资质不符，请补充专利代理资质。',
      ),
    ).toBeInTheDocument();

    // Lifting it again is one click away.
    await user.click(screen.getByRole('button', { name: '解除下架限制' }));
    expect(
      await screen.findByText('已解除限制，服务机构可重新上架。'),
    ).toBeInTheDocument();
    expect(requests(fetchMock).at(-1)?.url.pathname).toBe(
      `/api/operator/listings/${listing.id}/restore`,
    );
  });

  it('shows the server’s refusal next to the reason', async () => {
    const user = setupUser();
    mockFetch(() => ({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'bad',
        details: [{ field: 'reason', message: 'Too small' }],
        requestId: 'r1',
      },
    }));
    renderBar();
    await user.click(screen.getByRole('button', { name: /下架服务/ }));
    await fill(user, '下架原因', '不符合园区要求');
    await user.click(screen.getByRole('button', { name: '确认下架' }));
    await waitFor(() =>
      expect(
        formItem('下架原因').querySelector('.ant-form-item-explain'),
      ).not.toBeNull(),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
