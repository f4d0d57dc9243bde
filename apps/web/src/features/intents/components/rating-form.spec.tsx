import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { fill, setupUser } from '../../../testing/antd';
import { intentDetail, me } from '../../../testing/fixtures';
import { mockFetch, requests } from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import { RatingForm } from './rating-form';

const intent = intentDetail({ status: 'completed', canRate: true });

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RatingForm', () => {
  it('needs all four scores, then sends them with the comment', async () => {
    const fetchMock = mockFetch(() => ({
      status: 201,
      body: intentDetail({ status: 'completed' }),
    }));
    renderRoute(
      <App>
        <RatingForm intent={intent} />
      </App>,
      { path: '*', url: '/', me: me() },
    );
    const user = setupUser();

    await user.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('请为“专业能力”打分')).toBeInTheDocument();
    expect(screen.getByText('请为“性价比”打分')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    for (const [label, stars] of [
      ['专业能力', 5],
      ['响应速度', 4],
      ['服务态度', 5],
      ['性价比', 4],
    ] as const) {
      // The stars are the Rate's radios, first to fifth.
      const rate = screen.getByLabelText(label);
      await user.click(rate.querySelectorAll('[role="radio"]')[stars - 1]);
    }
    await fill(user, '评价内容', '  审计报告很专业 ');
    await user.click(screen.getByRole('button', { name: '提交评价' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [post] = requests(fetchMock);
    expect(post.method).toBe('POST');
    expect(post.url.pathname).toBe(`/api/intents/${intent.id}/rating`);
    expect(post.body).toEqual({
      professional: 5,
      responsiveness: 4,
      attitude: 5,
      value: 4,
      comment: '审计报告很专业',
    });
    expect(await screen.findByText('感谢您的评价')).toBeInTheDocument();
  });
});
