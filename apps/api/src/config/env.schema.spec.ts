import { ConfigError, parseConfig } from './env.schema';

describe('parseConfig', () => {
  it('applies defaults for an empty environment', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.MIGRATE_ON_START).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseConfig({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START/);
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('parses booleans and numbers', () => {
    const c = parseConfig({ SEED_ON_START: 'false', DB_POOL_SIZE: '4' });
    expect(c.SEED_ON_START).toBe(false);
    expect(c.DB_POOL_SIZE).toBe(4);
  });
});
