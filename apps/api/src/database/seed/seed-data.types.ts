import type {
  CompanySize,
  CompanyTier,
  LifecycleStage,
  PriceModel,
  ProviderKind,
} from '@qifu/contracts';

// Shapes of the hand-written seed data. Natural keys (category code, provider
// name, provider + service title, company name) make the seed idempotent.

export interface SeedCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Display order on the home page; lower first. */
  sortOrder: number;
}

export interface SeedProvider {
  /** Stable handle used by services to refer to their provider. */
  key: string;
  /** Exact legal name from shared/seed-facts.md. */
  name: string;
  /** Short display name, e.g. 北京外企人力. */
  shortName: string;
  kind: ProviderKind;
  /** One sentence for cards (≤ 60 characters). */
  summary: string;
  /** A paragraph or two for the provider page. */
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  address: string;
  website: string | null;
  /** Category codes this provider serves. */
  categories: string[];
  /** ISO date the provider joined the supermarket. */
  joinedAt: string;
}

export interface SeedService {
  providerKey: string;
  categoryCode: string;
  title: string;
  /** One sentence for cards (≤ 60 characters). */
  summary: string;
  /** Several sentences, plain text with line breaks allowed. */
  description: string;
  deliverables: string[];
  stages: LifecycleStage[];
  price: { model: PriceModel; min: number | null; max: number | null; unit: string | null };
  /** Typical duration in words, e.g. 10–15个工作日. */
  duration: string;
  /** ISO date the listing was published. */
  publishedAt: string;
}

export interface SeedCompany {
  name: string;
  /** Short name used in the news report, e.g. 埃尓森. */
  shortName: string;
  industry: string;
  size: CompanySize;
  stage: LifecycleStage;
  tiers: CompanyTier[];
  contactName: string;
  contactPhone: string;
  description: string;
}
