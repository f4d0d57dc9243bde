import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMPANY_TIERS,
  type CompanyDto,
  type CompanyTier,
  type CompanyTierEventDto,
  type ListTierEventsQuery,
  type Page,
  type SetCompanyTiersInput,
  type TierPyramidDto,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { toCompany, type CompanyRow } from './companies.sql';

import { COMPANY_BY_ID, LOCK_TIERS, SET_TIERS, INSERT_EVENTS, EVENTS_PAGE, EVENTS_COUNT, PYRAMID } from './company-tiers.sql';

// A company's tiers as the operator sets them, each change kept as an event (who, when, which
// tier added or removed, why); the pyramid counts companies per tier.
@Injectable()
export class CompanyTiersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string): Promise<CompanyDto> {
    const [row]: CompanyRow[] = await this.db.query(COMPANY_BY_ID, [id]);
    if (!row) throw new AppError('COMPANY_NOT_FOUND', 'No such company.');
    return toCompany(row);
  }

  async setTiers(actor: Actor, id: string, input: SetCompanyTiersInput): Promise<CompanyDto> {
    // Kept in the pyramid's order, so the stored array does not depend on the click order.
    const next = COMPANY_TIERS.filter((t) => input.tiers.includes(t));
    await this.db.transaction(async (m) => {
      const [row]: { tiers: CompanyTier[] }[] = await m.query(LOCK_TIERS, [id]);
      if (!row) throw new AppError('COMPANY_NOT_FOUND', 'No such company.');
      const seen = new Set(input.expectedTiers);
      if (seen.size !== row.tiers.length || row.tiers.some((t) => !seen.has(t)))
        throw new AppError('COMPANY_TIERS_CONFLICT', 'The company’s tiers changed since you read them; reload and try again.');
      const added = next.filter((t) => !row.tiers.includes(t));
      const removed = row.tiers.filter((t) => !next.includes(t));
      if (!added.length && !removed.length) return;
      await m.query(SET_TIERS, [id, next]);
      await m.query(INSERT_EVENTS, [id, added, removed, input.note, actor.userId]);
    });
    return this.get(id);
  }

  async events(id: string, q: ListTierEventsQuery): Promise<Page<CompanyTierEventDto>> {
    await this.get(id);
    const rows: { id: string; tier: CompanyTier; change: 'added' | 'removed'; source: 'operator' | 'import'; note: string; actor_name: string | null; created_at: Date; total: string }[] =
      await this.db.query(EVENTS_PAGE, [id, q.pageSize, (q.page - 1) * q.pageSize]);
    const total = await windowTotal(rows, q.page, async () => ((await this.db.query(EVENTS_COUNT, [id])) as { n: number }[])[0].n);
    return toPage(
      rows.map((r) => ({ id: r.id, tier: r.tier, change: r.change, source: r.source, note: r.note, actorName: r.actor_name, createdAt: r.created_at.toISOString() })),
      total,
      q,
    );
  }

  async pyramid(): Promise<TierPyramidDto> {
    const rows: { tier: string; n: number }[] = await this.db.query(PYRAMID);
    const by = new Map(rows.map((r) => [r.tier, r.n]));
    return { tiers: COMPANY_TIERS.map((tier) => ({ tier, companies: by.get(tier) ?? 0 })), none: by.get('') ?? 0, companies: by.get('*') ?? 0 };
  }
}
