import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompanyDto, ListCompaniesQuery, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { likePattern } from '../listings/service-listing.sql';

// The park's company directory, for the operator (matching, follow-up).
@Injectable()
export class CompaniesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(q: ListCompaniesQuery): Promise<Page<CompanyDto>> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['TRUE'];
    if (q.q) {
      const like = p(likePattern(q.q.toLowerCase()));
      where.push(`(lower(c.name) LIKE ${like} OR lower(c.short_name) LIKE ${like} OR lower(c.industry) LIKE ${like})`);
    }
    if (q.tier) where.push(`c.tiers @> ARRAY[${p(q.tier)}]::text[]`);
    if (q.stage) where.push(`c.stage = ${p(q.stage)}`);
    const rows: {
      id: string; name: string; short_name: string; industry: string; size: CompanyDto['size']; stage: CompanyDto['stage'];
      tiers: CompanyDto['tiers']; contact_name: string; contact_phone: string; intent_count: number; total: string;
    }[] = await this.db.query(
      `SELECT c.id, c.name, c.short_name, c.industry, c.size, c.stage, c.tiers, c.contact_name, c.contact_phone,
              (SELECT count(*)::int FROM intent i WHERE i.company_id = c.id) AS intent_count, count(*) OVER () AS total
         FROM company c WHERE ${where.join(' AND ')}
        ORDER BY c.name, c.id LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id, name: r.name, shortName: r.short_name, industry: r.industry, size: r.size, stage: r.stage, tiers: r.tiers,
        contactName: r.contact_name, contactPhone: r.contact_phone, intentCount: r.intent_count,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
}
