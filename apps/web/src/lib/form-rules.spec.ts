import { creditCodeCheckChar } from '@qifu/contracts';
import { creditCodeProblem, normalizeCreditCode } from './form-rules';

const FIRST_17 = '91410100MA3X5KQ1W';
const VALID = `${FIRST_17}${creditCodeCheckChar(FIRST_17)}`;

describe('credit code checks', () => {
  it('accepts a code whose check character matches (GB 32100)', () => {
    expect(creditCodeProblem(VALID)).toBeNull();
    // A code ending in a letter check character.
    expect(creditCodeProblem('91110108558521630L')).toBeNull();
  });

  it('names the problem: length, characters, check character', () => {
    expect(creditCodeProblem(VALID.slice(0, 17))).toBe('length');
    expect(creditCodeProblem(`${VALID}0`)).toBe('length');
    expect(creditCodeProblem(`${FIRST_17.slice(0, 16)}I0`)).toBe('chars');
    const wrong = VALID.endsWith('0') ? `${FIRST_17}1` : `${FIRST_17}0`;
    expect(creditCodeProblem(wrong)).toBe('check');
  });

  it('normalises what people type: capitals, no spaces', () => {
    expect(normalizeCreditCode(' 9141 0100ma3x5kq1w ')).toBe(
      '91410100MA3X5KQ1W',
    );
    expect(normalizeCreditCode(undefined)).toBe('');
  });
});
