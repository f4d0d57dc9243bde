import { bestCorrection, typoPatterns, withinOneEdit } from './typo';

describe('typo tolerance', () => {
  it('knows one edit from two', () => {
    const e = (a: string, b: string) => withinOneEdit([...a], [...b]);
    expect(e('知识产全', '知识产权')).toBe(true);
    expect(e('知识权', '知识产权')).toBe(true);
    expect(e('知识产产权', '知识产权')).toBe(true);
    expect(e('知识全', '知识产权')).toBe(false);
    expect(e('abc', 'cab')).toBe(false);
  });

  it('writes the one-edit variants as LIKE patterns with their known characters', () => {
    const ps = typoPatterns('a%c');
    expect(ps.map((p) => p.pattern)).toEqual(expect.arrayContaining(['%_\\%c%', '%a\\%_%', '%\\%c%', '%a_\\%c%']));
    expect(ps.find((p) => p.pattern === '%_\\%c%')?.chars).toEqual(['%', 'c']);
  });

  it('picks the variant most texts hold, the longer on a tie, Latin words whole', () => {
    expect(bestCorrection('知识产全', ['知识产权质押', '郑州知识产权代理'])).toBe('知识产权');
    expect(bestCorrection('知识权', ['知识产权质押'])).toBe('知识产权');
    expect(bestCorrection('kpi', ['bookkeeping and tax'])).toBeNull();
    expect(bestCorrection('auditt', ['financial audit'])).toBe('audit');
    expect(bestCorrection('auditt', ['financial audit'], { found: true })).toBeNull();
    expect(bestCorrection('报告', ['报告书'])).toBeNull();
  });
});
