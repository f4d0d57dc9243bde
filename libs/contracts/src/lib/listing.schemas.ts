import { z } from 'zod';
import { LIFECYCLE_STAGES, PRICE_MODELS, PROVIDER_PROFILE_LIMITS, SERVICE_STATUSES } from './catalogue.enums';
import { slugSchema } from './catalogue.schemas';
import { phoneSchema } from './auth.schemas';
import { moneySchema } from './money.schemas';

// A provider's listing as edited in the workspace. The same rules as the database CHECKs, so a
// form shows the message next to the field instead of a constraint error.
export const listingInputSchema = z
  .object({
    title: z.string().trim().min(2).max(60),
    categoryCode: slugSchema,
    stages: z.array(z.enum(LIFECYCLE_STAGES)).min(1).max(LIFECYCLE_STAGES.length),
    summary: z.string().trim().min(1).max(200),
    /** Markdown; rendered as sanitised HTML by the storefront. */
    description: z.string().max(10000),
    deliverables: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    priceModel: z.enum(PRICE_MODELS),
    priceMin: moneySchema.nullable().optional(),
    priceMax: moneySchema.nullable().optional(),
    priceUnit: z.string().trim().min(1).max(10).nullable().optional(),
    duration: z.string().trim().min(1).max(40),
  })
  .strict()
  .superRefine((v, ctx) => {
    const min = v.priceMin ?? null;
    const max = v.priceMax ?? null;
    if (v.priceModel === 'fixed' && (min === null || max !== null)) {
      ctx.addIssue({ code: 'custom', path: ['priceMin'], message: 'a fixed price needs one amount' });
    }
    if (v.priceModel === 'range') {
      if (min === null || max === null) ctx.addIssue({ code: 'custom', path: ['priceMin'], message: 'a range needs both amounts' });
      else if (max <= min) ctx.addIssue({ code: 'custom', path: ['priceMax'], message: 'must be above the minimum' });
    }
    if (v.priceModel === 'negotiable' && (min !== null || max !== null || (v.priceUnit ?? null) !== null)) {
      ctx.addIssue({ code: 'custom', path: ['priceModel'], message: '面议 has no amounts' });
    }
  });
export type ListingInput = z.infer<typeof listingInputSchema>;

export const listProviderListingsQuerySchema = z
  .object({
    status: z.enum(SERVICE_STATUSES).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListProviderListingsQuery = z.infer<typeof listProviderListingsQuerySchema>;

export const moderateListingSchema = z.object({ reason: z.string().trim().min(1).max(500) }).strict();

export const providerProfileSchema = z
  .object({
    summary: z.string().trim().min(1).max(PROVIDER_PROFILE_LIMITS.summary),
    description: z.string().trim().max(PROVIDER_PROFILE_LIMITS.description),
    qualifications: z.string().trim().max(PROVIDER_PROFILE_LIMITS.qualifications),
    contactName: z.string().trim().min(1).max(40),
    contactPhone: phoneSchema,
    contactEmail: z.email().max(254).nullable(),
    address: z.string().trim().max(200),
    categories: z.array(slugSchema).min(1).max(PROVIDER_PROFILE_LIMITS.categories),
  })
  .strict();
export type ProviderProfileInput = z.infer<typeof providerProfileSchema>;

// The operator's list of listings it unlisted (moderated), newest moderation first, to restore from.
export const listModeratedListingsQuerySchema = z
  .object({
    moderated: z.literal('true'),
    q: z.string().trim().max(60).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListModeratedListingsQuery = z.infer<typeof listModeratedListingsQuerySchema>;
