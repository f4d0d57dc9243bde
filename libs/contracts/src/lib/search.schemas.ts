import { z } from 'zod';
import type { Page, ServiceSummaryDto } from './catalogue.types';

// The search dictionary (operator console, /api/operator/search-synonyms) and what a catalogue
// search answers beyond its page.

export const SYNONYM_TERMS_MAX = 10;
export const SYNONYM_TERM_MAX_LENGTH = 30;

/** A dictionary word as searched: trimmed, lower-cased, one word (queries split at whitespace). */
const synonymTermSchema = z
  .string()
  .trim()
  .min(1)
  .max(SYNONYM_TERM_MAX_LENGTH)
  .regex(/^\S+$/, 'one word, without spaces')
  .transform((t) => t.toLowerCase());

export const synonymGroupInputSchema = z
  .object({
    terms: z
      .array(synonymTermSchema)
      .min(2)
      .max(SYNONYM_TERMS_MAX)
      .transform((ts) => [...new Set(ts)])
      .refine((ts) => ts.length >= 2, 'at least two different words'),
    note: z.string().trim().max(200).default(''),
  })
  .strict();
export type SynonymGroupInput = z.input<typeof synonymGroupInputSchema>;
export type SynonymGroup = z.output<typeof synonymGroupInputSchema>;

export const listSynonymsQuerySchema = z
  .object({
    /** A word, or part of one, of the groups to list. */
    q: z.string().trim().max(30).optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListSynonymsQuery = z.infer<typeof listSynonymsQuerySchema>;

export interface SynonymGroupDto {
  id: string;
  terms: string[];
  /** Full pinyin and initials of the group's Chinese words, as searched (gaoqi, gq). */
  pinyin: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * "您是不是要找 …": a query that found little, read with one character corrected. `applied`: the
 * query found nothing, so the page holds the corrected query's results instead.
 */
export interface SearchSuggestion {
  q: string;
  applied: boolean;
}

export type ServiceSearchPage = Page<ServiceSummaryDto> & { suggestion?: SearchSuggestion };

// Suggestions while typing (GET /api/search/suggest): services, categories and providers.

export const SUGGEST_Q_MAX_LENGTH = 30;
/** Items per answer, all kinds together. */
export const SUGGEST_LIMIT = 8;

export const searchSuggestQuerySchema = z
  .object({
    /** What is typed so far; blank is refused (the box asks only once something is typed). */
    q: z.string().trim().min(1).max(SUGGEST_Q_MAX_LENGTH),
  })
  .strict();
export type SearchSuggestQuery = z.infer<typeof searchSuggestQuerySchema>;

export const SUGGEST_KINDS = ['category', 'service', 'provider'] as const;
export type SuggestKind = (typeof SUGGEST_KINDS)[number];

export interface SuggestItemDto {
  kind: SuggestKind;
  /** The service's or provider's id, the category's code. */
  id: string;
  /** The title or name (a category's Chinese name). */
  label: string;
  /** A category's English name; null for the others. */
  labelEn: string | null;
  /** Where choosing it leads, a path of the web app (/services/…, /services?category=…, /providers/…). */
  href: string;
}

export interface SuggestDto {
  /** The query as read (trimmed, lower-cased, spaces collapsed). */
  q: string;
  items: SuggestItemDto[];
}

// Search analytics for operators (GET /api/operator/search-analytics): what users search, by week.

export const SEARCH_ANALYTICS_VIEWS = ['top', 'no_result'] as const;
export type SearchAnalyticsView = (typeof SEARCH_ANALYTICS_VIEWS)[number];

export const searchAnalyticsQuerySchema = z
  .object({
    /** Any day of the week (China Standard Time); the week starts on its Monday. Default: this week. */
    week: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' })
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { message: 'is not a real date' })
      .optional(),
    /** top: most searched first; no_result: the searches that found nothing, most often first. */
    view: z.enum(SEARCH_ANALYTICS_VIEWS).default('top'),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type SearchAnalyticsQuery = z.infer<typeof searchAnalyticsQuerySchema>;

export interface SearchQueryStatDto {
  /** Trimmed, lower-cased, spaces collapsed. */
  query: string;
  searches: number;
  /** Of them, how many found nothing. */
  noResult: number;
  /** How many showed a one-character correction's results instead (您是不是要找). */
  typoApplied: number;
  /** How many were widened by the dictionary or pinyin. */
  expanded: number;
  /** The result count the last search found. */
  lastTotal: number;
}

export type SearchAnalyticsPage = Page<SearchQueryStatDto> & { week: string };
