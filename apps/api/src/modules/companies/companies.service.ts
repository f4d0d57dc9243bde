import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompanyDto, ListCompaniesQuery, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { companiesCount, companiesFilter, companiesPage, toCompany, type CompanyRow } from './companies.sql';

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
    const filter = companiesFilter(q, p);
    const whereParams = [...params];
    const rows: CompanyRow[] = await this.db.query(companiesPage(filter, p(q.pageSize), p((q.page - 1) * q.pageSize)), params);
    const total = await windowTotal(rows, q.page, async () => ((await this.db.query(companiesCount(filter), whereParams)) as { n: number }[])[0].n);
    return toPage(rows.map(toCompany), total, q);
  }
}
