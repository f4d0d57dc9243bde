import type { EntityManager } from 'typeorm';
import { findProblemTransition, type ProblemParty, type ProblemSatisfaction, type ProblemStatus } from '@qifu/contracts';
import { problemDeadlines } from '../../modules/problems/problem-deadlines';
import { SEED_COMPANIES } from './data/companies';

// A year of the service desk for the seeded companies: visits (走访) with the problems raised on
// them, problems companies raised themselves, in every state — some overdue at each 13710 stage,
// some 疑难, rated 满意/基本满意/不满意, some reopened. Every step is a move of the one transitions
// table (checked below), written as a timeline event, so the detail page reads as if it happened.
// Deterministic: a fixed plan, dates relative to the seeding moment. Idempotent: the first event
// of each seeded problem carries its seed key, and nothing is added once one exists.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const OPERATOR_CENTRE = '梧桐园区运营中心';
const VISITORS = [['张老师', '李主任'], ['王专员'], ['张老师', '赵科长'], ['李主任', '王专员']];

const CASES: Record<string, string[]> = {
  policy: ['高新技术企业认定的研发费用占比如何核算？希望园区讲解申报要求。', '科技型中小企业评价入库后有哪些配套政策，想了解申报时间。', '专精特新中小企业申报材料准备不全，需要政策辅导。'],
  financing: ['流动资金紧张，希望对接科技贷或知识产权质押融资。', '计划启动 A 轮股权融资，希望园区推荐合适的投资机构。', '银行授信审批周期长，希望协调合作银行加快放款。'],
  recruitment: ['研发岗位招聘困难，急需三名嵌入式软件工程师。', '新入职员工社保办理流程不清楚，希望代办指导。', '希望参加园区专场招聘会，招聘生产线技术工人。'],
  ip: ['核心技术尚未申请专利，担心被仿制，需要专利布局建议。', '商标被他人抢注，希望获得维权指导。', '软件著作权登记材料被退回，需要修改指导。'],
  premises: ['生产规模扩大，需要扩租约 500 平方米厂房。', '办公楼停车位紧张，希望园区协调。', '研发中心需要独立实验室场地，咨询园区可用空间。'],
  approval: ['环评手续办理进度缓慢，希望协调相关部门。', '新建产线的消防验收需要指导。', '营业执照经营范围变更手续咨询。'],
  'finance-tax': ['研发费用加计扣除如何申报？', '出口退税办理周期长，希望了解加快办理的途径。', '增值税留抵退税政策适用条件咨询。'],
  other: ['希望园区组织同行业企业交流活动。', '企业网络带宽不足，希望协调运营商扩容。'],
};
const CATEGORY_CODES = Object.keys(CASES);
const DEPARTMENTS = [
  ['郑州高新区人力资源和社会保障局', '就业服务科 0371-6799xxxx'],
  ['郑州高新区市场监督管理局', '知识产权科 0371-6799xxxx'],
  ['国家税务总局郑州高新技术产业开发区税务局', '纳税服务科 0371-6799xxxx'],
  ['郑州高新区科技局', '高企服务窗口 0371-6799xxxx'],
] as const;
const PROGRESS = ['已与企业沟通，正在对接相关资源。', '已联系相关部门，等待回复。', '已安排专员上门了解具体情况。'];
const SOLVED = ['已协调解决，企业问题已落实。', '已完成对接，相关手续办理完毕。', '已为企业提供解决方案并落实。'];
const REOPEN = ['问题尚未完全解决，请继续跟进。', '办理结果与需求不符，需要重新处理。'];

type Shape = 'reported' | 'accepted' | 'forwarded' | 'in_progress' | 'solved' | 'reopened' | 'confirmed';
/** [final state, age in days, 疑难, reopened on the way, rating]: 41 problems, overdue ones old enough. */
const PLAN: [Shape, number, boolean, boolean, ProblemSatisfaction | null][] = [
  ['reported', 0.1, false, false, null], ['reported', 0.2, false, false, null], ['reported', 6, false, false, null], ['reported', 12, false, false, null], ['reported', 20, true, false, null],
  ['accepted', 0.3, false, false, null], ['accepted', 1, false, false, null], ['accepted', 9, false, false, null], ['accepted', 15, false, false, null], ['accepted', 25, true, false, null],
  ['forwarded', 1, false, false, null], ['forwarded', 10, false, false, null], ['forwarded', 18, false, false, null], ['forwarded', 40, true, false, null],
  ['in_progress', 2, false, false, null], ['in_progress', 4, false, false, null], ['in_progress', 16, false, false, null], ['in_progress', 30, false, false, null], ['in_progress', 22, true, false, null], ['in_progress', 70, true, false, null], ['in_progress', 35, false, true, null],
  ['solved', 5, false, false, null], ['solved', 9, false, false, null], ['solved', 14, true, false, null], ['solved', 28, false, true, null], ['solved', 45, false, false, null],
  ['reopened', 12, false, true, null], ['reopened', 26, false, true, null], ['reopened', 60, true, true, null],
  ['confirmed', 20, false, false, 'satisfied'], ['confirmed', 48, false, false, 'satisfied'], ['confirmed', 75, false, false, 'satisfied'], ['confirmed', 110, false, false, 'satisfied'],
  ['confirmed', 140, true, false, 'basically_satisfied'], ['confirmed', 180, false, true, 'basically_satisfied'], ['confirmed', 220, false, false, 'basically_satisfied'],
  ['confirmed', 260, false, true, 'dissatisfied'], ['confirmed', 300, false, false, 'dissatisfied'], ['confirmed', 330, true, false, 'satisfied'], ['confirmed', 350, false, false, 'satisfied'],
  // Confirmed without a rating: the company did not answer, the operator closed it after 7 working days.
  ['confirmed', 95, false, false, null],
];
export const SEED_PROBLEM_COUNT = PLAN.length;

interface Step {
  to: ProblemStatus;
  at: number;
  by: ProblemParty;
  note: string | null;
  detail: Record<string, unknown>;
}

export async function seedProblems(m: EntityManager, anchor = new Date()): Promise<{ visits: number; problems: number }> {
  const done: unknown[] = await m.query(`SELECT 1 FROM problem_event WHERE detail ? 'seedKey' LIMIT 1`);
  if (done.length) return { visits: 0, problems: 0 };
  const staff: { id: string; display_name: string }[] = await m.query(
    `SELECT id, display_name FROM app_user WHERE org_kind = 'operator' ORDER BY created_at, id LIMIT 3`,
  );
  const now = anchor.getTime();
  const companies = SEED_COMPANIES;
  // Every third problem was raised on a visit; one visit per such problem, a few days before it is registered.
  const visits: { key: string; company: string; visitedOn: string; visitors: string[]; notes: string; at: string }[] = [];
  const problems: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  PLAN.forEach(([final, ageDays, hard, reopenedOnWay, rating], i) => {
    const company = companies[(i * 7) % companies.length];
    const category = CATEGORY_CODES[i % CATEGORY_CODES.length];
    const description = CASES[category][i % CASES[category].length];
    const created = now - Math.round(ageDays * DAY) - (i % 5) * HOUR;
    const onVisit = i % 3 === 0;
    const visitKey = onVisit ? `seed:visit:${i}` : null;
    if (visitKey) {
      const visitedOn = new Date(created + 8 * HOUR).toISOString().slice(0, 10);
      visits.push({ key: visitKey, company: company.name, visitedOn, visitors: VISITORS[i % VISITORS.length], notes: `走访${company.shortName}，了解企业经营情况和发展诉求。`, at: new Date(created).toISOString() });
    }
    const assignee = staff.length ? staff[i % staff.length] : null;
    const steps: Step[] = [];
    let t = created;
    // Each later step a few hours after the last, never past the seeding moment.
    const after = (hours: number) => (t = Math.min(now - 60_000 * (40 - i), t + hours * HOUR));
    const operatorStep = (to: ProblemStatus, hours: number, note: string | null, detail: Record<string, unknown> = {}) =>
      steps.push({ to, at: after(hours), by: 'operator', note, detail });
    if (final !== 'reported') {
      const forward = final === 'forwarded' || i % 4 === 1;
      if (forward) {
        const [name, contact] = DEPARTMENTS[i % DEPARTMENTS.length];
        operatorStep('forwarded', 3, `转${name}办理`, { department: { name, contact } });
      } else {
        operatorStep('accepted', 2, null, assignee ? { assignee: { id: assignee.id, name: assignee.display_name } } : {});
      }
      if (final !== 'accepted' && final !== 'forwarded') {
        operatorStep('in_progress', 30, PROGRESS[i % PROGRESS.length]);
        if (reopenedOnWay) {
          operatorStep('solved', hard ? 200 : 60, SOLVED[i % SOLVED.length]);
          steps.push({ to: 'reopened', at: after(24), by: 'company', note: REOPEN[i % REOPEN.length], detail: {} });
          if (final !== 'reopened') operatorStep('in_progress', 20, '重新对接资源，继续办理。');
        }
        if (final === 'solved' || final === 'confirmed') operatorStep('solved', hard ? 240 : 70, SOLVED[(i + 1) % SOLVED.length]);
        if (final === 'confirmed' && rating) steps.push({ to: 'confirmed', at: after(48), by: 'company', note: rating === 'dissatisfied' ? '问题虽已办结，但耗时较长。' : '问题已解决，感谢园区。', detail: { satisfaction: rating } });
        // Three weeks of silence is past the company's 7 working days to answer, whatever the holidays.
        if (final === 'confirmed' && !rating) operatorStep('confirmed', 21 * 24, '企业办结后 7 个工作日未确认也未重开，按已解决办结。', { closedWithoutAnswer: true });
      }
    }
    const first: Step = { to: 'reported', at: created, by: onVisit || i % 2 === 0 ? 'operator' : 'company', note: null, detail: {} };
    first.note = onVisit ? '走访时登记' : first.by === 'company' ? '企业自行提交' : '园区运营中心登记';
    const all = [first, ...steps];
    for (let k = 1; k < all.length; k++) {
      const rule = findProblemTransition(all[k - 1].to, all[k].to, all[k].by);
      if (!rule || !rule.by.includes(all[k].by)) throw new Error(`Seed problem ${i}: ${all[k - 1].to} → ${all[k].to} by ${all[k].by} is not in the transitions table`);
    }
    const firstAt = (ss: ProblemStatus[]) => all.find((s) => ss.includes(s.to))?.at ?? null;
    const last = all[all.length - 1];
    const lastSolved = [...all].reverse().find((s) => s.to === 'solved')?.at ?? null;
    const due = problemDeadlines(new Date(created), hard);
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    const key = `seed:problem:${i}`;
    const dept = all.find((s) => s.detail.department)?.detail.department as { name: string; contact: string } | undefined;
    problems.push({
      key,
      visitKey,
      company: company.name,
      category,
      description,
      urgency: i % 6 === 0 ? 'urgent' : i % 13 === 0 ? 'critical' : 'normal',
      hard,
      status: last.to,
      raisedByRole: first.by,
      assigneeId: all.some((s) => s.detail.assignee) ? assignee?.id ?? null : null,
      departmentName: dept?.name ?? null,
      departmentContact: dept?.contact ?? null,
      satisfaction: final === 'confirmed' ? rating : null,
      closedWithoutAnswer: final === 'confirmed' && !rating,
      createdAt: iso(created),
      acceptDue: due.accept.toISOString(),
      progressDue: due.progress.toISOString(),
      solveDue: due.solve.toISOString(),
      acceptedAt: iso(firstAt(['accepted', 'forwarded'])),
      progressAt: iso(firstAt(['in_progress', 'solved'])),
      solvedAt: last.to === 'solved' || last.to === 'confirmed' ? iso(lastSolved) : null,
      confirmedAt: last.to === 'confirmed' ? iso(last.at) : null,
      updatedAt: iso(last.at),
      version: all.length - 1,
    });
    all.forEach((s, k) =>
      events.push({
        key,
        seq: k,
        at: iso(s.at),
        role: s.by,
        name: s.by === 'company' ? `${company.shortName} · ${company.contactName}` : `${OPERATOR_CENTRE} · ${assignee?.display_name ?? '张老师'}`,
        from: k === 0 ? null : all[k - 1].to,
        to: s.to,
        note: s.note,
        detail: k === 0 ? { seedKey: key, ...(visitKey ? { visitKey } : {}) } : s.detail,
      }),
    );
  });
  const insertedVisits: { id: string; key: string }[] = await m.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(key text, company text, "visitedOn" text, visitors jsonb, notes text, at text))
     , ins AS (
       INSERT INTO company_visit (company_id, visited_on, visitors, notes, created_at)
       SELECT c.id, r."visitedOn"::date, ARRAY(SELECT jsonb_array_elements_text(r.visitors)), r.notes, r.at::timestamptz
         FROM r JOIN company c ON c.name = r.company
       RETURNING id, notes, created_at)
     SELECT ins.id, r.key FROM ins JOIN r ON r.notes = ins.notes AND r.at::timestamptz = ins.created_at`,
    [JSON.stringify(visits)],
  );
  const visitIds = Object.fromEntries(insertedVisits.map((v) => [v.key, v.id]));
  const inserted: { id: string; key: string }[] = await m.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(key text, "visitId" text, company text, category text, description text,
                urgency text, hard boolean, status text, "raisedByRole" text, "assigneeId" text, "departmentName" text, "departmentContact" text,
                satisfaction text, "closedWithoutAnswer" boolean, "createdAt" text, "acceptDue" text, "progressDue" text, "solveDue" text, "acceptedAt" text, "progressAt" text,
                "solvedAt" text, "confirmedAt" text, "updatedAt" text, version int))
     , ins AS (
       INSERT INTO problem (company_id, visit_id, category_code, description, urgency, hard, status, raised_by_role, assignee_user_id,
                            department_name, department_contact, satisfaction, closed_without_answer, created_at, accept_due_at, progress_due_at, solve_due_at,
                            accepted_at, progress_at, solved_at, confirmed_at, updated_at, version)
       SELECT c.id, r."visitId"::uuid, r.category, r.description, r.urgency, r.hard, r.status, r."raisedByRole", r."assigneeId"::uuid,
              r."departmentName", r."departmentContact", r.satisfaction, r."closedWithoutAnswer", r."createdAt"::timestamptz, r."acceptDue"::timestamptz,
              r."progressDue"::timestamptz, r."solveDue"::timestamptz, r."acceptedAt"::timestamptz, r."progressAt"::timestamptz,
              r."solvedAt"::timestamptz, r."confirmedAt"::timestamptz, r."updatedAt"::timestamptz, r.version
         FROM r JOIN company c ON c.name = r.company
       RETURNING id, company_id, created_at, description)
     SELECT ins.id, r.key FROM ins JOIN company c ON c.id = ins.company_id
       JOIN r ON r.company = c.name AND r."createdAt"::timestamptz = ins.created_at AND r.description = ins.description`,
    [JSON.stringify(problems.map((p) => ({ ...p, visitId: p.visitKey ? visitIds[p.visitKey as string] ?? null : null })))],
  );
  const ids = Object.fromEntries(inserted.map((p) => [p.key, p.id]));
  await m.query(
    `INSERT INTO problem_event (problem_id, at, actor_role, actor_name, from_status, to_status, note, detail)
     SELECT r."problemId"::uuid, r.at::timestamptz, r.role, r.name, r."from", r."to", r.note,
            CASE WHEN r.detail ? 'visitKey' THEN (r.detail - 'visitKey') || jsonb_build_object('visitId', r."visitId") ELSE r.detail END
       FROM jsonb_to_recordset($1::jsonb) AS r("problemId" text, "visitId" text, seq int, at text, role text, name text, "from" text, "to" text, note text, detail jsonb)
      ORDER BY r."problemId", r.seq`,
    [JSON.stringify(events.filter((e) => ids[e.key as string]).map((e) => ({ ...e, problemId: ids[e.key as string], visitId: visitIds[(e.detail as { visitKey?: string }).visitKey ?? ''] ?? null })))],
  );
  return { visits: insertedVisits.length, problems: inserted.length };
}
