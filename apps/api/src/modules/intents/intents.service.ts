import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkTransition,
  nextStates,
  type CreateIntentRequest,
  type IntentDetailDto,
  type IntentEventDto,
  type IntentParty,
  type IntentStatus,
  type ListIntentsQuery,
  type Page,
  type RatingDto,
  type TransitionIntentRequest,
} from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { Statements } from '../../database/statements';
import { InAppChannel, Notifier } from '../notifications/notifier';
import { RatingsService } from '../ratings/ratings.service';
import { IntentPolicy, type IntentParties } from './intent.policy';
import { dateOnly, INTENT_FROM, intentSummaryColumns, toIntentSummary, type IntentSummaryRow } from './intent.sql';
import { addWorkingDays } from './working-days';

/** The detail columns on top of the summary ones (alias `i`). */
const DETAIL_COLUMNS = `i.contact_name, i.contact_phone, i.contract_amount, i.signed_on, i.reason, i.first_response_at, i.response_due_at, i.accepted_at`;

type IntentDetailRow = IntentSummaryRow & {
  contact_name: string;
  contact_phone: string;
  contract_amount: string | null;
  signed_on: string | Date | null;
  reason: string | null;
  first_response_at: Date | null;
  response_due_at: Date;
  accepted_at: Date | null;
};

interface IntentRow extends IntentParties {
  id: string;
  status: IntentStatus;
  version: number;
}

const STATUS_TITLES: Record<IntentStatus, string> = {
  submitted: '收到新的合作意向',
  accepted: '合作意向已受理',
  declined: '合作意向已婉拒',
  withdrawn: '合作意向已撤回',
  negotiating: '合作意向进入洽谈',
  signed: '合作已签约',
  in_service: '服务已开始',
  completed: '服务已完成',
  closed: '合作意向已关闭',
};

@Injectable()
export class IntentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: IntentPolicy,
    private readonly notifier: Notifier,
    private readonly ratings: RatingsService,
    private readonly statements: Statements,
  ) {}

  /**
   * Creates an intent; with an idempotency key, a repeat returns the first intent (created: false).
   * A new intent comes back with its detail (read in the same statement), a repeat without it.
   */
  async create(
    actor: Actor,
    body: CreateIntentRequest,
    idempotencyKey: string | undefined,
  ): Promise<{ id: string; created: boolean; detail?: IntentDetailDto }> {
    const companyId = this.policy.companyForNewIntent(actor, body.companyId);
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    // One statement (its own transaction) does what used to take eight round trips: the repeat
    // check, the target's availability, the company check, the intent, its timeline event, the
    // provider's in-app notifications and the read-back. The API process was the bottleneck of
    // creation (PostgreSQL waited on it), so round trips are what counts.
    // The target: the published service, or else the approved provider and an existing category.
    const target = `SELECT s.provider_id, s.id AS service_id, s.category_code FROM service_listing s JOIN provider p ON p.id = s.provider_id
                      WHERE $3::uuid IS NOT NULL AND s.id = $3::uuid AND s.status = 'published' AND p.status = 'approved'
                     UNION ALL
                     SELECT p.id, NULL::uuid, c.code FROM provider p JOIN category c ON c.code = $4::text
                      WHERE $3::uuid IS NULL AND p.id = $2::uuid AND p.status = 'approved'`;
    const operator = actor.org.kind === 'operator';
    // The deadline is counted from this clock, and lands as the same span after the row's
    // created_at (the database's now()), so it is never a moment short of the working days.
    const clock = new Date();
    const params = [
      companyId,
      body.providerId ?? null,
      body.serviceId ?? null,
      body.categoryCode ?? null,
      body.need,
      body.budgetNegotiable,
      body.budgetMin ?? null,
      body.budgetMax ?? null,
      body.wishedStartDate,
      body.contactName,
      body.contactPhone,
      actor.userId,
      operator,
      idempotencyKey ?? null,
      requestHash,
      addWorkingDays(clock, this.config.INTENT_RESPONSE_WORKING_DAYS),
      actor.org.kind,
      `${actor.org.name} · ${actor.displayName}`,
      operator ? '园区运营中心撮合' : null,
      STATUS_TITLES.submitted,
      JSON.stringify({ to: 'submitted' }),
      clock,
    ];
    let rows: (IntentDetailRow & {
      existing_id: string | null;
      existing_hash: string | null;
      target_found: boolean;
      event_id: string | null;
      event_at: Date | null;
      event_actor_role: IntentParty | null;
      event_actor_name: string | null;
      event_note: string | null;
      notified_users: string[] | null;
    })[];
    try {
      rows = await this.statements.query(
        'intent_create_v2',
        `WITH existing AS (
           SELECT id, request_hash FROM intent WHERE $14::text IS NOT NULL AND company_id = $1::uuid AND idempotency_key = $14::text
         ), target AS (${target}
         ), ins AS (
           INSERT INTO intent (company_id, provider_id, service_id, category_code, need, budget_negotiable, budget_min, budget_max,
                               wished_start_date, contact_name, contact_phone, created_by, matched_by_operator,
                               idempotency_key, request_hash, response_due_at)
           SELECT $1::uuid, t.provider_id, t.service_id, t.category_code, $5::text, $6::boolean, $7::numeric, $8::numeric, $9::date,
                  $10::text, $11::text, $12::uuid, $13::boolean, $14::text, $15::text, now() + ($16::timestamptz - $22::timestamptz)
             FROM target t
            WHERE NOT EXISTS (SELECT 1 FROM existing) AND EXISTS (SELECT 1 FROM company WHERE id = $1::uuid)
           RETURNING *
         ), ev AS (
           INSERT INTO intent_event (intent_id, actor_user_id, actor_role, actor_name, from_status, to_status, note)
           SELECT ins.id, $12::uuid, $17::text, $18::text, NULL, 'submitted', $19::text FROM ins
           RETURNING id, at, actor_role, actor_name, note
         ), notified AS (
           -- Notifier's in-app channel, to every user of the provider, in the same statement; the
           -- other channels hear of it after the commit (Notifier.afterInApp below).
           ${InAppChannel.insert(`SELECT u.id, ins.id, 'transition', $20::text, $21::jsonb FROM ins JOIN app_user u ON u.provider_id = ins.provider_id`)}
         )
         SELECT (SELECT id FROM existing) AS existing_id, (SELECT request_hash FROM existing) AS existing_hash,
                (SELECT array_agg(user_id) FROM notified) AS notified_users,
                EXISTS (SELECT 1 FROM target) AS target_found,
                ${intentSummaryColumns('$12::uuid')}, ${DETAIL_COLUMNS},
                ev.id AS event_id, ev.at AS event_at, ev.actor_role AS event_actor_role, ev.actor_name AS event_actor_name, ev.note AS event_note
           FROM (SELECT 1) one
           LEFT JOIN ins i ON true
           LEFT JOIN company co ON co.id = i.company_id
           LEFT JOIN provider pr ON pr.id = i.provider_id
           LEFT JOIN category ca ON ca.code = i.category_code
           LEFT JOIN service_listing sl ON sl.id = i.service_id
           LEFT JOIN ev ON true`,
        params,
      );
    } catch (err) {
      // Two requests with the same key raced: the loser answers with the winner's intent.
      const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
      const constraint = e.constraint ?? e.driverError?.constraint;
      if (idempotencyKey && constraint === 'intent_idempotency_uq') {
        const existing = await this.findByKey(companyId, idempotencyKey, requestHash);
        if (existing) return { id: existing, created: false };
      }
      throw err;
    }
    const r = rows[0];
    if (r.existing_id) {
      if (r.existing_hash !== requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.');
      }
      return { id: r.existing_id, created: false };
    }
    if (!r.target_found) {
      throw body.serviceId
        ? new AppError('SERVICE_UNAVAILABLE_FOR_INTENT', 'This service is not available.', [{ field: 'serviceId', message: 'not available' }])
        : new AppError('SERVICE_UNAVAILABLE_FOR_INTENT', 'Unknown provider or category.', [{ field: 'providerId', message: 'not available' }]);
    }
    if (!r.id || r.event_id === null || r.event_at === null || r.event_actor_role === null) {
      throw new AppError('COMPANY_REQUIRED', 'Unknown company.', [{ field: 'companyId', message: 'unknown company' }]);
    }
    const event: IntentEventDto = {
      id: String(r.event_id),
      at: new Date(r.event_at).toISOString(),
      actorRole: r.event_actor_role,
      actorName: r.event_actor_name,
      from: null,
      to: 'submitted',
      note: r.event_note,
    };
    await this.notifier.afterInApp(this.db.manager, r.notified_users ?? [], {
      kind: 'transition',
      intentId: r.id,
      title: STATUS_TITLES.submitted,
      detail: { to: 'submitted' },
    });
    // A new intent has no rating (only a completed one can).
    return { id: r.id, created: true, detail: this.toDetail(actor, r, [event], null) };
  }

  async list(actor: Actor, q: ListIntentsQuery): Promise<Page<ReturnType<typeof toIntentSummary>>> {
    const params: unknown[] = [actor.userId];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = [this.policy.scopeSql(actor, p)];
    if (q.status) where.push(`i.status = ${p(q.status)}`);
    if (q.companyId) where.push(`i.company_id = ${p(q.companyId)}`);
    if (q.providerId) where.push(`i.provider_id = ${p(q.providerId)}`);
    if (q.overdue === 'true') where.push(`i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()`);
    if (q.q) {
      const like = p(`%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(lower(i.need) LIKE ${like} OR lower(co.name) LIKE ${like} OR lower(pr.name) LIKE ${like} OR lower(COALESCE(sl.title, '')) LIKE ${like})`);
    }
    // Providers see what needs an answer first: overdue, then new, then the rest.
    const order =
      actor.org.kind === 'provider'
        ? `(i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()) DESC, (i.status = 'submitted') DESC, i.created_at DESC, i.id DESC`
        : `i.created_at DESC, i.id DESC`;
    // The total is a separate count (run once, over the narrow intent rows alone unless the text
    // filter needs the joins), so the per-row unread count is computed for the page only — a
    // window count would compute every column of every matching row.
    const filter = where.join(' AND ');
    const rows: (IntentSummaryRow & { total: string })[] = await this.db.query(
      `SELECT ${intentSummaryColumns('$1::uuid')}, (SELECT count(*) FROM ${q.q ? INTENT_FROM : 'intent i'} WHERE ${filter}) AS total
         FROM ${INTENT_FROM}
        WHERE ${filter}
        ORDER BY ${order}
        LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`,
      params,
    );
    return { items: rows.map(toIntentSummary), total: rows.length ? Number(rows[0].total) : 0, page: q.page, pageSize: q.pageSize };
  }

  async get(actor: Actor, id: string): Promise<IntentDetailDto> {
    const rows: IntentDetailRow[] = await this.db.query(
      `SELECT ${intentSummaryColumns('$2::uuid')}, ${DETAIL_COLUMNS} FROM ${INTENT_FROM} WHERE i.id = $1`,
      [id, actor.userId],
    );
    const r = rows[0];
    this.policy.partyOf(actor, r);
    const events: { id: string; at: Date; actor_role: IntentParty; actor_name: string | null; from_status: IntentStatus | null; to_status: IntentStatus; note: string | null }[] =
      await this.db.query(`SELECT id, at, actor_role, actor_name, from_status, to_status, note FROM intent_event WHERE intent_id = $1 ORDER BY at, id`, [id]);
    // Only a completed intent can be rated, and completed is final: no other status has a rating.
    const rating = r.status === 'completed' ? await this.ratings.forIntent(id) : null;
    return this.toDetail(
      actor,
      r,
      events.map(
        (e): IntentEventDto => ({
          id: String(e.id),
          at: new Date(e.at).toISOString(),
          actorRole: e.actor_role,
          actorName: e.actor_name,
          from: e.from_status,
          to: e.to_status,
          note: e.note,
        }),
      ),
      rating,
    );
  }

  private toDetail(actor: Actor, r: IntentDetailRow, events: IntentEventDto[], rating: RatingDto | null): IntentDetailDto {
    const party = this.policy.partyOf(actor, r);
    return {
      ...toIntentSummary(r),
      contactName: r.contact_name,
      // The company's phone is for a provider that has taken the request on.
      contactPhone: party === 'provider' && !r.accepted_at ? null : r.contact_phone,
      contractAmount: r.contract_amount === null ? null : Number(r.contract_amount),
      signedOn: dateOnly(r.signed_on),
      reason: r.reason,
      firstResponseAt: r.first_response_at ? new Date(r.first_response_at).toISOString() : null,
      responseDueAt: new Date(r.response_due_at).toISOString(),
      events,
      actions: nextStates(r.status, party).map((t) => ({ to: t.to, requires: [...t.requires] })),
      rating,
      canRate: party === 'company' && r.status === 'completed' && rating === null,
      canReply: party === 'provider' && rating !== null && rating.reply === null,
    };
  }

  async transition(actor: Actor, id: string, body: TransitionIntentRequest): Promise<IntentDetailDto> {
    await this.db.transaction(async (m) => {
      const rows: IntentRow[] = await m.query(`SELECT id, status, version, company_id, provider_id FROM intent WHERE id = $1`, [id]);
      const intent = rows[0];
      const party = this.policy.partyOf(actor, intent);
      const check = checkTransition(intent.status, body.to, party);
      if ('reason' in check) {
        if (check.reason === 'wrong_party') {
          throw new AppError('TRANSITION_FORBIDDEN', `A ${party} cannot move an intent from ${intent.status} to ${body.to}.`);
        }
        throw new AppError('TRANSITION_NOT_ALLOWED', `An intent cannot go from ${intent.status} to ${body.to}.`);
      }
      const rule = (check as { rule: { requires: readonly ('reason' | 'contractAmount' | 'signedOn')[] } }).rule;
      for (const field of rule.requires) {
        if (body[field] === undefined) throw new AppError('VALIDATION_FAILED', `${field} is required for this step.`, [{ field, message: 'required' }]);
      }
      if (body.version !== undefined && body.version !== intent.version) {
        throw new AppError('INTENT_CONFLICT', 'Someone else changed this intent; reload and try again.');
      }
      const providerAnswers = party === 'provider';
      // Conditional on the version read above: of two simultaneous moves exactly one matches.
      const updated = await returning<{ id: string }>(
        m,
        `UPDATE intent SET
            status = $3, version = version + 1, updated_at = now(),
            first_response_at = CASE WHEN $4 THEN COALESCE(first_response_at, now()) ELSE first_response_at END,
            accepted_at = CASE WHEN $3 = 'accepted' THEN now() ELSE accepted_at END,
            negotiating_at = CASE WHEN $3 = 'negotiating' THEN now() ELSE negotiating_at END,
            signed_at = CASE WHEN $3 = 'signed' THEN now() ELSE signed_at END,
            contract_amount = COALESCE($5, contract_amount),
            signed_on = COALESCE($6::date, signed_on),
            completed_at = CASE WHEN $3 = 'completed' THEN now() ELSE completed_at END,
            ended_at = CASE WHEN $3 IN ('declined', 'withdrawn', 'completed', 'closed') THEN now() ELSE ended_at END,
            reason = COALESCE($7, reason)
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, intent.version, body.to, providerAnswers, body.contractAmount ?? null, body.signedOn ?? null, body.reason ?? null],
      );
      if (!updated.length) throw new AppError('INTENT_CONFLICT', 'Someone else changed this intent; reload and try again.');
      await this.recordEvent(m, id, actor, intent.status, body.to, body.reason ?? body.note ?? null);
      const others = this.policy.otherParties(party, intent);
      for (const org of others) {
        await this.notifier.toOrganisation(m, org, { kind: 'transition', intentId: id, title: STATUS_TITLES[body.to], detail: { from: intent.status, to: body.to } }, actor.userId);
      }
    });
    return this.get(actor, id);
  }

  /** Flags intents past their response deadline to the provider and the operator (once each). */
  async flagOverdue(): Promise<number> {
    return this.db.transaction(async (m) => {
      const due: { id: string; provider_id: string }[] = await m.query(
        `SELECT id, provider_id FROM intent
          WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at < now()
            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.intent_id = intent.id AND n.kind = 'overdue')
          LIMIT 500`,
      );
      for (const d of due) {
        const n = { kind: 'overdue' as const, intentId: d.id, title: '合作意向超时未响应', detail: {} };
        await this.notifier.toOrganisation(m, { kind: 'provider', id: d.provider_id }, n);
        await this.notifier.toOrganisation(m, { kind: 'operator', id: null }, n);
      }
      return due.length;
    });
  }

  private async recordEvent(m: EntityManager, intentId: string, actor: Actor, from: IntentStatus | null, to: IntentStatus, note: string | null) {
    await m.query(
      `INSERT INTO intent_event (intent_id, actor_user_id, actor_role, actor_name, from_status, to_status, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [intentId, actor.userId, actor.org.kind, `${actor.org.name} · ${actor.displayName}`, from, to, note],
    );
  }

  private async findByKey(companyId: string, key: string, requestHash: string): Promise<string | null> {
    const rows: { id: string; request_hash: string | null }[] = await this.db.query(
      `SELECT id, request_hash FROM intent WHERE company_id = $1 AND idempotency_key = $2`,
      [companyId, key],
    );
    if (!rows.length) return null;
    if (rows[0].request_hash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.');
    }
    return rows[0].id;
  }
}
