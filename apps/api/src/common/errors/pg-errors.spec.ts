import { toErrorBody } from './all-exceptions.filter';
import { constraintViolation, isDatabaseUnavailable } from './pg-errors';

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

describe('constraintViolation', () => {
  it.each([
    [{ code: '23514', constraint: 'service_listing_price_chk', message: 'new row violates check constraint' }, '23514', 'service_listing_price_chk'],
    [{ code: '23502', column: 'title', message: 'null value in column "title"' }, '23502', 'title'],
    [{ code: '22003', message: 'numeric field overflow' }, '22003', null],
    // TypeORM's QueryFailedError carries the pg error as driverError.
    [{ message: 'query failed', driverError: { code: '23514', constraint: 'intent_contract_amount_check' } }, '23514', 'intent_contract_amount_check'],
  ])('recognises %p as caused by the input', (err, sqlstate, name) => {
    expect(constraintViolation(err)).toEqual({ sqlstate, name });
  });

  it.each([[{ code: '23505', constraint: 'x_uq' }], [{ code: '23503' }], [{ code: '57P01' }], [new Error('boom')], [null], ['23514']])(
    'leaves %p alone',
    (err) => {
      expect(constraintViolation(err)).toBeNull();
    },
  );

  it('is answered as a coded 400 by the exception filter, a bug stays a 500', () => {
    expect(toErrorBody({ code: '23514', constraint: 'service_listing_price_chk' })).toEqual({
      status: 400,
      body: { code: 'CONSTRAINT_VIOLATED', message: expect.stringContaining('service_listing_price_chk') },
    });
    expect(toErrorBody({ driverError: { code: '22003' } }).body.code).toBe('CONSTRAINT_VIOLATED');
    expect(toErrorBody(new Error('boom'))).toMatchObject({ status: 500, body: { code: 'INTERNAL_ERROR' } });
  });

  it('answers a statement cancelled by its timeout as a coded 503, not a 500', () => {
    expect(toErrorBody({ code: '57014', message: 'canceling statement due to statement timeout' })).toMatchObject({ status: 503, body: { code: 'DATABASE_BUSY' } });
    expect(toErrorBody({ message: 'query failed', driverError: { code: '57014' } }).body.code).toBe('DATABASE_BUSY');
    expect(toErrorBody({ code: '57P01' }).body.code).toBe('DATABASE_UNAVAILABLE');
  });
});
