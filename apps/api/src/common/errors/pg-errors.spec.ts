import { isDatabaseUnavailable } from './pg-errors';

describe('isDatabaseUnavailable', () => {
  it.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }],
    [new Error('Connection terminated unexpectedly')],
    [new Error('timeout exceeded when trying to connect')],
    [{ message: 'query failed', driverError: { code: '08006' } }],
    // TypeORM, when the connection of an open transaction was killed (found by `npm run torture`).
    [new Error('Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.')],
    [new Error('Query runner already released. Cannot run queries anymore.')],
  ])('treats %p as the database being away', (err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([[{ code: '23505', message: 'duplicate key' }], [new Error('boom')], [null], ['text']])(
    'treats %p as some other failure',
    (err) => {
      expect(isDatabaseUnavailable(err)).toBe(false);
    },
  );
});
