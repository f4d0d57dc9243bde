import { afterEach, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SuggestDto } from '@qifu/contracts';
import { mockFetch, requestedUrls } from '../../../testing/mock-fetch';
import {
  auditCategory,
  page,
  recruitmentCategory,
} from '../../../testing/fixtures';
import { renderRoutes } from '../../../testing/render';
import { ServiceList } from './service-list';

const suggestions: SuggestDto = {
  q: '社保',
  items: [
    {
      kind: 'category',
      id: 'social-security',
      label: '社保代办',
      labelEn: 'Social insurance',
      href: '/services?category=social-security',
    },
    {
      kind: 'service',
      id: 's1',
      label: '社保公积金代办',
      labelEn: null,
      href: '/services/s1',
    },
    {
      kind: 'provider',
      id: 'p1',
      label: '河南厚泽人力资源有限公司',
      labelEn: null,
      href: '/providers/p1',
    },
  ],
};

function setup() {
  const fetchMock = mockFetch((url) =>
    url.pathname === '/api/search/suggest'
      ? { body: suggestions }
      : { body: page([]) },
  );
  renderRoutes(
    [
      {
        path: '/services',
        element: (
          <ServiceList categories={[auditCategory, recruitmentCategory]} />
        ),
      },
      { path: '/services/:id', element: <p>service page</p> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { url: '/services' },
  );
  return fetchMock;
}

const suggestUrls = (fetchMock: ReturnType<typeof mockFetch>) =>
  requestedUrls(fetchMock).filter((u) => u.pathname === '/api/search/suggest');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the catalogue search box with suggestions', () => {
  it('asks once typing pauses, and shows each kind under its heading', async () => {
    const fetchMock = setup();
    const box = await screen.findByRole('combobox', { name: '搜索服务' });
    await userEvent.type(box, '社保');
    expect(
      await screen.findByLabelText('服务：社保公积金代办'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('服务类别：社保代办')).toBeInTheDocument();
    expect(
      screen.getByLabelText('服务商：河南厚泽人力资源有限公司'),
    ).toBeInTheDocument();
    // Debounced: one request for the words typed, none per keystroke.
    await waitFor(() =>
      expect(
        suggestUrls(fetchMock).map((u) => u.searchParams.get('q')),
      ).toEqual(['社保']),
    );
  });

  it('opens the suggestion chosen', async () => {
    setup();
    const box = await screen.findByRole('combobox', { name: '搜索服务' });
    await userEvent.type(box, '社保');
    await userEvent.click(await screen.findByLabelText('服务：社保公积金代办'));
    expect(await screen.findByText('service page')).toBeInTheDocument();
  });

  it('opens a suggestion chosen with the keyboard', async () => {
    setup();
    const box = await screen.findByRole('combobox', { name: '搜索服务' });
    await userEvent.type(box, '社保');
    await screen.findByLabelText('服务：社保公积金代办');
    // The category leads; the service is the second (past the group headings: index 3).
    // rc-select reads keyCode, which user-event leaves out.
    for (let i = 0; i < 2; i++)
      fireEvent.keyDown(box, { key: 'ArrowDown', keyCode: 40, which: 40 });
    await waitFor(() =>
      expect(box).toHaveAttribute(
        'aria-activedescendant',
        expect.stringMatching(/_list_3$/),
      ),
    );
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 13, which: 13 });
    expect(await screen.findByText('service page')).toBeInTheDocument();
  });

  it('searches the words typed on Enter without a choice, and asks nothing for a blank box', async () => {
    const fetchMock = setup();
    const box = await screen.findByRole('combobox', { name: '搜索服务' });
    await userEvent.type(box, '   ');
    await new Promise((r) => setTimeout(r, 300));
    expect(suggestUrls(fetchMock)).toEqual([]);
    await userEvent.clear(box);
    await userEvent.type(box, '审计{Enter}');
    await waitFor(() =>
      expect(
        requestedUrls(fetchMock).some(
          (u) =>
            u.pathname === '/api/services' &&
            u.searchParams.get('q') === '审计',
        ),
      ).toBe(true),
    );
  });
});
