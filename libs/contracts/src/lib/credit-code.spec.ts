import { creditCodeCheckChar, isValidCreditCode } from './credit-code';
import { splitTiers, stageFromName, tierFromName } from './company-import';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Codes as printed on business licences: the standard's own example and three large companies.
  it.each(['91350100M000100Y43', '91110000600037341L', '91440300708461136T', '914403001922038216'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('computes the check character, including the ones that map past 9 (letters) and 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    expect(creditCodeCheckChar('91440300708461136')).toBe('T');
  });

  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['two characters swapped', '91350100M000010Y43'],
    ['a letter outside the alphabet (I, O, S, V, Z)', '91350100M0001O0Y43'],
    ['lower case', '91350100m000100y43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y433'],
  ])('refuses %s', (_why, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('finds a single wrong character anywhere (every position, every substitute)', () => {
    const code = '91440300708461136T';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 18; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        expect(isValidCreditCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
      }
    }
  });
});

describe('tier and stage names of the import file', () => {
  it('reads the park’s names, with or without quotes, and the codes', () => {
    expect(tierFromName('专精特新"小巨人"')).toBe('little_giant');
    expect(tierFromName('专精特新“小巨人”')).toBe('little_giant');
    expect(tierFromName('专精特新小巨人')).toBe('little_giant');
    expect(tierFromName('瞪羚企业')).toBe('gazelle');
    expect(tierFromName('high_tech')).toBe('high_tech');
    expect(tierFromName('独角兽')).toBeNull();
    expect(stageFromName('成长期')).toBe('growth');
    expect(stageFromName('壮年期')).toBeNull();
  });

  it('splits on 、 and on commas', () => {
    expect(splitTiers('高新技术企业、瞪羚企业,单项冠军，四板')).toEqual(['高新技术企业', '瞪羚企业', '单项冠军', '四板']);
    expect(splitTiers('')).toEqual([]);
  });
});
