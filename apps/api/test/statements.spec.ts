import { Statements } from '../src/database/statements';
import { startTestApp, type TestApp } from './support/test-app';

// The hottest statements are named prepared statements on a real server (planned once per
// connection); on the embedded server, whose connections share one session, they are not.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const embedded = Boolean(process.env.QIFU_TEST_EMBEDDED);

describe('Statements', () => {
  it(embedded ? 'runs statements unnamed on the embedded server' : 'prepares named statements on a real server', async () => {
    const statements = t.app.get(Statements);
    const rows = await statements.query<{ name: string }>('statements_probe_v1', `SELECT name FROM pg_prepared_statements WHERE name = $1`, ['statements_probe_v1']);
    expect(rows.map((r) => r.name)).toEqual(embedded ? [] : ['statements_probe_v1']);
  });

  it('answers the same rows and the same errors as an unnamed statement', async () => {
    const statements = t.app.get(Statements);
    const sql = `SELECT code FROM category WHERE code = ANY($1::text[]) ORDER BY code`;
    const some = (await t.db.query(`SELECT code FROM category ORDER BY code LIMIT 3`)).map((r: { code: string }) => r.code);
    for (let i = 0; i < 7; i++) {
      // Past the fifth call PostgreSQL may switch to a generic plan: the rows stay the same.
      expect((await statements.query<{ code: string }>('statements_same_v1', sql, [some])).map((r) => r.code)).toEqual(some);
    }
    await expect(statements.query('statements_bad_v1', `SELECT 1 / $1::int`, [0])).rejects.toMatchObject({ code: '22012' });
  });
});
