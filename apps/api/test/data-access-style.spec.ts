import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The README's one data-access style: SQL lives in `<noun>.sql.ts` query modules beside their
// service; services call them and controllers hold none. This reads the sources so the rule
// stays true as modules grow (a string of SQL elsewhere fails here, naming the file and line).
const SRC = join(__dirname, '..', 'src');
const SQL = /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+[a-z_]+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS\s*\()/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('data-access style', () => {
  it('keeps every SQL statement of a module in its *.sql.ts query modules', () => {
    const offenders = sources(join(SRC, 'modules'))
      .filter((f) => !f.endsWith('.sql.ts'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
          .filter(({ line }) => SQL.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')),
      )
      .map(({ at, line }) => `${at}  ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('has no TypeORM entities (TypeORM serves only the pool, transactions and migrations)', () => {
    const entities = sources(SRC).filter((f) => /@Entity\(/.test(readFileSync(f, 'utf8')));
    expect(entities.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('can see a statement where it does not belong (the pattern itself is tested)', () => {
    expect(SQL.test('await db.query(`SELECT id FROM intent WHERE id = $1`)')).toBe(true);
    expect(SQL.test("await db.query(`UPDATE intent SET status = $2`)")).toBe(true);
    expect(SQL.test('// select the first page')).toBe(false);
  });
});
