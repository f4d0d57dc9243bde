import { z } from 'zod';
import { COMPANY_TIERS, LIFECYCLE_STAGES } from './catalogue.enums';
import type { ServiceSummaryDto } from './catalogue.types';

// Recommendations for a signed-in company (issue 16): rules as data, each a typed condition on the
// company's profile and history → a category (optionally one service), a weight and a reason.
// The condition is JSON the API validates with these schemas, never SQL.

export const RECOMMENDATION_CONTEXTS = ['home', 'service'] as const;
export type RecommendationContext = (typeof RECOMMENDATION_CONTEXTS)[number];

/** How many cards each context shows. */
export const RECOMMENDATION_LIMITS = { home: 6, service: 4 } as const satisfies Record<RecommendationContext, number>;

/** Placeholders a reason may hold: the category's name in the reader's language, the service's title. */
export const RECOMMENDATION_REASON_PLACEHOLDERS = ['{category}', '{service}'] as const;

const categoryCodeSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a category code');

/** One clause of a condition; a rule's condition holds when all its clauses hold. */
export const recommendationClauseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stage_in'), stages: z.array(z.enum(LIFECYCLE_STAGES)).min(1).max(LIFECYCLE_STAGES.length) }).strict(),
  z.object({ type: z.literal('has_tier'), tier: z.enum(COMPANY_TIERS) }).strict(),
  z.object({ type: z.literal('lacks_tier'), tier: z.enum(COMPANY_TIERS) }).strict(),
  z.object({ type: z.literal('industry_in'), industries: z.array(z.string().trim().min(1).max(40)).min(1).max(30) }).strict(),
  /** The company has requested a service of this category before (any status). */
  z.object({ type: z.literal('has_intent_in'), category: categoryCodeSchema }).strict(),
  /** The company has never requested a service of this category. */
  z.object({ type: z.literal('no_intent_in'), category: categoryCodeSchema }).strict(),
]);
export type RecommendationClause = z.infer<typeof recommendationClauseSchema>;
export type RecommendationClauseType = RecommendationClause['type'];

export const recommendationConditionSchema = z.object({ all: z.array(recommendationClauseSchema).min(1).max(8) }).strict();
export type RecommendationCondition = z.infer<typeof recommendationConditionSchema>;

const reasonSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => [...s.matchAll(/\{[^}]*\}/g)].every((m) => (RECOMMENDATION_REASON_PLACEHOLDERS as readonly string[]).includes(m[0])), 'only {category} and {service} placeholders');

/** A rule as written (seed, or an operator's edit). */
export const recommendationRuleInputSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'lower-case letters, digits and hyphens'),
    condition: recommendationConditionSchema,
    categoryCode: categoryCodeSchema,
    serviceId: z.uuid().nullable().default(null),
    weight: z.number().int().min(1).max(100),
    reasonZh: reasonSchema(120),
    reasonEn: reasonSchema(200),
    active: z.boolean().default(true),
  })
  .strict();
export type RecommendationRuleInput = z.input<typeof recommendationRuleInputSchema>;
export type RecommendationRuleData = z.output<typeof recommendationRuleInputSchema>;

export const recommendationsQuerySchema = z
  .object({
    context: z.enum(RECOMMENDATION_CONTEXTS).default('home'),
    /** The service whose page asks (context=service): its related ones, without it. */
    serviceId: z.uuid().optional(),
  })
  .strict()
  .refine((q) => q.context !== 'service' || q.serviceId, { message: 'serviceId is required for context=service', path: ['serviceId'] })
  .refine((q) => q.context === 'service' || !q.serviceId, { message: 'serviceId is only for context=service', path: ['serviceId'] });
export type RecommendationsQuery = z.infer<typeof recommendationsQuerySchema>;

export const listRecommendationRulesQuerySchema = z
  .object({
    categoryCode: categoryCodeSchema.optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListRecommendationRulesQuery = z.infer<typeof listRecommendationRulesQuerySchema>;

/**
 * Why a card is shown: `rule` (a rule matched; its reason), `peers` (companies of the same stage
 * often request this category), `related` (same category as the service being viewed).
 */
export const RECOMMENDATION_SOURCES = ['rule', 'peers', 'related'] as const;
export type RecommendationSource = (typeof RECOMMENDATION_SOURCES)[number];

export interface RecommendationDto {
  /** What POST /api/recommendations/:key/dismiss takes: the service's id. */
  key: string;
  service: ServiceSummaryDto;
  source: RecommendationSource;
  /** The rule whose reason is shown; null for `peers` and `related`. */
  ruleId: string | null;
  /** The rule's reason, placeholders filled; null for `peers` and `related` (the web words those). */
  reason: { zhCN: string; enUS: string } | null;
}

export interface RecommendationsDto {
  items: RecommendationDto[];
}

export interface RecommendationRuleDto {
  id: string;
  code: string;
  condition: RecommendationCondition;
  category: { code: string; nameZh: string; nameEn: string };
  service: { id: string; title: string } | null;
  weight: number;
  reasonZh: string;
  reasonEn: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}
