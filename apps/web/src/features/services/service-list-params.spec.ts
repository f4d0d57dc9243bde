import {
  clearServiceListFilters,
  DEFAULT_SERVICE_LIST_FILTERS,
  hasActiveServiceFilters,
  parseServiceListParams,
  serializeServiceListParams,
  SERVICE_LIST_PAGE_SIZE,
  toServicesParams,
  updateServiceListFilters,
  type ServiceListFilters,
} from './service-list-params';

const parse = (query: string) =>
  parseServiceListParams(new URLSearchParams(query));

describe('parseServiceListParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_SERVICE_LIST_FILTERS);
  });

  it('reads every filter', () => {
    expect(
      parse(
        'q=%E5%AE%A1%E8%AE%A1&category=financial-audit&stage=growth&sort=price_asc&page=3',
      ),
    ).toEqual({
      q: '审计',
      category: 'financial-audit',
      stage: 'growth',
      sort: 'price_asc',
      page: 3,
    });
  });

  it('falls back on values the API would reject', () => {
    expect(
      parse('stage=unicorn&sort=cheapest&page=0&category=Bad%20Code'),
    ).toEqual(DEFAULT_SERVICE_LIST_FILTERS);
    expect(parse('page=-2').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
    expect(parse('page=abc').page).toBe(1);
  });

  it('trims the keyword and caps it at 100 characters', () => {
    expect(parse('q=%20%20%E7%A4%BE%E4%BF%9D%20').q).toBe('社保');
    expect(parse(`q=${'a'.repeat(150)}`).q).toHaveLength(100);
  });
});

describe('serializeServiceListParams', () => {
  it('leaves defaults out so the plain list is just /services', () => {
    expect(
      serializeServiceListParams(DEFAULT_SERVICE_LIST_FILTERS).toString(),
    ).toBe('');
  });

  it('writes set filters in a stable order', () => {
    const filters: ServiceListFilters = {
      q: '专利',
      category: 'intellectual-property',
      stage: 'startup',
      sort: 'newest',
      page: 2,
    };
    expect(serializeServiceListParams(filters).toString()).toBe(
      'q=%E4%B8%93%E5%88%A9&category=intellectual-property&stage=startup&sort=newest&page=2',
    );
  });

  it('round-trips through the URL', () => {
    const filters: ServiceListFilters = {
      q: '高新技术企业认定',
      category: 'project-application',
      stage: 'growth',
      sort: 'rating',
      page: 4,
    };
    expect(parseServiceListParams(serializeServiceListParams(filters))).toEqual(
      filters,
    );
  });
});

describe('updateServiceListFilters', () => {
  const onPage3: ServiceListFilters = {
    ...DEFAULT_SERVICE_LIST_FILTERS,
    stage: 'growth',
    page: 3,
  };

  it('resets to page 1 when a filter changes', () => {
    expect(updateServiceListFilters(onPage3, { category: 'listing' })).toEqual({
      ...onPage3,
      category: 'listing',
      page: 1,
    });
    expect(updateServiceListFilters(onPage3, { sort: 'price_desc' }).page).toBe(
      1,
    );
    expect(updateServiceListFilters(onPage3, { q: '审计' }).page).toBe(1);
  });

  it('keeps the filters when only the page changes', () => {
    expect(updateServiceListFilters(onPage3, { page: 5 })).toEqual({
      ...onPage3,
      page: 5,
    });
  });

  it('clears filters but keeps the chosen sort', () => {
    const busy: ServiceListFilters = {
      q: 'x',
      category: 'listing',
      stage: 'mature',
      sort: 'rating',
      page: 2,
    };
    expect(clearServiceListFilters(busy)).toEqual({
      ...DEFAULT_SERVICE_LIST_FILTERS,
      sort: 'rating',
    });
    expect(hasActiveServiceFilters(busy)).toBe(true);
    expect(hasActiveServiceFilters(clearServiceListFilters(busy))).toBe(false);
  });
});

describe('toServicesParams', () => {
  it('sends only what narrows the search, plus paging', () => {
    expect(toServicesParams(DEFAULT_SERVICE_LIST_FILTERS)).toEqual({
      q: undefined,
      category: undefined,
      stage: undefined,
      sort: undefined,
      page: 1,
      pageSize: SERVICE_LIST_PAGE_SIZE,
    });
    expect(
      toServicesParams({
        q: '猎聘',
        category: 'recruitment',
        stage: 'growth',
        sort: 'newest',
        page: 2,
      }),
    ).toMatchObject({
      q: '猎聘',
      category: 'recruitment',
      stage: 'growth',
      sort: 'newest',
      page: 2,
    });
  });
});
