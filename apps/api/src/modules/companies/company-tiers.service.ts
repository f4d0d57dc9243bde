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

const COMPANY_BY_ID = `
  SELECT c.id, c.name, c.short_name, c.industry, c.size, c.stage, c.tiers, c.contact_name, c.contact_phone,
         (SELECT count(*)::int FROM intent i WHERE i.company_id = c.id) AS intent_count, 1 AS total
    FROM company c WHERE c.id = $1`;
const LOCK_TIERS = `SELECT tiers FROM company WHERE id = $1 FOR UPDATE`;
const SET_TIERS = `UPDATE company SET tiers = $2, updated_at = now() WHERE id = $1`;
const INSERT_EVENTS = `
  INSERT INTO company_tier_event (company_id, tier, change, source, note, actor_id)
  SELECT $1, t.tier, t.change, 'operator', $4, $5
    FROM (SELECT unnest($2::text[]) AS tier, 'added' AS change UNION ALL SELECT unnest($3::text[]), 'removed') t`;
// Served by company_tier_event_company_idx (company_id, created_at DESC, id DESC).
const EVENTS_PAGE = `
  SELECT e.id::text, e.tier, e.change, e.source, e.note, u.display_name AS actor_name, e.created_at, count(*) OVER () AS total
    FROM company_tier_event e LEFT JOIN app_user u ON u.id = e.actor_id
   WHERE e.company_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT $2 OFFSET $3`;
const EVENTS_COUNT = `SELECT count(*)::int AS n FROM company_tier_event WHERE company_id = $1`;
// Exact counts: one pass over company (a few hundred thousand rows at most in a park).
const PYRAMID = `
  SELECT t.tier, count(*)::int AS n FROM company c CROSS JOIN LATERAL unnest(c.tiers) AS t(tier) GROUP BY t.tier
  UNION ALL SELECT '', count(*)::int FROM company WHERE cardinality(tiers) = 0
  UNION ALL SELECT '*', count(*)::int FROM company`;

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
