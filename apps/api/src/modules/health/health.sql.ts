/** The readiness probe's round trip to the database. */
export const PING = 'SELECT 1';
