import { ConfigError, parseConfig, wantsDemoAccounts } from './env.schema';

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

describe('the job queue settings', () => {
  it('works jobs by default and refuses what pg-boss would refuse', () => {
    const c = parseConfig({});
    expect([c.JOBS_ENABLED, c.JOBS_CONCURRENCY, c.JOBS_POLL_SECONDS, c.JOBS_STOP_TIMEOUT_SECONDS]).toEqual([true, 2, 2, 10]);
    expect(parseConfig({ JOBS_ENABLED: 'false', JOBS_POLL_SECONDS: '0.5' })).toMatchObject({ JOBS_ENABLED: false, JOBS_POLL_SECONDS: 0.5 });
    expect(() => parseConfig({ JOBS_POLL_SECONDS: '0.2' })).toThrow(/JOBS_POLL_SECONDS/);
    expect(() => parseConfig({ JOBS_CONCURRENCY: '0' })).toThrow(/JOBS_CONCURRENCY/);
    expect(() => parseConfig({ JOBS_ENABLED: 'yes' })).toThrow(/JOBS_ENABLED/);
    expect(c.JOBS_QUEUES).toEqual(['*']);
    expect(parseConfig({ JOBS_QUEUES: 'mail.*, sms.deliver' }).JOBS_QUEUES).toEqual(['mail.*', 'sms.deliver']);
    expect(() => parseConfig({ JOBS_QUEUES: 'mail.*,,sms' })).toThrow(/JOBS_QUEUES/);
    expect(() => parseConfig({ JOBS_QUEUES: 'Mail; DROP' })).toThrow(/JOBS_QUEUES/);
  });

  it('notifies by mail and SMS by default, by what is named, or by neither', () => {
    expect(parseConfig({}).NOTIFY_CHANNELS).toEqual(['mail', 'sms']);
    expect(parseConfig({ NOTIFY_CHANNELS: 'sms' }).NOTIFY_CHANNELS).toEqual(['sms']);
    expect(parseConfig({ NOTIFY_CHANNELS: 'none' }).NOTIFY_CHANNELS).toEqual([]);
    expect(() => parseConfig({ NOTIFY_CHANNELS: 'mail,fax' })).toThrow(/NOTIFY_CHANNELS/);
  });
});

describe('wantsDemoAccounts', () => {
  it('creates demo logins on the embedded default only, unless asked, and never in production', () => {
    expect(wantsDemoAccounts(parseConfig({}))).toBe(true);
    expect(wantsDemoAccounts(parseConfig({ DATABASE_URL: 'postgres://x/y' }))).toBe(false);
    expect(wantsDemoAccounts(parseConfig({ DATABASE_URL: 'postgres://x/y', DEMO_ACCOUNTS: 'true' }))).toBe(true);
    expect(wantsDemoAccounts(parseConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(wantsDemoAccounts(parseConfig({ NODE_ENV: 'production', DEMO_ACCOUNTS: 'true' }))).toBe(false);
    expect(wantsDemoAccounts(parseConfig({ DEMO_ACCOUNTS: 'false' }))).toBe(false);
  });
});
