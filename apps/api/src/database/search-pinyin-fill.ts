import type { EntityManager, QueryRunner } from 'typeorm';
import { searchPinyin } from '../modules/search/search-pinyin';

type Runner = Pick<QueryRunner | EntityManager, 'query'>;

// Fills the stored pinyin of rows written without it (the migration's backfill, the seed's
// inserts): the API's writers compute it as they write, but rows inserted by SQL carry ''.
// Categories and providers first: a listing's search_pinyin takes theirs in its trigger.
export async function fillSearchPinyin(m: Runner): Promise<void> {
  const cats: { code: string; name_zh: string }[] = await m.query(`SELECT code, name_zh FROM category WHERE pinyin = ''`);
  if (cats.length) {
    await m.query(`UPDATE category c SET pinyin = x.py FROM unnest($1::text[], $2::text[]) x(code, py) WHERE c.code = x.code`, [
      cats.map((c) => c.code),
      cats.map((c) => searchPinyin(c.name_zh)),
    ]);
  }
  const providers: { id: string; name: string; short_name: string | null }[] = await m.query(`SELECT id, name, short_name FROM provider WHERE pinyin = ''`);
  if (providers.length) {
    await m.query(`UPDATE provider p SET pinyin = x.py FROM unnest($1::uuid[], $2::text[]) x(id, py) WHERE p.id = x.id`, [
      providers.map((p) => p.id),
      providers.map((p) => searchPinyin(p.short_name, p.name)),
    ]);
  }
  // Listings in slices, each title computed once (bulk catalogues repeat titles).
  const memo = new Map<string, string>();
  for (;;) {
    const rows: { id: string; title: string }[] = await m.query(`SELECT id, title FROM service_listing WHERE title_pinyin = '' LIMIT 5000`);
    const filled = rows.map((r) => {
      const py = memo.get(r.title) ?? searchPinyin(r.title);
      memo.set(r.title, py);
      return py;
    });
    if (!rows.length) return;
    await m.query(`UPDATE service_listing s SET title_pinyin = x.py FROM unnest($1::uuid[], $2::text[]) x(id, py) WHERE s.id = x.id`, [rows.map((r) => r.id), filled]);
  }
}
