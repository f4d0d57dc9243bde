import { listProvidersQuerySchema, listServicesQuerySchema } from './catalogue.schemas';
import { ERROR_CODES, ERROR_HTTP_STATUS } from './error-codes';

describe('listServicesQuerySchema', () => {
  it('coerces query-string numbers and applies defaults', () => {
    expect(listServicesQuerySchema.parse({ page: '2', pageSize: '30' })).toEqual({ page: 2, pageSize: 30 });
    expect(listServicesQuerySchema.parse({})).toEqual({ page: 1, pageSize: 12 });
  });

  it.each([
    [{ page: '-1' }, 'page'],
    [{ page: '0' }, 'page'],
    [{ page: '1.5' }, 'page'],
    [{ pageSize: '101' }, 'pageSize'],
    [{ pageSize: '10000' }, 'pageSize'],
    [{ stage: 'teen' }, 'stage'],
    [{ sort: 'random' }, 'sort'],
    [{ provider: 'not-a-uuid' }, 'provider'],
    [{ category: 'DROP TABLE' }, 'category'],
    [{ q: 'x'.repeat(101) }, 'q'],
  ])('refuses %p naming %s', (input, field) => {
    const result = listServicesQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('refuses unknown parameters', () => {
    const result = listServicesQuerySchema.safeParse({ role: 'admin' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].code).toBe('unrecognized_keys');
  });

  it('trims the keyword', () => {
    expect(listServicesQuerySchema.parse({ q: '  知识产权 ' }).q).toBe('知识产权');
  });
});

describe('listProvidersQuerySchema', () => {
  it('accepts a category code and a keyword', () => {
    expect(listProvidersQuerySchema.parse({ category: 'intellectual-property', q: '知识' })).toMatchObject({
      category: 'intellectual-property',
      q: '知识',
    });
  });
});

describe('error codes', () => {
  it('map to client or server error statuses', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_HTTP_STATUS[code]).toBeLessThan(600);
    }
  });
});
