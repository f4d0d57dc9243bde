import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { groupPinyin, expandTerm } from './query-expansion';
import { searchPinyin, termPinyin, wordPinyin } from './search-pinyin';

describe('search pinyin', () => {
  it('stores every run from each syllable, in full and as initials', () => {
    expect(searchPinyin('社保代办')).toBe(' shebaodaiban sbdb baodaiban bdb daiban db ban b');
  });

  it('reads words as words (多音字) and ü as u', () => {
    expect(searchPinyin('会计')).toContain(' kuaiji');
    expect(searchPinyin('银行')).toContain(' yinhang');
    expect(searchPinyin('战略')).toContain(' zhanlue');
  });

  it('keeps Latin runs inside Chinese text and breaks at punctuation', () => {
    const py = searchPinyin('算力服务（AI训练）');
    expect(py).toContain(' suanlifuwu ');
    expect(py).toContain(' aixunlian');
    expect(py).not.toContain('fuwuai');
    expect(searchPinyin('IPO')).toBe(' ');
  });

  it('spells a query term and a dictionary word', () => {
    expect(termPinyin('社保db')).toBe('shebaodb');
    expect(termPinyin('lvse')).toBe('luse');
    expect(wordPinyin('高企')).toEqual(['gaoqi', 'gq']);
    expect(wordPinyin('ipo')).toEqual([]);
  });

  it('is the same in the bench seed’s copy (bench/lib/search-pinyin.mjs)', () => {
    const samples = ['社保代办', '高新技术企业认定辅导', '算力服务（AI训练与推理）', '代理记账（小规模纳税人）', '北京外企人力资源服务河南有限公司', 'IPO 辅导 2', '战略绿色'];
    const lib = join(__dirname, '..', '..', '..', '..', '..', 'bench', 'lib', 'search-pinyin.mjs');
    const script = `import { searchPinyin } from ${JSON.stringify(lib)}; process.stdout.write(JSON.stringify(${JSON.stringify(samples)}.map((s) => searchPinyin(s))));`;
    const bench = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(bench).toEqual(samples.map((s) => searchPinyin(s)));
  });
});

describe('query expansion', () => {
  const groups = [
    { terms: ['高企', '高新技术企业'], pinyin: groupPinyin(['高企', '高新技术企业']) },
    { terms: ['上市', 'ipo', '挂牌'], pinyin: groupPinyin(['上市', 'ipo', '挂牌']) },
  ];

  it('adds the other words of a group the term is or holds', () => {
    expect(expandTerm('高企', groups).synonyms).toEqual(['高新技术企业']);
    expect(expandTerm('高企认定', groups).synonyms).toEqual(['高新技术企业认定']);
    expect(expandTerm('上市辅导', groups).synonyms).toEqual(['ipo辅导', '挂牌辅导']);
  });

  it('matches Latin words whole only, and pinyin of a group’s words', () => {
    expect(expandTerm('ipo', groups).synonyms).toEqual(['上市', '挂牌']);
    expect(expandTerm('ipos', groups).synonyms).toEqual([]);
    expect(expandTerm('gq', groups)).toEqual({ literal: 'gq', synonyms: ['高企', '高新技术企业'], pinyin: 'gq' });
    expect(expandTerm('s', groups).pinyin).toBeNull();
    expect(expandTerm('税务', groups)).toEqual({ literal: '税务', synonyms: [], pinyin: null });
  });
});
