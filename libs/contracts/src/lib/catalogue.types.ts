import type {
  CompanySize,
  CompanyTier,
  LifecycleStage,
  PriceModel,
  ProviderKind,
} from './catalogue.enums';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * Keyset lists only (the intents): the opaque position after the last item, to pass back as
   * `?cursor=`; null at the end. Deep pages follow it instead of a page number.
   */
  nextCursor?: string | null;
  /** The position before the first item (null on the first page), for the page before this one. */
  prevCursor?: string | null;
  /**
   * True when `total` is a lower bound: the count stopped at a cap (a text search over the whole
   * park), so the list has at least `total` items.
   */
  totalCapped?: boolean;
}

export interface CategoryDto {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Number of published services in this category. */
  serviceCount: number;
}

export interface Price {
  model: PriceModel;
  /** Yuan. Set for `fixed` and `range`. */
  min: number | null;
  /** Yuan. Set for `range` only. */
  max: number | null;
  /** e.g. 元/月, 元/件; null when the price is for the whole engagement. */
  unit: string | null;
}

export interface ProviderRef {
  id: string;
  name: string;
  kind: ProviderKind;
}

export interface CategoryRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface ServiceSummaryDto {
  id: string;
  title: string;
  summary: string;
  category: CategoryRef;
  stages: LifecycleStage[];
  price: Price;
  duration: string;
  provider: ProviderRef;
  ratingAvg: number | null;
  ratingCount: number;
  publishedAt: string;
  /** In a search's answer: why the card matched, one entry per query term and field it was found in. */
  matches?: SearchMatch[];
}

/** Where a search term was found on a card. */
export const SEARCH_MATCH_FIELDS = ['title', 'category', 'summary', 'provider'] as const;
export type SearchMatchField = (typeof SEARCH_MATCH_FIELDS)[number];
/** literal: the word typed; synonym: a dictionary word of the same meaning; pinyin: the word spelled. */
export const SEARCH_MATCH_VIAS = ['literal', 'synonym', 'pinyin'] as const;
export type SearchMatchVia = (typeof SEARCH_MATCH_VIAS)[number];

export interface SearchMatch {
  field: SearchMatchField;
  via: SearchMatchVia;
  /** The query's term, lower-cased (社保, shebao). */
  term: string;
  /** The text found in the field, as the field spells it (社会保险 for 社保, 社保 for shebao). */
  found: string;
  /**
   * [start, end) in UTF-16 units of the field's text (title, summary, provider.name) to mark;
   * empty for the category (its tag is marked whole, in either language).
   */
  ranges: [number, number][];
}

export interface ServiceDetailDto extends ServiceSummaryDto {
  description: string;
  deliverables: string[];
  provider: ProviderSummaryDto;
  /** A few other published services of the same category. */
  related: ServiceSummaryDto[];
}

export interface ProviderSummaryDto {
  id: string;
  name: string;
  shortName: string;
  kind: ProviderKind;
  summary: string;
  categories: CategoryRef[];
  serviceCount: number;
  contactName: string;
  contactPhone: string;
  address: string;
}

export interface ProviderDetailDto extends ProviderSummaryDto {
  description: string;
  contactEmail: string | null;
  website: string | null;
  joinedAt: string;
  services: ServiceSummaryDto[];
}

/** The provider's own profile in its workspace: the public detail plus what only it and the operator read. */
export interface ProviderProfileDto extends ProviderDetailDto {
  qualifications: string;
}

export interface CompanyDto {
  id: string;
  name: string;
  shortName: string;
  industry: string;
  size: CompanySize;
  stage: LifecycleStage;
  tiers: CompanyTier[];
  contactName: string;
  contactPhone: string;
  /** Cooperation intents of this company, all states. */
  intentCount: number;
}

export interface HealthDto {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  uptimeSeconds: number;
}

/** A listing as its provider sees it in the workspace: any status, with its figures. */
export interface ProviderListingDto {
  id: string;
  title: string;
  category: CategoryRef;
  stages: LifecycleStage[];
  summary: string;
  description: string;
  deliverables: string[];
  price: Price;
  duration: string;
  status: 'draft' | 'published' | 'unlisted';
  publishedAt: string | null;
  /** Set when the park operator unlisted it. */
  moderationReason: string | null;
  updatedAt: string;
  figures: ListingFigures;
}

export interface ListingFigures {
  views: number;
  intents: number;
  /** Share of answered intents that were accepted (0–1), null with no answers yet. */
  acceptanceRate: number | null;
  /** Share of intents that were signed (0–1), null with no intents. */
  signRate: number | null;
  medianFirstResponseHours: number | null;
  ratingAvg: number | null;
  ratingCount: number;
}

/** The whole provider in its workspace: figures over all its listings, and how many it has in each status. */
export interface ProviderFiguresDto {
  figures: ListingFigures;
  listings: { draft: number; published: number; unlisted: number };
}

/** A listing the park operator unlisted, as the operator's moderation list shows it. */
export interface ModeratedListingDto {
  id: string;
  title: string;
  category: CategoryRef;
  provider: { id: string; name: string };
  moderationReason: string;
  moderatedAt: string;
  /** Display name of the operator who unlisted it; null when that account is gone. */
  moderatedBy: string | null;
}
