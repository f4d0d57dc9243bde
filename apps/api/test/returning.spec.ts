import { DataSource } from 'typeorm';
import { returning } from '../src/common/db/returning';
import { createDataSource } from '../src/database/data-source';
import { prepareDatabase, testDatabaseUrl } from './support/test-app';

// Conditional writes (one winner among racers) rely on counting the rows a statement returned.
describe('returning() against PostgreSQL through TypeORM', () => {
  let db: DataSource;
  beforeAll(async () => {
    await prepareDatabase();
    db = createDataSource({ url: testDatabaseUrl(), poolSize: 1, statementTimeoutMs: 5000 });
    await db.initialize();
    await db.query(`CREATE TEMP TABLE returning_probe (id int PRIMARY KEY, v text)`);
    await db.query(`INSERT INTO returning_probe VALUES (1, 'a'), (2, 'b')`);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('gives the updated rows, not TypeORM’s [rows, count] pair', async () => {
    const raw = await db.query(`UPDATE returning_probe SET v = 'x' WHERE id = 1 RETURNING id`);
    expect(raw).toHaveLength(2); // the trap: [rows, affected]
    expect(await returning(db, `UPDATE returning_probe SET v = 'y' WHERE id = 1 RETURNING id`)).toEqual([{ id: 1 }]);
    expect(await returning(db, `UPDATE returning_probe SET v = 'y' WHERE id = 99 RETURNING id`)).toEqual([]);
    expect(await returning(db, `DELETE FROM returning_probe WHERE id = 2 RETURNING id`)).toEqual([{ id: 2 }]);
    expect(await returning(db, `INSERT INTO returning_probe VALUES (3, 'c'), (4, 'd') RETURNING id`)).toEqual([{ id: 3 }, { id: 4 }]);
  });
});
