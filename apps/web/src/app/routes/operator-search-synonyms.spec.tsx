import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { SynonymGroupDto } from '@qifu/contracts';
import { setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorSearchSynonymsRoute } from './operator-search-synonyms';
import { splitTerms } from '../../features/search-synonyms/components/synonym-form-modal';

const group: SynonymGroupDto = {
  id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  terms: ['高企', '高新技术企业', '国高新'],
  pinyin: ['gaoqi', 'gq'],
  note: '项目申报',
  createdAt: new Date(2026, 11, 7, 9, 0).toISOString(),
  updatedAt: new Date(2026, 11, 7, 9, 30).toISOString(),
};

afterEach(() => {
  vi.unstubAllGlobals();
});

function render(url = '/operator/search-synonyms') {
  return renderRoute(<OperatorSearchSynonymsRoute />, {
    path: '/operator/search-synonyms',
    url,
    me: operatorMe(),
  });
}

describe('OperatorSearchSynonymsRoute', { timeout: 90_000 }, () => {
  it('splits the words as operators type them', () => {
    expect(splitTerms('高企 = 高新技术企业，国高新、 gq')).toEqual(['高企', '高新技术企业', '国高新', 'gq']);
  });

  it('lists the groups of the page in the address, with their pinyin', async () => {
    const fetchMock = mockFetch(() => ({ body: page([group], { total: 41, page: 2, pageSize: 20 }) }));
    render('/operator/search-synonyms?q=%E9%AB%98&page=2');
    const table = await screen.findByRole('table', { name: '同义词组' });
    const row = await within(table).findByRole('row', { name: /高新技术企业/ });
    expect(within(row).getByText('gaoqi gq')).toBeInTheDocument();
    expect(within(row).getByText('2026-12-07 09:30')).toBeInTheDocument();
    expect(screen.getByText('共 41 组同义词')).toBeInTheDocument();
    const url = requests(fetchMock)[0].url;
    expect(url.searchParams.get('q')).toBe('高');
    expect(url.searchParams.get('page')).toBe('2');
  });

  it('creates a group and shows a taken word beside the field', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((_url, request) =>
      request.method === 'POST'
        ? apiError(409, 'SYNONYM_TERM_TAKEN', [{ field: 'terms.1', message: 'taken' }])
        : { body: page([group]) },
    );
    render();
    await screen.findByRole('table', { name: '同义词组' });
    await user.click(screen.getByRole('button', { name: '新建同义词组' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('词语'), '税筹 节税');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('其中有词语已在另一个同义词组里，一个词只能属于一组。')).toBeInTheDocument();
    const post = requests(fetchMock).find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ terms: ['税筹', '节税'], note: '' });
  });

  it('refuses a single word before asking the API', async () => {
    const user = setupUser();
    const fetchMock = mockFetch(() => ({ body: page([group]) }));
    render();
    await screen.findByRole('table', { name: '同义词组' });
    await user.click(screen.getByRole('button', { name: '新建同义词组' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('词语'), '孤词');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请至少填写两个不同的词语')).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);
  });

  it('deletes a group after a confirmation', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((_url, request) => (request.method === 'DELETE' ? { status: 204 } : { body: page([group]) }));
    render();
    const table = await screen.findByRole('table', { name: '同义词组' });
    await user.click(await within(table).findByRole('button', { name: '删除 高企 = 高新技术企业 = 国高新' }));
    expect(await screen.findByText('删除同义词组「高企 = 高新技术企业 = 国高新」？')).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'DELETE')).toBe(false);
    const confirm = document.querySelector<HTMLElement>('.ant-popconfirm');
    if (!confirm) throw new Error('no confirmation shown');
    await user.click(within(confirm).getByRole('button', { name: /^删\s?除$/ }));
    await waitFor(() =>
      expect(requests(fetchMock).find((r) => r.method === 'DELETE')?.url.pathname).toBe(`/api/operator/search-synonyms/${group.id}`),
    );
  });
});
