import { z } from 'zod';
import { INTENT_STATUSES } from './intent.workflow';
import { slugSchema, uuidSchema } from './catalogue.schemas';
import { phoneSchema } from './auth.schemas';
import { moneySchema, positiveMoneySchema } from './money.schemas';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' }).refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { message: 'is not a real date' },
);

export const createIntentSchema = z
  .object({
    /** The service asked for; or, from a provider's page, providerId + categoryCode. */
    serviceId: uuidSchema.optional(),
    providerId: uuidSchema.optional(),
    categoryCode: slugSchema.optional(),
    /** Operators only: the company the intent is made for (matched by the operator). */
    companyId: uuidSchema.optional(),
    need: z.string().trim().min(5).max(2000),
    budgetNegotiable: z.boolean(),
    budgetMin: moneySchema.optional(),
    budgetMax: moneySchema.optional(),
    wishedStartDate: isoDate,
    contactName: z.string().trim().min(1).max(40),
    contactPhone: phoneSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.serviceId && !(v.providerId && v.categoryCode)) {
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'name a service, or a provider and a category' });
    }
    if (v.serviceId && (v.providerId || v.categoryCode)) {
      ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'give either a service or a provider and category, not both' });
    }
    if (v.budgetNegotiable) {
      if (v.budgetMin !== undefined || v.budgetMax !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['budgetMin'], message: 'a negotiable budget has no amounts' });
      }
    } else if (v.budgetMin === undefined || v.budgetMax === undefined) {
      ctx.addIssue({ code: 'custom', path: ['budgetMin'], message: 'give a budget range or choose 面议' });
    } else if (v.budgetMin > v.budgetMax) {
      ctx.addIssue({ code: 'custom', path: ['budgetMax'], message: 'must not be below the minimum' });
    }
  });
export type CreateIntentRequest = z.infer<typeof createIntentSchema>;

export const transitionIntentSchema = z
  .object({
    to: z.enum(INTENT_STATUSES),
    reason: z.string().trim().min(1).max(500).optional(),
    note: z.string().trim().max(500).optional(),
    contractAmount: positiveMoneySchema.optional(),
    signedOn: isoDate.optional(),
    /** The version the caller saw; a stale one is a 409. */
    version: z.number().int().min(0).optional(),
  })
  .strict();
export type TransitionIntentRequest = z.infer<typeof transitionIntentSchema>;

export const postMessageSchema = z.object({ body: z.string().trim().min(1).max(2000) }).strict();
export type PostMessageRequest = z.infer<typeof postMessageSchema>;

const score = z.number().int().min(1).max(5);
export const rateIntentSchema = z
  .object({
    professional: score,
    responsiveness: score,
    attitude: score,
    value: score,
    comment: z.string().trim().max(1000).default(''),
  })
  .strict();
export type RateIntentRequest = z.infer<typeof rateIntentSchema>;

export const replyRatingSchema = z.object({ reply: z.string().trim().min(1).max(1000) }).strict();

export const listIntentsQuerySchema = z
  .object({
    status: z.enum(INTENT_STATUSES).optional(),
    q: z.string().trim().max(100).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    companyId: uuidSchema.optional(),
    providerId: uuidSchema.optional(),
    /**
     * A `nextCursor`/`prevCursor` from an earlier answer: the page after (or before) it. With a
     * cursor, `page` is only echoed back (the client's page label); without one, `page` is an offset.
     */
    cursor: z.string().min(1).max(400).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
/** Above this many matches a text search's total stops counting (`totalCapped`). */
export const INTENT_SEARCH_COUNT_CAP = 1000;
export type ListIntentsQuery = z.infer<typeof listIntentsQuerySchema>;

export const listPageQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListPageQuery = z.infer<typeof listPageQuerySchema>;
