import {
  COMPANY_SIZES,
  COMPANY_TIERS,
  ERROR_CODES,
  LIFECYCLE_STAGES,
  PRICE_MODELS,
  PROVIDER_KINDS,
  SERVICE_SORTS,
} from '@qifu/contracts';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

function leafKeys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leafKeys(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has the same keys in Chinese and English', () => {
    expect(leafKeys(enUS).sort()).toEqual(leafKeys(zhCN).sort());
  });

  it('labels every enum value of the contracts in both languages', () => {
    for (const dictionary of [zhCN, enUS]) {
      for (const stage of LIFECYCLE_STAGES)
        expect(dictionary.stage[stage]).toBeTruthy();
      for (const model of PRICE_MODELS)
        expect(dictionary.priceModel[model]).toBeTruthy();
      for (const kind of PROVIDER_KINDS)
        expect(dictionary.providerKind[kind]).toBeTruthy();
      for (const tier of COMPANY_TIERS)
        expect(dictionary.companyTier[tier]).toBeTruthy();
      for (const size of COMPANY_SIZES)
        expect(dictionary.companySize[size]).toBeTruthy();
      for (const sort of SERVICE_SORTS)
        expect(dictionary.sort[sort]).toBeTruthy();
      // Indexed loosely: a code newly added to the contracts fails here, named in the diff.
      const errors: Record<string, string> = dictionary.errors;
      for (const code of ERROR_CODES) {
        expect({ code, message: errors[code] }).toEqual({
          code,
          message: expect.stringMatching(/\S/),
        });
      }
    }
  });

  it('uses the park wording in Chinese', () => {
    expect(zhCN.stage).toEqual({
      startup: '初创期',
      growth: '成长期',
      mature: '成熟期',
      listing: '上市期',
    });
    expect(zhCN.search.label).toBe('搜索服务');
    expect(zhCN.footer.address).toContain('大学科技园（西区）研发5号楼2楼');
  });
});
