import type { ApiErrorBody, Page, ServiceSummaryDto, SynonymGroupDto } from '@qifu/contracts';
import { randomUUID } from 'node:crypto';
import { signInOperator, signUpCompany } from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// The search dictionary in the operator console: CRUD, its refusals, and that a search sees an
// edit at once (the write bumps the catalogue version the kept answers hang on).

let t: TestApp;
let op: Browser;
beforeAll(async () => {
  t = await startTestApp();
  op = await signInOperator(t, 'member');
});
afterAll(async () => {
  await t?.close();
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;
const fields = (res: { body: unknown }) => ((res.body as ApiErrorBody).details ?? []).map((d) => d.field);
const search = (q: string) => t.get<Page<ServiceSummaryDto>>(`/api/services?q=${encodeURIComponent(q)}&pageSize=50`);

describe('the search dictionary', () => {
  it('is seeded for every category', async () => {
    const res = await op.get<Page<SynonymGroupDto>>('/api/operator/search-synonyms?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(40);
    const notes = new Set(res.body.items.map((g) => g.note));
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM category`);
    expect(notes.size).toBeGreaterThanOrEqual(n);
    const gaoqi = res.body.items.find((g) => g.terms.includes('高企'));
    expect(gaoqi?.pinyin).toEqual(expect.arrayContaining(['gaoqi', 'gq']));
  });

  it('finds groups by a part of a word, with paging', async () => {
    const res = await op.get<Page<SynonymGroupDto>>(`/api/operator/search-synonyms?q=${encodeURIComponent('代账')}`);
    expect(res.body.items.map((g) => g.terms[0])).toEqual(['代账']);
    const page2 = await op.get<Page<SynonymGroupDto>>('/api/operator/search-synonyms?pageSize=5&page=2');
    expect(page2.body.items).toHaveLength(5);
    expect(page2.body.page).toBe(2);
  });

  it('creates, edits and deletes a group, and search follows each step', async () => {
    // 鼐鼎 is in no listing; 税务筹划 is.
    expect((await search('鼐鼎')).body.total).toBe(0);
    const created = await op.post<SynonymGroupDto>('/api/operator/search-synonyms', { terms: [' 鼐鼎 ', '税务规划'], note: '测试' });
    expect(created.status).toBe(201);
    expect(created.body.terms).toEqual(['鼐鼎', '税务规划']);
    expect(created.body.pinyin).toEqual(expect.arrayContaining(['naiding', 'nd']));
    const id = created.body.id;
    // 税务规划 is in no listing either; the group gains 税务筹划 through an edit.
    expect((await search('鼐鼎')).body.total).toBe(0);
    const edited = await op.request<SynonymGroupDto>('PUT', `/api/operator/search-synonyms/${id}`, { terms: ['鼐鼎', '税务规划', 'SHUICHOU'], note: '' });
    expect(edited.status).toBe(200);
    expect(edited.body.terms).toEqual(['鼐鼎', '税务规划', 'shuichou']);
    const taken = await op.request('PUT', `/api/operator/search-synonyms/${id}`, { terms: ['鼐鼎', '税筹'] });
    expect(taken.status).toBe(409);
    expect(code(taken)).toBe('SYNONYM_TERM_TAKEN');
    expect(fields(taken)).toEqual(['terms.1']);
    const ok = await op.request('PUT', `/api/operator/search-synonyms/${id}`, { terms: ['鼐鼎', '税务筹划'] });
    expect(ok.status).toBe(409); // 税务筹划 is a seeded word
    await op.request('PUT', `/api/operator/search-synonyms/${id}`, { terms: ['鼐鼎', '所得税汇算'] });
    expect((await search('鼐鼎')).body.total).toBeGreaterThan(0);
    const del = await op.delete(`/api/operator/search-synonyms/${id}`);
    expect(del.status).toBe(204);
    expect((await search('鼐鼎')).body.total).toBe(0);
    expect((await op.delete(`/api/operator/search-synonyms/${id}`)).status).toBe(404);
  });

  it('refuses bad input with field errors', async () => {
    const one = await op.post('/api/operator/search-synonyms', { terms: ['孤词'] });
    expect(one.status).toBe(400);
    expect(code(one)).toBe('VALIDATION_FAILED');
    expect(fields(one)).toContain('terms');
    const same = await op.post('/api/operator/search-synonyms', { terms: ['同词', '同词'] });
    expect(same.status).toBe(400);
    const spaced = await op.post('/api/operator/search-synonyms', { terms: ['两 个', '词'] });
    expect(fields(spaced)).toContain('terms.0');
    const extra = await op.post('/api/operator/search-synonyms', { terms: ['甲词', '乙词'], weight: 3 });
    expect(extra.status).toBe(400);
    const missing = await op.request('PUT', `/api/operator/search-synonyms/${randomUUID()}`, { terms: ['甲词', '乙词'] });
    expect(missing.status).toBe(404);
    expect(code(missing)).toBe('SYNONYM_NOT_FOUND');
    expect((await op.delete('/api/operator/search-synonyms/not-a-uuid')).status).toBe(400);
  });

  it('is the operator’s alone', async () => {
    const company = await signUpCompany(t);
    expect((await company.get('/api/operator/search-synonyms')).status).toBe(403);
  });
});
