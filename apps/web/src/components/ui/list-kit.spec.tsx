import { useCallback, useState } from 'react';
import { afterEach, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { chooseOptions, setupUser } from '../../testing/antd';
import { renderRoute } from '../../testing/render';
import { FilterBar, type FilterField } from './filter-bar';
import { PagedTable, type PagedQuery } from './paged-table';
import {
  listCodec,
  listParam,
  nextListFilters,
  useUrlListState,
} from './url-list-state';

afterEach(() => vi.unstubAllGlobals());

interface Row {
  id: string;
  name: string;
}

const COLOURS = ['red', 'blue'] as const;

interface Filters {
  q: string;
  colour: (typeof COLOURS)[number] | null;
  page: number;
}

// Declared the way the console pages declare theirs.
const codec = listCodec({
  q: listParam.keyword(),
  colour: listParam.oneOf(COLOURS),
});

const fields: FilterField<Filters>[] = [
  { kind: 'search', key: 'q', label: '关键词', placeholder: '名称' },
  {
    kind: 'select',
    key: 'colour',
    label: '颜色',
    allLabel: '全部颜色',
    options: COLOURS.map((value) => ({ value, label: `色-${value}` })),
  },
];

function settled(rows: Row[], total: number): PagedQuery<Row> {
  return {
    data: { items: rows, total },
    error: null,
    isError: false,
    isPending: false,
    refetch: () => undefined,
  };
}

/** A list wired the way every console page is: the URL is the only state. */
function Harness({
  query,
  onQuery,
}: {
  query: PagedQuery<Row>;
  onQuery?: (filters: Filters) => void;
}) {
  const list = useUrlListState(codec);
  onQuery?.(list.filters);
  const name = useCallback((row: Row) => row.name, []);
  return (
    <>
      <FilterBar
        label="筛选"
        fields={fields}
        values={list.filters}
        onChange={list.setFilters}
        onClear={
          list.filters.q || list.filters.colour ? list.clearFilters : undefined
        }
      />
      <PagedTable<Row>
        query={query}
        label="行"
        totalText={(total) => `共 ${total} 条`}
        empty="没有行"
        page={list.filters.page}
        pageSize={2}
        onPageChange={list.setPage}
        columns={[
          { key: 'name', title: '名称', render: (_, row) => name(row) },
        ]}
      />
    </>
  );
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `行${i}` }));

describe('nextListFilters', () => {
  it('keeps the filters when only the page moves, and goes back to page 1 on any other change', () => {
    const current: Filters = { q: '税', colour: 'red', page: 3 };
    expect(nextListFilters(current, { page: 4 })).toEqual({
      ...current,
      page: 4,
    });
    expect(nextListFilters(current, { colour: 'blue' })).toEqual({
      q: '税',
      colour: 'blue',
      page: 1,
    });
    expect(nextListFilters(current, { q: '', page: 2 })).toEqual({
      q: '',
      colour: 'red',
      page: 2,
    });
  });
});

describe('listCodec', () => {
  const review = listCodec({
    status: listParam.oneOf(['pending', 'approved', 'all'] as const, 'pending'),
    q: listParam.keyword(5),
  });

  it('reads bad or missing parameters as the defaults, and leaves the defaults out', () => {
    expect(
      review.parse(
        new URLSearchParams('status=nope&page=-2&q=%20%E7%A8%8E%20'),
      ),
    ).toEqual({ status: 'pending', q: '税', page: 1 });
    expect(review.parse(new URLSearchParams('q=abcdefgh&page=3'))).toEqual({
      status: 'pending',
      q: 'abcde',
      page: 3,
    });
    expect(
      review.serialize({ status: 'pending', q: '', page: 1 }).toString(),
    ).toBe('');
    expect(
      review.serialize({ status: 'all', q: '税', page: 2 }).toString(),
    ).toBe('status=all&q=%E7%A8%8E&page=2');
  });
});

describe('the list kit', { timeout: 60_000 }, () => {
  it('reads filters and page from the URL, pages through it and resets the page on a filter change', async () => {
    const user = setupUser();
    const seen: Filters[] = [];
    const { router } = renderRoute(
      <Harness query={settled(rows(2), 5)} onQuery={(f) => seen.push(f)} />,
      { path: '/list', url: '/list?q=%E7%A8%8E&colour=red&page=2', me: null },
    );

    // URL → state: the box, the select and the pager show what the address says.
    expect(
      await screen.findByRole('searchbox', { name: '关键词' }),
    ).toHaveValue('税');
    expect(screen.getByRole('search', { name: '筛选' })).toHaveTextContent(
      '色-red',
    );
    expect(seen.at(-1)).toEqual({ q: '税', colour: 'red', page: 2 });
    expect(screen.getByText('共 5 条')).toBeInTheDocument();
    const pager = document.querySelector('.ant-pagination');
    expect(
      pager?.querySelector('.ant-pagination-item-active'),
    ).toHaveTextContent('2');

    // State → URL: the page alone keeps the filters.
    await user.click(within(pager as HTMLElement).getByText('3'));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=%E7%A8%8E&colour=red&page=3',
      ),
    );

    // A filter change starts from page 1 (and "all" leaves the parameter out).
    await chooseOptions(user, '颜色', '全部颜色');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=%E7%A8%8E'),
    );

    const box = screen.getByRole('searchbox', { name: '关键词' });
    await user.clear(box);
    await user.type(box, '社保{Enter}');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe(
        '社保',
      ),
    );

    await user.click(screen.getByRole('button', { name: '清除筛选条件' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('shows loading without an empty message, then the empty state, and an error with retry', async () => {
    const user = setupUser();
    const refetch = vi.fn();
    const pending: PagedQuery<Row> = {
      error: null,
      isError: false,
      isPending: true,
      refetch,
    };
    const { rerender } = renderHarness(pending);
    const table = await screen.findByRole('table', { name: '行' });
    expect(document.querySelector('.ant-spin-spinning')).not.toBeNull();
    expect(within(table).queryByText('没有行')).toBeNull();
    expect(screen.queryByText(/^共/)).toBeNull();

    rerender(settled([], 0));
    expect(await screen.findByText('没有行')).toBeInTheDocument();
    expect(screen.getByText('共 0 条')).toBeInTheDocument();
    // One page or none: no pager.
    expect(document.querySelector('.ant-pagination')).toBeNull();

    rerender({
      ...pending,
      isPending: false,
      isError: true,
      error: new Error('boom'),
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});

function renderHarness(query: PagedQuery<Row>) {
  let current = query;
  let force: (() => void) | undefined;
  function Live() {
    const [, setTick] = useState(0);
    force = () => setTick((n) => n + 1);
    return <Harness query={current} />;
  }
  renderRoute(<Live />, { path: '/list', url: '/list', me: null });
  return {
    rerender(next: PagedQuery<Row>) {
      current = next;
      act(() => force?.());
    },
  };
}
