import type { SearchMatch, ServiceSearchPage } from '@qifu/contracts';
import { startTestApp, type TestApp } from './support/test-app';

// Why a card matched, as the catalogue search answers it (the card marks it): the word typed,
// a dictionary synonym, or the pinyin, each with the place in the field's text.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const search = (q: string) => t.get<ServiceSearchPage>(`/api/services?q=${encodeURIComponent(q)}&pageSize=50`);
const card = (page: ServiceSearchPage, title: string) => {
  const found = page.items.find((s) => s.title === title);
  if (!found) throw new Error(`${title} not found`);
  return found;
};
const inTitle = (m: SearchMatch[] | undefined) => m?.find((x) => x.field === 'title');
const marked = (text: string, m: SearchMatch | undefined) => m?.ranges.map(([a, b]) => text.slice(a, b));

describe('match highlighting', () => {
  it('a literal hit marks the word typed', async () => {
    const page = (await search('社保')).body;
    const s = card(page, '社保公积金代办');
    const m = inTitle(s.matches);
    expect(m).toMatchObject({ via: 'literal', term: '社保', found: '社保' });
    expect(marked(s.title, m)).toEqual(['社保']);
    // Every card of a search says why it is there, except hits in the description alone.
    expect(page.items.filter((x) => x.matches?.length).length).toBeGreaterThan(0);
  });

  it('a synonym hit marks the word it stands for, and says which word was typed', async () => {
    const s = card((await search('社会保险')).body, '社保公积金代办');
    const m = inTitle(s.matches);
    expect(m).toMatchObject({ via: 'synonym', term: '社会保险', found: '社保' });
    expect(marked(s.title, m)).toEqual(['社保']);
  });

  it('a pinyin hit marks the characters spelled, in full and as initials', async () => {
    for (const q of ['shebao', 'sb']) {
      const s = card((await search(q)).body, '社保公积金代办');
      const m = inTitle(s.matches);
      expect(m).toMatchObject({ via: 'pinyin', term: q, found: '社保' });
      expect(marked(s.title, m)).toEqual(['社保']);
    }
    const s = card((await search('gjj')).body, '社保公积金代办');
    expect(inTitle(s.matches)).toMatchObject({ via: 'pinyin', found: '公积金', ranges: [[2, 5]] });
  });

  it('lists and detail pages without a query carry no match', async () => {
    const page = (await t.get<ServiceSearchPage>('/api/services?pageSize=5')).body;
    expect(page.items.every((s) => s.matches === undefined)).toBe(true);
  });
});
