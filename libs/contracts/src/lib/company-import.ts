import { z } from 'zod';
import { COMPANY_TIERS, LIFECYCLE_STAGES, PAGE_SIZE_MAX, type CompanyTier, type LifecycleStage } from './catalogue.enums';

// Bulk import of the park's company roster (issue 15): a file is read into a preview (each row
// checked, counted new / update / error), then confirmed into a job that upserts by credit code.

/** The columns of the import file, in the template's order (the header row must name them). */
export const COMPANY_IMPORT_COLUMNS = ['企业名称', '统一社会信用代码', '行业', '发展阶段', '梯度', '联系人', '联系电话'] as const;

/** How the file names a tier: the park's own words (quotes around 小巨人 are optional). */
export const COMPANY_TIER_NAMES_ZH: Record<CompanyTier, string> = {
  listed: '上市公司',
  neeq: '新三板',
  regional_equity: '四板',
  quasi_unicorn: '准独角兽',
  seed_unicorn: '种子独角兽',
  gazelle: '瞪羚企业',
  potential_gazelle: '潜在瞪羚企业',
  high_tech: '高新技术企业',
  tech_sme: '科技型中小企业',
  specialized_sme: '专精特新中小企业',
  little_giant: '专精特新小巨人',
  single_champion: '单项冠军',
};

export const LIFECYCLE_STAGE_NAMES_ZH: Record<LifecycleStage, string> = {
  startup: '初创期',
  growth: '成长期',
  mature: '成熟期',
  listing: '上市期',
};

const QUOTES = /["“”'‘’「」]/g;
const normalise = (s: string) => s.replace(QUOTES, '').replace(/\s+/g, '').toLowerCase();
const TIER_BY_NAME = new Map<string, CompanyTier>();
for (const t of COMPANY_TIERS) {
  TIER_BY_NAME.set(normalise(COMPANY_TIER_NAMES_ZH[t]), t);
  TIER_BY_NAME.set(normalise(t), t);
}
const STAGE_BY_NAME = new Map<string, LifecycleStage>();
for (const s of LIFECYCLE_STAGES) {
  STAGE_BY_NAME.set(normalise(LIFECYCLE_STAGE_NAMES_ZH[s]), s);
  STAGE_BY_NAME.set(normalise(s), s);
}

/** A tier from its Chinese name or its code; null if unknown. */
export const tierFromName = (s: string): CompanyTier | null => TIER_BY_NAME.get(normalise(s)) ?? null;
export const stageFromName = (s: string): LifecycleStage | null => STAGE_BY_NAME.get(normalise(s)) ?? null;
/** The 梯度 cell: several tiers separated by 、 , ， ; or ；. */
export const splitTiers = (cell: string): string[] => cell.split(/[、,，;；]/).map((x) => x.trim()).filter(Boolean);

export const COMPANY_IMPORT_ROW_ERRORS = [
  'name_missing',
  'name_length',
  'credit_code_missing',
  'credit_code_invalid',
  'credit_code_duplicate',
  'name_duplicate',
  'name_taken',
  'industry_missing',
  'stage_unknown',
  'tier_unknown',
  'contact_missing',
  'phone_invalid',
] as const;
export type CompanyImportRowError = (typeof COMPANY_IMPORT_ROW_ERRORS)[number];

export const COMPANY_IMPORT_ACTIONS = ['new', 'update', 'error'] as const;
export type CompanyImportAction = (typeof COMPANY_IMPORT_ACTIONS)[number];

export const COMPANY_IMPORT_STATUSES = ['previewed', 'queued', 'running', 'done', 'failed'] as const;
export type CompanyImportStatus = (typeof COMPANY_IMPORT_STATUSES)[number];

/** The largest file accepted (a 15,000-row roster is about 1.5 MB as CSV). */
export const COMPANY_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const COMPANY_IMPORT_MAX_ROWS = 50_000;
export const COMPANY_IMPORT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface CompanyImportDto {
  id: string;
  status: CompanyImportStatus;
  fileName: string;
  rowsTotal: number;
  rowsNew: number;
  rowsUpdate: number;
  rowsError: number;
  /** Rows written so far by the job (of rowsNew + rowsUpdate). */
  rowsDone: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface CompanyImportRowDto {
  /** The row's number in the file (the header is row 1). */
  row: number;
  name: string;
  creditCode: string;
  industry: string;
  stage: string;
  tiers: string;
  contactName: string;
  contactPhone: string;
  action: CompanyImportAction;
  errors: CompanyImportRowError[];
}

export const companyImportUploadQuerySchema = z
  .object({ fileName: z.string().trim().min(1).max(200).default('import.csv') })
  .strict();
export type CompanyImportUploadQuery = z.infer<typeof companyImportUploadQuerySchema>;

export const listCompanyImportRowsQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(20),
    onlyErrors: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  })
  .strict();
export type ListCompanyImportRowsQuery = z.infer<typeof listCompanyImportRowsQuerySchema>;

// ---- tiers on a company, with their history

export const setCompanyTiersSchema = z
  .object({
    tiers: z.array(z.enum(COMPANY_TIERS)).max(COMPANY_TIERS.length),
    /**
     * The tiers the caller saw (the set is its own version, in any order): when the company's
     * tiers changed since (another operator, an import), a 409 COMPANY_TIERS_CONFLICT.
     */
    expectedTiers: z.array(z.enum(COMPANY_TIERS)).max(COMPANY_TIERS.length),
    note: z.string().trim().max(200).default(''),
  })
  .strict();
export type SetCompanyTiersInput = z.infer<typeof setCompanyTiersSchema>;

export const TIER_EVENT_CHANGES = ['added', 'removed'] as const;
export type TierEventChange = (typeof TIER_EVENT_CHANGES)[number];
export const TIER_EVENT_SOURCES = ['operator', 'import'] as const;
export type TierEventSource = (typeof TIER_EVENT_SOURCES)[number];

export interface CompanyTierEventDto {
  id: string;
  tier: CompanyTier;
  change: TierEventChange;
  source: TierEventSource;
  note: string;
  actorName: string | null;
  createdAt: string;
}

export const listTierEventsQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(10),
  })
  .strict();
export type ListTierEventsQuery = z.infer<typeof listTierEventsQuerySchema>;

export interface TierPyramidDto {
  /** Every tier, in the pyramid's order from the top (COMPANY_TIERS), with its exact count. */
  tiers: { tier: CompanyTier; companies: number }[];
  /** Companies with no tier at all. */
  none: number;
  companies: number;
}
