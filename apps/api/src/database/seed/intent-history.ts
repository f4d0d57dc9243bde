import type { EntityManager } from 'typeorm';
import type { IntentStatus } from '@qifu/contracts';
import { SEED_COMPANIES } from './data/companies';
import { SEED_PROVIDERS } from './data/providers';
import { SEED_SERVICES } from './data/services';

// The intents of the opening day (from the news report) plus half a year of generated history
// across every state, so the inbox, timelines and statistics have something real to show.
// Deterministic (seeded generator) and idempotent (each row has a fixed idempotency key).

const HOUR = 3600_000;
const DAY = 24 * HOUR;
export const SEED_HISTORY_SIZE = 160;

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedStep {
  to: IntentStatus;
  at: Date;
  by: 'company' | 'provider' | 'operator';
  note: string | null;
}

interface SeedIntent {
  key: string;
  companyName: string;
  providerName: string;
  serviceTitle: string | null;
  categoryCode: string;
  need: string;
  budgetNegotiable: boolean;
  budgetMin: number | null;
  budgetMax: number | null;
  wishedStartDate: string;
  contactName: string;
  contactPhone: string;
  matchedByOperator: boolean;
  createdAt: Date;
  steps: SeedStep[];
  contractAmount: number | null;
  signedOn: string | null;
  reason: string | null;
  rating: [number, number, number, number, string] | null;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data is missing ${what}`);
  return value;
}
const providerName = (key: string) => must(SEED_PROVIDERS.find((p) => p.key === key), `provider ${key}`).name;
const companyByShort = (short: string) => must(SEED_COMPANIES.find((c) => c.shortName === short), `company ${short}`);
const isoDate = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);

function openingDay(): SeedIntent[] {
  const opening = new Date('2021-01-29T10:00:00+08:00');
  const hr = providerName('bjwq-hr');
  const recruit = must(SEED_SERVICES.find((s) => s.providerKey === 'bjwq-hr' && s.categoryCode === 'recruitment'), 'an HR recruitment service');
  const intents: SeedIntent[] = ['埃尓森', '晟盾电子', '爱普锐', '博凯药业'].map((short, i) => {
    const c = companyByShort(short);
    return {
      key: `seed:opening:${i + 1}`,
      companyName: c.name,
      providerName: hr,
      serviceTitle: recruit.title,
      categoryCode: 'recruitment',
      need: `${short}拟通过企业服务超市招聘研发与管理人才，具体岗位和人数在洽谈中确定。`,
      budgetNegotiable: true,
      budgetMin: null,
      budgetMax: null,
      wishedStartDate: '2021-03-01',
      contactName: c.contactName,
      contactPhone: c.contactPhone,
      matchedByOperator: true,
      createdAt: opening,
      steps: [
        { to: 'submitted', at: opening, by: 'operator', note: '企业服务超市开业现场对接' },
        { to: 'accepted', at: new Date(opening.getTime() + HOUR), by: 'provider', note: null },
        { to: 'negotiating', at: new Date(opening.getTime() + 2 * HOUR), by: 'provider', note: '合作细节进一步洽谈中' },
      ],
      contractAmount: null,
      signedOn: null,
      reason: null,
      rating: null,
    };
  });
  const institute = companyByShort('中科院苏州医工所郑州研究院');
  const audit = must(SEED_SERVICES.find((s) => s.providerKey === 'fuping-cpa' && s.categoryCode === 'financial-audit'), 'an audit service');
  intents.push({
    key: 'seed:opening:5',
    companyName: institute.name,
    providerName: providerName('fuping-cpa'),
    serviceTitle: audit.title,
    categoryCode: 'financial-audit',
    need: '研究院年度财务审计，已达成初步合作意向。',
    budgetNegotiable: true,
    budgetMin: null,
    budgetMax: null,
    wishedStartDate: '2021-03-15',
    contactName: institute.contactName,
    contactPhone: institute.contactPhone,
    matchedByOperator: true,
    createdAt: opening,
    steps: [
      { to: 'submitted', at: opening, by: 'operator', note: '企业服务超市开业现场对接' },
      { to: 'accepted', at: new Date(opening.getTime() + HOUR), by: 'provider', note: '初步达成财务审计合作意向' },
    ],
    contractAmount: null,
    signedOn: null,
    reason: null,
    rating: null,
  });
  return intents;
}

const FINAL_WEIGHTS: [IntentStatus, number][] = [
  ['submitted', 10], ['accepted', 7], ['declined', 8], ['withdrawn', 5], ['negotiating', 12],
  ['signed', 8], ['in_service', 12], ['completed', 31], ['closed', 7],
];
const PATH: IntentStatus[] = ['submitted', 'accepted', 'negotiating', 'signed', 'in_service', 'completed'];
const COMMENTS = ['服务专业，响应及时。', '沟通顺畅，交付按期。', '整体满意，价格合理。', '顾问很负责，推荐。', '流程清晰，效率较高。', ''];
const NEEDS = ['希望尽快对接，', '请介绍服务流程和报价，', '今年内需要完成，', '想先了解案例，', '园区推荐过来，'];

function history(anchor: Date): SeedIntent[] {
  const r = rng(20210129);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const total = FINAL_WEIGHTS.reduce((n, [, w]) => n + w, 0);
  const out: SeedIntent[] = [];
  for (let i = 0; i < SEED_HISTORY_SIZE; i++) {
    const service = pick(SEED_SERVICES);
    const company = SEED_COMPANIES[5 + Math.floor(r() * (SEED_COMPANIES.length - 5))];
    let roll = r() * total;
    const final = FINAL_WEIGHTS.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'completed';
    const created = new Date(anchor.getTime() - Math.floor(r() * 182) * DAY - (2 + Math.floor(r() * 9)) * HOUR);
    const steps: SeedStep[] = [{ to: 'submitted', at: created, by: r() < 0.15 ? 'operator' : 'company', note: null }];
    let t = created.getTime();
    // Steps move forward in time but never past the anchor (the moment of seeding).
    const later = (minH: number, maxH: number) =>
      (t = Math.max(t + 1000, Math.min(anchor.getTime() - 60_000, t + (minH + r() * (maxH - minH)) * HOUR)));
    let reason: string | null = null;
    if (final === 'declined') {
      steps.push({ to: 'declined', at: new Date(later(2, 60)), by: 'provider', note: '当前排期已满，暂无法承接' });
      reason = '当前排期已满，暂无法承接';
    } else if (final === 'withdrawn') {
      steps.push({ to: 'withdrawn', at: new Date(later(1, 30)), by: 'company', note: null });
    } else if (final !== 'submitted') {
      const target = final === 'closed' ? PATH[1 + Math.floor(r() * 3)] : final;
      for (const s of PATH.slice(1, PATH.indexOf(target) + 1)) {
        const by = s === 'completed' ? 'company' : 'provider';
        steps.push({ to: s, at: new Date(s === 'accepted' ? later(1, 70) : later(20, 400)), by, note: null });
      }
      if (final === 'closed') {
        steps.push({ to: 'closed', at: new Date(later(24, 300)), by: pick(['company', 'provider', 'operator'] as const), note: '双方未就价格达成一致' });
        reason = '双方未就价格达成一致';
      }
    }
    const signedStep = steps.find((s) => s.to === 'signed');
    const price = service.price;
    const amount = price.model === 'negotiable' ? 5000 + Math.round(r() * 40) * 5000 : Math.round((price.min ?? 1000) * (1 + r() * 2));
    const negotiable = price.model === 'negotiable' || r() < 0.3;
    out.push({
      key: `seed:history:${i}`,
      companyName: company.name,
      providerName: providerName(service.providerKey),
      serviceTitle: service.title,
      categoryCode: service.categoryCode,
      need: `${pick(NEEDS)}需要「${service.title}」服务。`,
      budgetNegotiable: negotiable,
      budgetMin: negotiable ? null : Math.round(amount * 0.8),
      budgetMax: negotiable ? null : Math.round(amount * 1.3),
      wishedStartDate: isoDate(new Date(created.getTime() + 14 * DAY)),
      contactName: company.contactName,
      contactPhone: company.contactPhone,
      matchedByOperator: steps[0].by === 'operator',
      createdAt: created,
      steps,
      contractAmount: signedStep ? amount : null,
      signedOn: signedStep ? isoDate(signedStep.at) : null,
      reason,
      rating:
        final === 'completed' && r() < 0.75
          ? [3 + Math.floor(r() * 3), 3 + Math.floor(r() * 3), 3 + Math.floor(r() * 3), 3 + Math.floor(r() * 3), pick(COMMENTS)]
          : null,
    });
  }
  return out;
}

export async function seedIntents(m: EntityManager, anchor = new Date()): Promise<number> {
  const intents = [...openingDay(), ...history(anchor)];
  const rows = intents.map((s) => {
    const at = (to: IntentStatus) => s.steps.find((x) => x.to === to)?.at.toISOString() ?? null;
    const last = s.steps[s.steps.length - 1];
    const firstAnswer = s.steps.find((x) => x.by === 'provider');
    return {
      ...s,
      status: last.to,
      version: s.steps.length,
      createdAt: s.createdAt.toISOString(),
      updatedAt: last.at.toISOString(),
      responseDueAt: new Date(s.createdAt.getTime() + 2 * DAY + (s.createdAt.getUTCDay() >= 4 ? 2 * DAY : 0)).toISOString(),
      firstResponseAt: firstAnswer?.at.toISOString() ?? null,
      acceptedAt: at('accepted'),
      negotiatingAt: at('negotiating'),
      signedAt: at('signed'),
      completedAt: at('completed'),
      endedAt: ['declined', 'withdrawn', 'completed', 'closed'].includes(last.to) ? last.at.toISOString() : null,
    };
  });
  const inserted: { id: string; idempotency_key: string }[] = await m.query(
    `INSERT INTO intent (company_id, provider_id, service_id, category_code, need, budget_negotiable, budget_min, budget_max,
                         wished_start_date, contact_name, contact_phone, status, version, matched_by_operator, idempotency_key,
                         response_due_at, first_response_at, accepted_at, negotiating_at, signed_at, contract_amount, signed_on, completed_at,
                         ended_at, reason, created_at, updated_at)
     SELECT co.id, p.id, s.id, r."categoryCode", r.need, r."budgetNegotiable", r."budgetMin", r."budgetMax",
            r."wishedStartDate"::date, r."contactName", r."contactPhone", r.status, r.version, r."matchedByOperator", r.key,
            r."responseDueAt"::timestamptz, r."firstResponseAt"::timestamptz, r."acceptedAt"::timestamptz,
            r."negotiatingAt"::timestamptz, r."signedAt"::timestamptz,
            r."contractAmount", r."signedOn"::date, r."completedAt"::timestamptz, r."endedAt"::timestamptz, r.reason,
            r."createdAt"::timestamptz, r."updatedAt"::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r(key text, "companyName" text, "providerName" text, "serviceTitle" text,
            "categoryCode" text, need text, "budgetNegotiable" boolean, "budgetMin" numeric, "budgetMax" numeric,
            "wishedStartDate" text, "contactName" text, "contactPhone" text, status text, version int, "matchedByOperator" boolean,
            "responseDueAt" text, "firstResponseAt" text, "acceptedAt" text, "negotiatingAt" text, "signedAt" text, "contractAmount" numeric,
            "signedOn" text, "completedAt" text, "endedAt" text, reason text, "createdAt" text, "updatedAt" text)
       JOIN company co ON co.name = r."companyName"
       JOIN provider p ON p.name = r."providerName"
       LEFT JOIN service_listing s ON s.provider_id = p.id AND s.title = r."serviceTitle"
     ON CONFLICT (company_id, idempotency_key) DO NOTHING
     RETURNING id, idempotency_key`,
    [JSON.stringify(rows)],
  );
  if (!inserted.length) return 0;
  const byKey = new Map(inserted.map((i) => [i.idempotency_key, i.id]));
  const events = rows.flatMap((s) =>
    byKey.has(s.key)
      ? s.steps.map((st, i) => ({
          intentId: byKey.get(s.key),
          seq: i,
          at: st.at.toISOString(),
          role: st.by,
          name: st.by === 'company' ? s.companyName : st.by === 'provider' ? s.providerName : '梧桐园区运营中心',
          from: i === 0 ? null : s.steps[i - 1].to,
          to: st.to,
          note: st.note,
        }))
      : [],
  );
  await m.query(
    `INSERT INTO intent_event (intent_id, at, actor_role, actor_name, from_status, to_status, note)
     SELECT "intentId"::uuid, at::timestamptz, role, name, "from", "to", note
       FROM jsonb_to_recordset($1::jsonb) AS r("intentId" text, seq int, at text, role text, name text, "from" text, "to" text, note text)
      ORDER BY "intentId", seq`,
    [JSON.stringify(events)],
  );
  const ratings = rows
    .filter((s) => byKey.has(s.key) && s.rating)
    .map((s) => ({ intentId: byKey.get(s.key), scores: s.rating, at: new Date(new Date(s.completedAt ?? s.updatedAt).getTime() + DAY).toISOString() }));
  await m.query(
    `INSERT INTO intent_rating (intent_id, provider_id, service_id, professional, responsiveness, attitude, value, comment, created_at)
     SELECT i.id, i.provider_id, i.service_id, (r.scores->>0)::int, (r.scores->>1)::int, (r.scores->>2)::int, (r.scores->>3)::int,
            r.scores->>4, LEAST(r.at::timestamptz, now())
       FROM jsonb_to_recordset($1::jsonb) AS r("intentId" text, scores jsonb, at text)
       JOIN intent i ON i.id = r."intentId"::uuid`,
    [JSON.stringify(ratings)],
  );
  // Keep the catalogue's rating columns exact.
  const avg = `round(avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0), 2)`;
  await m.query(`UPDATE service_listing s SET rating_avg = x.a, rating_count = x.n
                   FROM (SELECT service_id, ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE service_id IS NOT NULL GROUP BY service_id) x
                  WHERE s.id = x.service_id`);
  await m.query(`UPDATE provider p SET rating_avg = x.a, rating_count = x.n
                   FROM (SELECT provider_id, ${avg} AS a, count(*)::int AS n FROM intent_rating r GROUP BY provider_id) x
                  WHERE p.id = x.provider_id`);
  return inserted.length;
}
