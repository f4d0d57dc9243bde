import type { ServiceSummaryDto } from '@qifu/contracts';
import { expandTerm, groupPinyin, type DictionaryGroup } from './query-expansion';
import { searchMatches } from './search-match';
import { pinyinSpan } from './search-pinyin';

const groups: DictionaryGroup[] = [['社保', '社会保险'], ['代账', '代理记账']].map((terms) => ({ terms, pinyin: groupPinyin(terms) }));
const card = (over: Partial<ServiceSummaryDto> = {}): ServiceSummaryDto => ({
  id: 'x',
  title: '社保公积金代办',
  summary: '代办单位社会保险开户，社会保险增减员。',
  category: { code: 'hr', nameZh: '人力资源', nameEn: 'HR services' },
  stages: [],
  price: { model: 'fixed' as ServiceSummaryDto['price']['model'], min: 1, max: null, unit: null },
  duration: '',
  provider: { id: 'p', name: '园区人才服务中心', kind: 'hr' },
  ratingAvg: null,
  ratingCount: 0,
  publishedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const matches = (q: string, s = card()) => searchMatches(s, [expandTerm(q, groups)]);

describe('searchMatches', () => {
  it('marks the literal word in the title and a synonym in the summary, each place of it', () => {
    expect(matches('社保')).toEqual([
      { field: 'title', via: 'literal', term: '社保', found: '社保', ranges: [[0, 2]] },
      { field: 'summary', via: 'synonym', term: '社保', found: '社会保险', ranges: [[4, 8], [11, 15]] },
    ]);
  });

  it('reads pinyin in full and as initials, from a syllable start', () => {
    expect(matches('shebao')[0]).toEqual({ field: 'title', via: 'pinyin', term: 'shebao', found: '社保', ranges: [[0, 2]] });
    expect(matches('gjj')[0]).toEqual({ field: 'title', via: 'pinyin', term: 'gjj', found: '公积金', ranges: [[2, 5]] });
    expect(matches('rencai').map((m) => [m.field, m.found])).toEqual([['provider', '人才']]);
    expect(pinyinSpan('社保公积金代办', 'aobao')).toBeNull();
  });

  it('marks a category as a whole tag, in either language, and is case-blind', () => {
    expect(matches('hr').find((m) => m.field === 'category')).toEqual({ field: 'category', via: 'literal', term: 'hr', found: 'HR', ranges: [] });
    expect(matches('rlzy')[0]).toMatchObject({ field: 'category', via: 'pinyin', found: '人力资源' });
  });

  it('has no entry for a term found elsewhere (the description)', () => {
    expect(matches('档案')).toEqual([]);
  });

  it('counts places in UTF-16 units beside characters outside the BMP', () => {
    expect(matches('社保', card({ title: '𠮷社保' }))[0].ranges).toEqual([[2, 4]]);
  });
});
