import {
  parseProviderListParams,
  serializeProviderListParams,
  updateProviderListFilters,
} from './provider-list-params';

describe('provider list URL state', () => {
  it('parses, validates and round-trips', () => {
    const filters = parseProviderListParams(
      new URLSearchParams('q=人力&category=hr-outsourcing&page=2'),
    );
    expect(filters).toEqual({ q: '人力', category: 'hr-outsourcing', page: 2 });
    expect(
      parseProviderListParams(serializeProviderListParams(filters)),
    ).toEqual(filters);
    expect(
      parseProviderListParams(new URLSearchParams('category=../x&page=zero')),
    ).toEqual({
      q: '',
      category: null,
      page: 1,
    });
  });

  it('resets the page when the keyword or category changes', () => {
    const current = { q: '', category: null, page: 4 };
    expect(updateProviderListFilters(current, { q: '知识产权' }).page).toBe(1);
    expect(updateProviderListFilters(current, { page: 2 }).page).toBe(2);
  });
});
