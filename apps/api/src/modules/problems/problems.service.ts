import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canMoveProblem,
  nextProblemStates,
  PROBLEM_ANSWER_WORKING_DAYS,
  type CreateProblemRequest,
  type CreateVisitRequest,
  type ListProblemsQuery,
  type Page,
  type ProblemCategoryDto,
  type ProblemDetailDto,
  type ProblemInput,
  type ProblemParty,
  type ProblemSummaryDto,
  type ProblemTransitionRule,
  type RequestServiceForProblemRequest,
  type TransitionProblemRequest,
  type VisitDto,
} from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { IntentsService } from '../intents/intents.service';
import { addWorkingDays } from '../intents/working-days';
import { ProblemClock, problemDeadlines } from './problem-deadlines';
import {
  BRIDGEABLE_STATUSES,
  CALENDAR_OVERRIDES,
  INSERT_PROBLEM,
  INSERT_PROBLEM_EVENT,
  INSERT_VISIT,
  LINK_PROBLEM_INTENT,
  MOVE_PROBLEM,
  OPERATOR_STAFF,
  PROBLEM_CATEGORIES,
  PROBLEM_DETAIL,
  PROBLEM_FOR_BRIDGE,
  PROBLEM_FOR_MOVE,
  PROBLEM_REFERENCES,
  problemListCount,
  problemListPage,
  toProblemDetail,
  toProblemSummary,
  toVisit,
  VISIT_PROBLEMS,
  type ProblemDetailRow,
  type ProblemSummaryRow,
  type VisitRow,
} from './problems.sql';

const notFound = () => new AppError('PROBLEM_NOT_FOUND', 'No such problem.');
const actorName = (a: Actor) => `${a.org.name} · ${a.displayName}`;

// The service desk: who may see a problem (its company and the operator; anyone else is told it
// does not exist), and every move checked against the one transitions table in libs/contracts.
@Injectable()
export class ProblemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: ProblemClock,
    private readonly intents: IntentsService,
  ) {}

  async categories(): Promise<ProblemCategoryDto[]> {
    return this.db.query(PROBLEM_CATEGORIES);
  }

  async recordVisit(actor: Actor, body: CreateVisitRequest): Promise<VisitDto> {
    const { visit, companyName } = await this.db.transaction(async (m) => {
      const companyName = await this.checkReferences(m, body.companyId, body.problems.map((p) => p.categoryCode), (i) => `problems.${i}.categoryCode`);
      const [visit] = await returning<VisitRow>(m, INSERT_VISIT, [body.companyId, body.visitedOn, body.visitors, body.notes, actor.userId]);
      for (const p of body.problems) await this.insertProblem(m, actor, body.companyId, visit.id, p);
      return { visit, companyName };
    });
    const problems: ProblemSummaryRow[] = await this.db.query(VISIT_PROBLEMS, [visit.id]);
    return toVisit(visit, { id: body.companyId, name: companyName }, body.visitors, body.notes, actorName(actor), problems.map(toProblemSummary));
  }

  async raise(actor: Actor, body: CreateProblemRequest): Promise<ProblemDetailDto> {
    const { companyId: asked, ...input } = body;
    let companyId: string;
    if (actor.org.kind === 'company') {
      if (asked && asked !== actor.org.id) throw new AppError('FORBIDDEN', 'A company raises problems for itself only.', [{ field: 'companyId', message: 'not your company' }]);
      companyId = actor.org.id;
    } else {
      if (!asked) throw new AppError('COMPANY_REQUIRED', 'Name the company the problem is raised for.', [{ field: 'companyId', message: 'required' }]);
      companyId = asked;
    }
    const id = await this.db.transaction(async (m) => {
      await this.checkReferences(m, companyId, [input.categoryCode], () => 'categoryCode');
      return this.insertProblem(m, actor, companyId, null, input);
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, q: ListProblemsQuery): Promise<Page<ProblemSummaryDto>> {
    const scope = actor.org.kind === 'company' ? actor.org.id : null;
    const page = problemListPage(q, scope);
    const rows: ProblemSummaryRow[] = await this.db.query(page.text, page.values);
    const total = await windowTotal(rows as { total: string }[], q.page, async () => {
      const c = problemListCount(q, scope);
      return Number(((await this.db.query(c.text, c.values)) as { n: string }[])[0].n);
    });
    return toPage(rows.map(toProblemSummary), total, q);
  }

  async get(actor: Actor, id: string): Promise<ProblemDetailDto> {
    const rows: ProblemDetailRow[] = await this.db.query(PROBLEM_DETAIL, [id]);
    const r = rows[0];
    const party = this.partyOf(actor, r);
    const answerDue = r.status === 'solved' && r.solved_at ? await this.answerDue(this.db.manager, r.solved_at) : null;
    // The operator's close without an answer is offered only once the company's time is up.
    const waiting = answerDue !== null && this.clock.now() < answerDue;
    return toProblemDetail(
      r,
      nextProblemStates(r.status, party)
        .filter((t) => !(party === 'operator' && t.from === 'solved' && t.to === 'confirmed' && waiting))
        .map((t) => ({ to: t.to, requires: [...t.requires] })),
      party === 'operator' && r.intent === null && BRIDGEABLE_STATUSES.includes(r.status),
      answerDue,
    );
  }

  /** When the company's time to confirm or reopen a problem solved at `solvedAt` ends (working days, China time). */
  private async answerDue(m: EntityManager, solvedAt: Date): Promise<Date> {
    const days: { day: string; working: boolean }[] = await m.query(CALENDAR_OVERRIDES, [solvedAt]);
    return addWorkingDays(new Date(solvedAt), PROBLEM_ANSWER_WORKING_DAYS, new Map(days.map((d) => [d.day, d.working])));
  }

  /**
   * Turns an open problem into a marketplace request: a cooperation intent for the problem's
   * company (matched by the operator, as the intents module does for operators), then the link.
   * The intent is created through IntentsService (its own batched statement and notifications),
   * so the two writes are not one transaction; the Idempotency-Key derived from the problem makes
   * a retry after a failure between them find the same intent instead of making a second one.
   */
  async requestService(actor: Actor, id: string, body: RequestServiceForProblemRequest): Promise<ProblemDetailDto> {
    const rows: { id: string; company_id: string; status: ProblemDetailRow['status']; version: number; intent_id: string | null }[] =
      await this.db.query(PROBLEM_FOR_BRIDGE, [id]);
    const p = rows[0];
    if (this.partyOf(actor, p) !== 'operator') throw new AppError('TRANSITION_FORBIDDEN', 'Only the operation centre turns a problem into a request.');
    if (p.intent_id !== null || !BRIDGEABLE_STATUSES.includes(p.status)) {
      throw new AppError('PROBLEM_NOT_BRIDGEABLE', p.intent_id ? 'This problem already has its marketplace request.' : `A ${p.status} problem is not open.`);
    }
    if (body.version !== p.version) throw new AppError('PROBLEM_CONFLICT', 'Someone else changed this problem; reload and try again.');
    const { version, ...request } = body;
    const made = await this.intents.create(
      actor,
      { ...request, companyId: p.company_id, budgetNegotiable: true },
      `problem-${id}`,
    );
    await this.db.transaction(async (m) => {
      const linked = await returning<{ id: string; from_status: ProblemDetailRow['status']; to_status: ProblemDetailRow['status'] }>(m, LINK_PROBLEM_INTENT, [
        id,
        version,
        made.id,
        actor.userId,
      ]);
      if (!linked.length) throw new AppError('PROBLEM_CONFLICT', 'Someone else changed this problem; reload and try again.');
      const l = linked[0];
      await m.query(INSERT_PROBLEM_EVENT, [id, actor.userId, 'operator', actorName(actor), l.from_status, l.to_status, '转为企服超市服务需求', JSON.stringify({ intentId: made.id })]);
    });
    return this.get(actor, id);
  }

  async move(actor: Actor, id: string, body: TransitionProblemRequest): Promise<ProblemDetailDto> {
    await this.db.transaction(async (m) => {
      const rows: { id: string; company_id: string; status: ProblemDetailRow['status']; version: number; solved_at: Date | null }[] = await m.query(PROBLEM_FOR_MOVE, [id]);
      const p = rows[0];
      const party = this.partyOf(actor, p);
      if (body.version !== p.version) throw new AppError('PROBLEM_CONFLICT', 'Someone else changed this problem; reload and try again.');
      const check = canMoveProblem(p.status, body.to, party);
      if ('reason' in check) {
        if (check.reason === 'wrong_party') throw new AppError('TRANSITION_FORBIDDEN', `A ${party} cannot move a problem from ${p.status} to ${body.to}.`);
        throw new AppError('PROBLEM_CONFLICT', `A problem cannot go from ${p.status} to ${body.to}.`);
      }
      const rule = (check as { rule: ProblemTransitionRule }).rule;
      const missing = rule.requires.filter((f) => body[f] === undefined);
      if (missing.length) throw new AppError('VALIDATION_FAILED', `${missing.join(', ')} required for this step.`, missing.map((field) => ({ field, message: 'required' })));
      // The operator closes a solved problem for a silent company, never before its time is up.
      const closedWithoutAnswer = party === 'operator' && p.status === 'solved' && body.to === 'confirmed';
      if (closedWithoutAnswer) {
        const due = await this.answerDue(m, p.solved_at as Date);
        if (this.clock.now() < due) {
          throw new AppError(
            'PROBLEM_ANSWER_PENDING',
            `The company has until ${due.toISOString()} (${PROBLEM_ANSWER_WORKING_DAYS} working days after it was solved) to confirm or reopen it.`,
          );
        }
      }
      // Only what this step asks for is written (a stray department on an accept is ignored).
      const given = <K extends keyof TransitionProblemRequest>(f: K) => ((rule.requires as readonly string[]).includes(f) ? (body[f] ?? null) : null);
      const detail: Record<string, unknown> = {};
      if (given('assigneeUserId')) {
        const staff: { display_name: string }[] = await m.query(OPERATOR_STAFF, [body.assigneeUserId]);
        if (!staff.length) throw new AppError('PROBLEM_ASSIGNEE_INVALID', 'Assign to a member of the operator staff.', [{ field: 'assigneeUserId', message: 'not operator staff' }]);
        detail.assignee = { id: body.assigneeUserId, name: staff[0].display_name };
      }
      if (given('departmentName')) detail.department = { name: body.departmentName, contact: body.departmentContact };
      if (given('satisfaction')) detail.satisfaction = body.satisfaction;
      if (closedWithoutAnswer) detail.closedWithoutAnswer = true;
      const updated = await returning<{ id: string }>(m, MOVE_PROBLEM, [
        id,
        p.version,
        body.to,
        given('assigneeUserId'),
        given('departmentName'),
        given('departmentContact'),
        given('satisfaction'),
        closedWithoutAnswer,
      ]);
      if (!updated.length) throw new AppError('PROBLEM_CONFLICT', 'Someone else changed this problem; reload and try again.');
      await m.query(INSERT_PROBLEM_EVENT, [id, actor.userId, party, actorName(actor), p.status, body.to, body.note ?? null, JSON.stringify(detail)]);
    });
    return this.get(actor, id);
  }

  private partyOf(actor: Actor, p: { company_id: string } | undefined): ProblemParty {
    if (p) {
      if (actor.org.kind === 'operator') return 'operator';
      if (actor.org.kind === 'company' && p.company_id === actor.org.id) return 'company';
    }
    throw notFound();
  }

  /** The company's name; a coded 400 for an unknown company or category (the FKs back this up). */
  private async checkReferences(m: EntityManager, companyId: string, codes: string[], fieldOf: (i: number) => string): Promise<string> {
    const [r]: { company_name: string | null; known_codes: string[] }[] = await m.query(PROBLEM_REFERENCES, [companyId, codes]);
    if (r.company_name === null) throw new AppError('COMPANY_REQUIRED', 'Unknown company.', [{ field: 'companyId', message: 'unknown company' }]);
    const unknown = codes.findIndex((c) => !r.known_codes.includes(c));
    if (unknown >= 0) {
      throw new AppError('PROBLEM_CATEGORY_UNKNOWN', `Unknown problem category ${codes[unknown]}.`, [
        { field: fieldOf(unknown), message: 'unknown category' },
      ]);
    }
    return r.company_name;
  }

  private async insertProblem(m: EntityManager, actor: Actor, companyId: string, visitId: string | null, p: ProblemInput): Promise<string> {
    const party: ProblemParty = actor.org.kind === 'company' ? 'company' : 'operator';
    const at = this.clock.now();
    const days: { day: string; working: boolean }[] = await m.query(CALENDAR_OVERRIDES, [at]);
    const due = problemDeadlines(at, p.hard, new Map(days.map((d) => [d.day, d.working])));
    const [row] = await returning<{ id: string }>(m, INSERT_PROBLEM, [
      companyId,
      visitId,
      p.categoryCode,
      p.description,
      p.urgency,
      p.hard,
      actor.userId,
      party,
      at,
      due.accept,
      due.progress,
      due.solve,
    ]);
    const note = visitId ? '走访时登记' : party === 'company' ? '企业自行提交' : '园区运营中心登记';
    await m.query(INSERT_PROBLEM_EVENT, [row.id, actor.userId, party, actorName(actor), null, 'reported', note, JSON.stringify(visitId ? { visitId } : {})]);
    return row.id;
  }
}
