import { createIntentSchema, transitionIntentSchema } from './intent.schemas';
import { listingInputSchema } from './listing.schemas';
import { MONEY_DECIMALS_MESSAGE, MONEY_MAX, isWholeFen, moneySchema, positiveMoneySchema } from './money.schemas';

describe('moneySchema', () => {
  it.each([0, 0.01, 0.1, 0.29, 1.1, 36000, 19999.99, 123456789.07, MONEY_MAX - 0.01, MONEY_MAX])('takes %p', (n) => {
    expect(moneySchema.parse(n)).toBe(n);
  });

  it.each([0.001, 1.001, 1.004, 0.005, 99.999, 1e-7, MONEY_MAX - 0.001])('refuses %p: finer than one fen', (n) => {
    const result = moneySchema.safeParse(n);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(MONEY_DECIMALS_MESSAGE);
  });

  it.each([-0.01, MONEY_MAX + 0.01, Number.NaN, Number.POSITIVE_INFINITY, '12'])('refuses %p', (n) => {
    expect(moneySchema.safeParse(n).success).toBe(false);
  });

  it('tells whole fen apart for values that do not survive × 100 exactly', () => {
    expect(0.29 * 100).not.toBe(29); // 28.999999999999996
    expect(isWholeFen(0.29)).toBe(true);
    expect(isWholeFen(0.295)).toBe(false);
  });

  it('refuses zero and a sub-fen amount where the amount must be positive', () => {
    expect(positiveMoneySchema.safeParse(0.01).success).toBe(true);
    expect(positiveMoneySchema.safeParse(0).success).toBe(false);
    expect(positiveMoneySchema.safeParse(0.001).success).toBe(false);
  });
});

// Every money field of the contracts uses it; these are the cases that reached the database CHECKs.
describe('money fields', () => {
  const listing = {
    title: '代理记账',
    categoryCode: 'finance-tax',
    stages: ['startup'],
    summary: '每月记账报税',
    description: '',
    priceModel: 'range',
    priceUnit: '元/月',
    duration: '每月',
  };

  it('refuses a listing price range whose bounds round to the same fen, naming both fields', () => {
    const result = listingInputSchema.safeParse({ ...listing, priceMin: 1.001, priceMax: 1.004 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['priceMax', 'priceMin']);
    expect(listingInputSchema.safeParse({ ...listing, priceMin: 1, priceMax: 1.01 }).success).toBe(true);
  });

  it('refuses a fixed price finer than one fen', () => {
    expect(listingInputSchema.safeParse({ ...listing, priceModel: 'fixed', priceMin: 800.005 }).success).toBe(false);
  });

  it('refuses a budget finer than one fen', () => {
    const intent = {
      serviceId: '7d1f6f2e-6a1b-4b7e-9c55-3c1a2d9e8f00',
      need: '招聘两名工程师',
      budgetNegotiable: false,
      wishedStartDate: '2026-12-01',
      contactName: '王经理',
      contactPhone: '13800001111',
    };
    const result = createIntentSchema.safeParse({ ...intent, budgetMin: 1.001, budgetMax: 1.004 });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['budgetMax', 'budgetMin']);
    expect(createIntentSchema.safeParse({ ...intent, budgetMin: 1, budgetMax: 1.01 }).success).toBe(true);
  });

  it('refuses a contract amount that rounds to zero', () => {
    const result = transitionIntentSchema.safeParse({ to: 'signed', contractAmount: 0.001, signedOn: '2026-11-20' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['contractAmount'], message: MONEY_DECIMALS_MESSAGE });
    expect(transitionIntentSchema.safeParse({ to: 'signed', contractAmount: 0.01, signedOn: '2026-11-20' }).success).toBe(true);
  });
});
