import { writeFileSync } from 'node:fs';
import { listIntentsQuerySchema } from '@qifu/contracts';
import { intentListPage, totalKind } from '../src/modules/intents/intent-list.sql';
import { decodeCursor } from '../src/modules/intents/intent-cursor';

const OP = '33622687-cfb2-4d10-9d80-5fddb36c4e28', PU = '1ac42de5-cc95-41ca-911d-c158058ebf43', CU = '457e0b5e-b6b0-4bd0-8b70-eab0e2d3cefd';
const cases = JSON.parse(process.env.CASES ?? '[]') as [string, string, string, Record<string, string>, string | null][];
it('writes statements', () => {
  const out: Record<string, unknown> = {};
  for (const [name, who, scopeSql, query, cursor] of cases) {
    const q = listIntentsQuerySchema.parse(query);
    const order = who === 'provider' ? 'urgency' : 'created';
    const user = who === 'provider' ? PU : who === 'company' ? CU : OP;
    const c = cursor ? decodeCursor(cursor, order) : null;
    out[name] = intentListPage(user, q, (p) => (scopeSql ? `${scopeSql.split('=')[0]}= ${p(scopeSql.split('=')[1].trim())}` : 'TRUE'), order, c, totalKind(q, who === 'operator'));
  }
  writeFileSync('/tmp/lists/statements.json', JSON.stringify(out));
});
