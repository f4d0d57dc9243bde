import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkTransition,
  INTENT_SEARCH_COUNT_CAP,
  nextStates,
  type CreateIntentRequest,
  type IntentDetailDto,
  type IntentEventDto,
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
import { Notifier } from '../notifications/notifier';
import { toRating } from '../ratings/ratings.sql';
import { uuidV7 } from '../../common/db/uuid-v7';
import { IntentCreateBatcher } from './intent-create.batcher';
import type { IntentCreateRow } from './intent-create.sql';
import type { Param } from '../../common/db/statement';
import {
  decodeCursor,
  encodeCursor,
  type IntentCursor,
  type IntentListOrder,
} from './intent-cursor';
import {
  intentListPage,
  totalKind,
  type IntentListRow,
} from './intent-list.sql';
import { IntentPolicy } from './intent.policy';
import {
  dateOnly,
  INSERT_INTENT_EVENT,
  INTENT_BY_IDEMPOTENCY_KEY,
  INTENT_DETAIL_FULL,
  INTENT_DETAIL_FULL_NAME,
  INTENT_FOR_TRANSITION,
  OVERDUE_UNFLAGGED,
  toIntentEvent,
  toIntentSummary,
  TRANSITION_INTENT,
  type IntentDetailFullRow,
  type IntentDetailRow,
  type IntentTransitionRow,
} from './intent.sql';
import { addWorkingDays } from './working-days';

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
    private readonly batcher: IntentCreateBatcher,
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
    const requestHash = createHash('sha256')
      .update(JSON.stringify(body))
      .digest('hex');
    // One statement does it all, for this request and those arriving with it (IntentCreateBatcher).
    const operator = actor.org.kind === 'operator';
    // The deadline is counted from this clock, and lands as the same span after the row's
    // created_at (the database's now()), so it is never a moment short of the working days.
    const clock = new Date();
    let r: IntentCreateRow;
    try {
      r = await this.batcher.create({
        id: uuidV7(),
        companyId,
        providerId: body.providerId ?? null,
        serviceId: body.serviceId ?? null,
        categoryCode: body.categoryCode ?? null,
        need: body.need,
        budgetNegotiable: body.budgetNegotiable,
        budgetMin: body.budgetMin ?? null,
        budgetMax: body.budgetMax ?? null,
        wishedStartDate: body.wishedStartDate,
        contactName: body.contactName,
        contactPhone: body.contactPhone,
        userId: actor.userId,
        matchedByOperator: operator,
        idempotencyKey: idempotencyKey ?? null,
        requestHash,
        responseDueAt: addWorkingDays(clock, this.config.INTENT_RESPONSE_WORKING_DAYS),
        clock,
        actorRole: actor.org.kind,
        actorName: `${actor.org.name} · ${actor.displayName}`,
        eventNote: operator ? '园区运营中心撮合' : null,
        notificationTitle: STATUS_TITLES.submitted,
        notificationDetail: JSON.stringify({ to: 'submitted' }),
      });
    } catch (err) {
      // Two requests with the same key raced: the loser answers with the winner's intent.
      const e = err as {
        code?: string;
        constraint?: string;
        driverError?: { code?: string; constraint?: string };
      };
      const constraint = e.constraint ?? e.driverError?.constraint;
      if (idempotencyKey && constraint === 'intent_idempotency_uq') {
        const existing = await this.findByKey(
          companyId,
          idempotencyKey,
          requestHash,
        );
        if (existing) return { id: existing, created: false };
      }
      throw err;
    }
    if (r.existing_id) {
      if (r.existing_hash !== requestHash) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request.',
        );
      }
      return { id: r.existing_id, created: false };
    }
    if (!r.target_found) {
      throw body.serviceId
        ? new AppError(
            'SERVICE_UNAVAILABLE_FOR_INTENT',
            'This service is not available.',
            [{ field: 'serviceId', message: 'not available' }],
          )
        : new AppError(
            'SERVICE_UNAVAILABLE_FOR_INTENT',
            'Unknown provider or category.',
            [{ field: 'providerId', message: 'not available' }],
          );
    }
    if (
      !r.id ||
      r.event_id === null ||
      r.event_at === null ||
      r.event_actor_role === null
    ) {
      throw new AppError('COMPANY_REQUIRED', 'Unknown company.', [
        { field: 'companyId', message: 'unknown company' },
      ]);
    }
    // The creation's own event, mapped as every other timeline event is.
    const event = toIntentEvent({
      id: r.event_id,
      at: r.event_at,
      actor_role: r.event_actor_role,
      actor_name: r.event_actor_name,
      from_status: null,
      to_status: 'submitted',
      note: r.event_note,
    });
    await this.notifier.afterInApp(this.db.manager, r.notified ?? [], {
      kind: 'transition',
      intentId: r.id,
      title: STATUS_TITLES.submitted,
      detail: { to: 'submitted' },
    });
    // A new intent has no rating (only a completed one can).
    return {
      id: r.id,
      created: true,
      detail: this.toDetail(actor, r, [event], null),
    };
  }

  async list(
    actor: Actor,
    q: ListIntentsQuery,
  ): Promise<Page<ReturnType<typeof toIntentSummary>>> {
    const scope = (p: Param) => this.policy.scopeSql(actor, p);
    // Providers see what needs an answer first: overdue, then new, then the rest.
    const order: IntentListOrder =
      actor.org.kind === 'provider' ? 'urgency' : 'created';
    const cursor = q.cursor ? decodeCursor(q.cursor, order) : null;
    const kind = totalKind(q, actor.org.kind === 'operator');
    const page = intentListPage(actor.userId, q, scope, order, cursor, kind);
    // Named by its shape: planning the page (1–13 ms at 1M intents) cost more than running it.
    const all = await this.statements.run<IntentListRow>('intent_list', page);
    // The one row of an empty page carries the total alone (no intent columns).
    const total = all.length ? Number(all[0].total) : 0;
    let rows = all.filter((r) => r.id !== null);
    const more = rows.length > q.pageSize;
    rows = rows.slice(0, q.pageSize);
    const back = cursor?.dir === 'prev';
    if (back) rows.reverse();
    const key = (r: IntentListRow, dir: IntentCursor['dir']) =>
      encodeCursor({
        order,
        part: Number(r.list_part),
        createdAt: r.list_key ?? '',
        id: r.id,
        dir,
      });
    const first = rows[0];
    const last = rows[rows.length - 1];
    // Reading forwards, the rows before this page exist when it was reached from a cursor or
    // an offset; reading backwards, the rows after it do (the cursor's own row at least).
    const hasBefore = back ? more : Boolean(cursor) || q.page > 1;
    const hasAfter = back ? true : more;
    return {
      items: rows.map(toIntentSummary),
      total:
        kind === 'capped' ? Math.min(total, INTENT_SEARCH_COUNT_CAP) : total,
      page: q.page,
      pageSize: q.pageSize,
      nextCursor: last && hasAfter ? key(last, 'next') : null,
      prevCursor: first && hasBefore ? key(first, 'prev') : null,
      ...(kind === 'capped'
        ? { totalCapped: total > INTENT_SEARCH_COUNT_CAP }
        : {}),
    };
  }

  async get(actor: Actor, id: string): Promise<IntentDetailDto> {
    // One round trip: the row, its timeline and its rating (INTENT_DETAIL_FULL).
    const rows = await this.statements.query<IntentDetailFullRow>(
      INTENT_DETAIL_FULL_NAME,
      INTENT_DETAIL_FULL,
      [id, actor.userId],
    );
    const r = rows[0];
    this.policy.partyOf(actor, r);
    // Only a completed intent can be rated, and completed is final: no other status has a rating.
    const rating = r.rating ? toRating(r.rating) : null;
    return this.toDetail(actor, r, r.events.map(toIntentEvent), rating);
  }

  private toDetail(
    actor: Actor,
    r: IntentDetailRow,
    events: IntentEventDto[],
    rating: RatingDto | null,
  ): IntentDetailDto {
    const party = this.policy.partyOf(actor, r);
    return {
      ...toIntentSummary(r),
      contactName: r.contact_name,
      // The company's phone is for a provider that has taken the request on.
      contactPhone:
        party === 'provider' && !r.accepted_at ? null : r.contact_phone,
      contractAmount:
        r.contract_amount === null ? null : Number(r.contract_amount),
      signedOn: dateOnly(r.signed_on),
      reason: r.reason,
      firstResponseAt: r.first_response_at
        ? new Date(r.first_response_at).toISOString()
        : null,
      responseDueAt: new Date(r.response_due_at).toISOString(),
      events,
      actions: nextStates(r.status, party).map((t) => ({
        to: t.to,
        requires: [...t.requires],
      })),
      rating,
      canRate:
        party === 'company' && r.status === 'completed' && rating === null,
      canReply:
        party === 'provider' && rating !== null && rating.reply === null,
      // The problem page is the company's and the operator's; a provider is not told of it.
      problemId:
        party === 'provider'
          ? null
          : ((r as Partial<IntentDetailFullRow>).problem_id ?? null),
    };
  }

  async transition(
    actor: Actor,
    id: string,
    body: TransitionIntentRequest,
  ): Promise<IntentDetailDto> {
    await this.db.transaction(async (m) => {
      const rows: IntentTransitionRow[] = await m.query(INTENT_FOR_TRANSITION, [
        id,
      ]);
      const intent = rows[0];
      const party = this.policy.partyOf(actor, intent);
      const check = checkTransition(intent.status, body.to, party);
      if ('reason' in check) {
        if (check.reason === 'wrong_party') {
          throw new AppError(
            'TRANSITION_FORBIDDEN',
            `A ${party} cannot move an intent from ${intent.status} to ${body.to}.`,
          );
        }
        throw new AppError(
          'TRANSITION_NOT_ALLOWED',
          `An intent cannot go from ${intent.status} to ${body.to}.`,
        );
      }
      const rule = (
        check as {
          rule: {
            requires: readonly ('reason' | 'contractAmount' | 'signedOn')[];
          };
        }
      ).rule;
      for (const field of rule.requires) {
        if (body[field] === undefined)
          throw new AppError(
            'VALIDATION_FAILED',
            `${field} is required for this step.`,
            [{ field, message: 'required' }],
          );
      }
      if (body.version !== undefined && body.version !== intent.version) {
        throw new AppError(
          'INTENT_CONFLICT',
          'Someone else changed this intent; reload and try again.',
        );
      }
      const providerAnswers = party === 'provider';
      // Conditional on the version read above (see TRANSITION_INTENT).
      const updated = await returning<{ id: string }>(m, TRANSITION_INTENT, [
        id,
        intent.version,
        body.to,
        providerAnswers,
        body.contractAmount ?? null,
        body.signedOn ?? null,
        body.reason ?? null,
      ]);
      if (!updated.length)
        throw new AppError(
          'INTENT_CONFLICT',
          'Someone else changed this intent; reload and try again.',
        );
      await this.recordEvent(
        m,
        id,
        actor,
        intent.status,
        body.to,
        body.reason ?? body.note ?? null,
      );
      const others = this.policy.otherParties(party, intent);
      for (const org of others) {
        await this.notifier.toOrganisation(
          m,
          org,
          {
            kind: 'transition',
            intentId: id,
            title: STATUS_TITLES[body.to],
            detail: { from: intent.status, to: body.to },
          },
          actor.userId,
        );
      }
    });
    return this.get(actor, id);
  }

  /** Flags intents past their response deadline to the provider and the operator (once each). */
  async flagOverdue(): Promise<number> {
    return this.db.transaction(async (m) => {
      const due: { id: string; provider_id: string }[] =
        await m.query(OVERDUE_UNFLAGGED);
      for (const d of due) {
        const n = {
          kind: 'overdue' as const,
          intentId: d.id,
          title: '合作意向超时未响应',
          detail: {},
        };
        await this.notifier.toOrganisation(
          m,
          { kind: 'provider', id: d.provider_id },
          n,
        );
        await this.notifier.toOrganisation(
          m,
          { kind: 'operator', id: null },
          n,
        );
      }
      return due.length;
    });
  }

  private async recordEvent(
    m: EntityManager,
    intentId: string,
    actor: Actor,
    from: IntentStatus | null,
    to: IntentStatus,
    note: string | null,
  ) {
    await m.query(INSERT_INTENT_EVENT, [
      intentId,
      actor.userId,
      actor.org.kind,
      `${actor.org.name} · ${actor.displayName}`,
      from,
      to,
      note,
    ]);
  }

  private async findByKey(
    companyId: string,
    key: string,
    requestHash: string,
  ): Promise<string | null> {
    const rows: { id: string; request_hash: string | null }[] =
      await this.db.query(INTENT_BY_IDEMPOTENCY_KEY, [companyId, key]);
    if (!rows.length) return null;
    if (rows[0].request_hash !== requestHash) {
      throw new AppError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    return rows[0].id;
  }
}
