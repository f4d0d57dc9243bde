import { z } from 'zod';

// Amounts in yuan, stored as numeric(14,2). The edge refuses what the column would round: an
// amount finer than one fen (0.01) would be stored as another amount, and a range or a positive
// amount could then break its CHECK (1.001–1.004 becomes 1.00–1.00, 0.001 becomes 0.00).
export const MONEY_MAX = 1e11;
export const MONEY_DECIMALS_MESSAGE = 'must be an amount in yuan with at most two decimals (whole fen)';

/** True when `n` is a whole number of fen. Exact for every amount up to MONEY_MAX: n × 100 is off by far less than 0.5, and k / 100 is the double the client's decimal parsed to. */
export function isWholeFen(n: number): boolean {
  return Math.round(n * 100) / 100 === n;
}

export const moneySchema = z
  .number()
  .finite()
  .min(0)
  .max(MONEY_MAX)
  .refine(isWholeFen, { message: MONEY_DECIMALS_MESSAGE });

/** An amount that must be above zero, such as a signed contract's: at least 0.01. */
export const positiveMoneySchema = moneySchema.refine((n) => n > 0, { message: 'must be above zero' });
