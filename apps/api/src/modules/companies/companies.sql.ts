import type { CompanyDto, ListCompaniesQuery } from '@qifu/contracts';
import { likePattern } from '../listings/service-listing.sql';

/** The WHERE of the directory's filters; `p` binds a value and answers its placeholder. */
export function companiesFilter(q: ListCompaniesQuery, p: (v: unknown) => string): string {
  const where = ['TRUE'];
  if (q.q) {
    const like = p(likePattern(q.q.toLowerCase()));
    where.push(`(lower(c.name) LIKE ${like} OR lower(c.short_name) LIKE ${like} OR lower(c.industry) LIKE ${like})`);
  }
  if (q.tier) where.push(`c.tiers @> ARRAY[${p(q.tier)}]::text[]`);
  if (q.stage) where.push(`c.stage = ${p(q.stage)}`);
  return where.join(' AND ');
}

/** The directory page; `filter` is the WHERE built from the query, then page size and offset parameters. */
export const companiesPage = (
  filter: string,
  limitParam: string,
  offsetParam: string,
) => `SELECT c.id, c.name, c.short_name, c.industry, c.size, c.stage, c.tiers, c.contact_name, c.contact_phone,
              (SELECT count(*)::int FROM intent i WHERE i.company_id = c.id) AS intent_count, count(*) OVER () AS total
         FROM company c WHERE ${filter}
        ORDER BY c.name, c.id LIMIT ${limitParam} OFFSET ${offsetParam}`;

/** The same companies counted, for a page past the last one. */
export const companiesCount = (filter: string) => `SELECT count(*)::int AS n FROM company c WHERE ${filter}`;

export interface CompanyRow {
  id: string;
  name: string;
  short_name: string;
  industry: string;
  size: CompanyDto['size'];
  stage: CompanyDto['stage'];
  tiers: CompanyDto['tiers'];
  contact_name: string;
  contact_phone: string;
  intent_count: number;
  total: string;
}

export const toCompany = (r: CompanyRow): CompanyDto => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  industry: r.industry,
  size: r.size,
  stage: r.stage,
  tiers: r.tiers,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  intentCount: r.intent_count,
});
