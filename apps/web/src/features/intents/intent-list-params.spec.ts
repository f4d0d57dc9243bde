import {
  parseIntentListParams,
  serializeIntentListParams,
  toIntentsParams,
  updateIntentListFilters,
} from './intent-list-params';

const companyId = '66666666-7777-4888-8999-000000000000';

describe('intent list params', () => {
  it('reads the filters from the URL and writes them back unchanged', () => {
    const search = new URLSearchParams(
      `status=submitted&q=%E5%AE%A1%E8%AE%A1&overdue=true&company=${companyId}&page=3`,
    );
    const filters = parseIntentListParams(search);
    expect(filters).toEqual({
      status: 'submitted',
      q: '审计',
      overdue: true,
      company: companyId,
      provider: null,
      page: 3,
    });
    expect(serializeIntentListParams(filters).toString()).toBe(
      search.toString(),
    );
  });

  it('ignores values the API would refuse', () => {
    expect(
      parseIntentListParams(
        new URLSearchParams(
          'status=paid&company=1%20OR%201&overdue=yes&page=-1',
        ),
      ),
    ).toEqual({
      status: null,
      q: '',
      overdue: false,
      company: null,
      provider: null,
      page: 1,
    });
  });

  it('goes back to page 1 when a filter changes, and maps to the API query', () => {
    const onPage2 = parseIntentListParams(new URLSearchParams('page=2'));
    const next = updateIntentListFilters(onPage2, { status: 'accepted' });
    expect(next.page).toBe(1);
    expect(toIntentsParams({ ...next, overdue: true })).toEqual({
      status: 'accepted',
      q: undefined,
      overdue: true,
      companyId: undefined,
      providerId: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('keeps the API cursor of a page past the first, and drops it when a filter changes', () => {
    const search = new URLSearchParams(
      'status=accepted&page=7&cursor=WyJjcmVhdGVkIl0',
    );
    const filters = parseIntentListParams(search);
    expect(filters.cursor).toBe('WyJjcmVhdGVkIl0');
    expect(serializeIntentListParams(filters).toString()).toBe(
      search.toString(),
    );
    expect(toIntentsParams(filters)).toMatchObject({
      page: 7,
      cursor: 'WyJjcmVhdGVkIl0',
    });
    const next = updateIntentListFilters(filters, { q: '审计' });
    expect(next).toMatchObject({ page: 1, cursor: undefined });
    expect(serializeIntentListParams(next).has('cursor')).toBe(false);
    // Only what the API hands out (base64url) is passed on.
    expect(
      parseIntentListParams(new URLSearchParams('page=2&cursor=a%27b')).cursor,
    ).toBeUndefined();
  });
});
