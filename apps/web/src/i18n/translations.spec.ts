import {
  AUDIT_ACTIONS,
  COMPANY_SIZES,
  COMPANY_TIERS,
  ERROR_CODES,
  INTENT_STATUSES,
  LIFECYCLE_STAGES,
  MEMBER_ROLES,
  ORG_KINDS,
  PRICE_MODELS,
  PROVIDER_KINDS,
  PROBLEM_SATISFACTIONS,
  PROBLEM_STAGES,
  PROBLEM_STATUSES,
  PROBLEM_URGENCIES,
  PROVIDER_STATUSES,
  SERVICE_SORTS,
} from '@qifu/contracts';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';
import { zhCNAccount } from './zh-CN.account';
import { zhCNIntents } from './zh-CN.intents';
import { zhCNWorkspace } from './zh-CN.workspace';
import { zhCNOperator } from './zh-CN.operator';
import { zhCNProblems } from './zh-CN.problems';

// Chinese ships in two parts (storefront, account pages); English is one bundle.
const zhAll = {
  ...zhCN,
  ...zhCNAccount,
  ...zhCNIntents,
  ...zhCNWorkspace,
  ...zhCNOperator,
  ...zhCNProblems,
  errors: { ...zhCN.errors, ...zhCNAccount.errors },
};

function lookup(dictionary: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      dictionary,
    );
}

function leafKeys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leafKeys(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has the same keys in Chinese and English', () => {
    expect(leafKeys(enUS).sort()).toEqual(leafKeys(zhAll).sort());
  });

  it('keeps the storefront and account words apart, so neither overwrites the other', () => {
    const core = new Set(leafKeys(zhCN));
    expect(leafKeys(zhCNAccount).filter((key) => core.has(key))).toEqual([]);
  });

  it('keeps the operator console words apart from all others', () => {
    const others = new Set([
      ...leafKeys(zhCN),
      ...leafKeys(zhCNAccount),
      ...leafKeys(zhCNIntents),
    ]);
    expect(leafKeys(zhCNOperator).filter((key) => others.has(key))).toEqual(
      [],
    );
  });

  it('keeps the workspace words apart from the storefront, account and intent words', () => {
    const others = new Set([
      ...leafKeys(zhCN),
      ...leafKeys(zhCNAccount),
      ...leafKeys(zhCNIntents),
    ]);
    expect(leafKeys(zhCNWorkspace).filter((key) => others.has(key))).toEqual(
      [],
    );
  });

  it('keeps the service desk words apart from all others', () => {
    const others = new Set([...leafKeys(zhCN), ...leafKeys(zhCNAccount), ...leafKeys(zhCNIntents), ...leafKeys(zhCNWorkspace), ...leafKeys(zhCNOperator)]);
    expect(leafKeys(zhCNProblems).filter((key) => others.has(key))).toEqual([]);
  });

  it('labels every problem status, move, urgency, satisfaction and 13710 stage in both languages', () => {
    for (const dictionary of [zhAll, enUS]) {
      for (const status of PROBLEM_STATUSES) {
        expect(dictionary.problemStatus[status]).toMatch(/\S/);
        expect(dictionary.problemAction[status]).toMatch(/\S/);
      }
      for (const u of PROBLEM_URGENCIES) expect(dictionary.problemUrgency[u]).toMatch(/\S/);
      for (const s of PROBLEM_SATISFACTIONS) expect(dictionary.problemSatisfaction[s]).toMatch(/\S/);
      for (const s of PROBLEM_STAGES) expect(dictionary.problemStage[s]).toMatch(/\S/);
    }
    expect(zhCNProblems.problemSatisfaction).toEqual({ satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' });
  });

  it('keeps the intent words apart from the storefront and account words', () => {
    const others = new Set([...leafKeys(zhCN), ...leafKeys(zhCNAccount)]);
    expect(leafKeys(zhCNIntents).filter((key) => others.has(key))).toEqual([]);
  });

  it('labels every intent status and the move to it in both languages', () => {
    for (const dictionary of [zhAll, enUS]) {
      for (const status of INTENT_STATUSES) {
        expect(dictionary.intentStatus[status]).toMatch(/\S/);
        expect(dictionary.intentAction[status]).toMatch(/\S/);
        expect(dictionary.notifications.transition[status]).toMatch(/\S/);
      }
    }
    expect(zhCNIntents.intentStatus).toMatchObject({
      submitted: '已提交',
      accepted: '已受理',
      negotiating: '洽谈中',
      in_service: '服务中',
    });
  });

  it('labels every enum value of the contracts in both languages', () => {
    for (const dictionary of [zhAll, enUS]) {
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
      for (const kind of ORG_KINDS)
        expect(dictionary.orgKind[kind]).toBeTruthy();
      for (const role of MEMBER_ROLES)
        expect(dictionary.memberRole[role]).toBeTruthy();
      for (const status of PROVIDER_STATUSES)
        expect(dictionary.applicationStatus[status]).toBeTruthy();
      // Audit actions contain a dot, so their labels nest: auditAction.auth.login.
      for (const action of AUDIT_ACTIONS)
        expect({
          action,
          label: lookup(dictionary, `auditAction.${action}`),
        }).toEqual({ action, label: expect.stringMatching(/\S/) });
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
