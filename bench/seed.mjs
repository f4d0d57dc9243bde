#!/usr/bin/env node
// npm run bench:seed -- --intents 1000000 [--providers 200 --services 3000 --companies 20000 --seed 42]
//
// Builds the park at scale in the database of DATABASE_URL: the schema from the API's own
// migrations (the built API is started once with MIGRATE_ON_START and its catalogue seed), then
// generated providers, services, companies and intents (with their timeline events, messages and
// ratings) spread over three years, written with COPY. Deterministic: the same options and the
// same day give the same rows (dates count back from the start of today, China time).
import argon2 from 'argon2';
import pg from 'pg';
import { parseArgs } from './lib/args.mjs';
import { copyIn, line, textArray } from './lib/copy.mjs';
import { assertBenchDatabase, databaseUrl, ensureDatabase, resetSchema, UsageError } from './lib/db.mjs';
import { nxBuild, startApi } from './lib/processes.mjs';
import { rng } from './lib/prng.mjs';
import { searchPinyin } from './lib/search-pinyin.mjs';
import * as V from './lib/vocabulary.mjs';

export const BENCH_PASSWORD = 'qifu-bench-passphrase-2024';
export const BENCH_ACCOUNTS = {
  company: 'bench.company@bench.qifu',
  writer: 'bench.writer@bench.qifu',
  operator: 'bench.operator@bench.qifu',
  provider: 'bench.provider@bench.qifu',
};
/** Messages on the bench company's thread intent (the detail arm reads a long thread). */
export const BENCH_THREAD_MESSAGES = 200;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SPAN_DAYS = 3 * 365;
const STAGES = ['startup', 'growth', 'mature', 'listing'];
const TIERS = ['listed', 'neeq', 'regional_equity', 'quasi_unicorn', 'seed_unicorn', 'gazelle', 'potential_gazelle', 'high_tech', 'tech_sme', 'specialized_sme', 'little_giant', 'single_champion'];
const SIZES = ['micro', 'small', 'medium', 'large'];
const FINAL_WEIGHTS = [
  ['submitted', 10], ['accepted', 7], ['declined', 8], ['withdrawn', 5], ['negotiating', 12],
  ['signed', 8], ['in_service', 12], ['completed', 31], ['closed', 7],
];
const PATH = ['submitted', 'accepted', 'negotiating', 'signed', 'in_service', 'completed'];
const OPERATOR_NAME = '梧桐园区运营中心';
/** How many intents the signed-in bench company gets (about; a share of the total). */
const BENCH_COMPANY_INTENTS = 600;

export const SEED_DEFAULTS = { intents: 1_000_000, providers: 200, services: 3000, companies: 20000, seed: 42, port: 4401, force: false, build: true };

const isoDate = (ms) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
const fmt = (n) => Math.round(n).toLocaleString('en-US');

function progress(label, total) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(done) {
      const now = Date.now();
      const frac = total ? done / total : 1;
      if (tty) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const width = 30;
        const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
        const rate = done / Math.max(0.001, (now - started) / 1000);
        const eta = rate ? (total - done) / rate : 0;
        process.stderr.write(`\r  ${label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${fmt(done)}/${fmt(total)}  ${fmt(rate)}/s  ETA ${eta.toFixed(0)} s   `);
      } else {
        const decile = Math.floor(frac * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          process.stderr.write(`  ${label}: ${(decile * 10).toString().padStart(3)}% (${fmt(done)}/${fmt(total)}, ${((now - started) / 1000).toFixed(1)} s)\n`);
        }
      }
    },
    done() {
      this.update(total);
      if (tty) process.stderr.write('\n');
    },
  };
}

/** Migrates the empty database and loads the park's real catalogue, by starting the built API once. */
async function migrateAndSeedCatalogue(url, port) {
  const api = await startApi(url, port, { extra: { SEED_ON_START: 'true', MIGRATE_ON_START: 'true' } });
  await api.stop();
}

function personName(r) {
  return `${r.pick(V.SURNAMES)}${r.pick(V.TITLES_OF_ADDRESS)}`;
}
const phone = (r) => `138${String(r.int(1e8)).padStart(8, '0')}`;

async function copyRows(client, table, columns, rows) {
  const q = await copyIn(client, table, columns);
  for (const row of rows) await q.row(line(row));
  return q.end();
}

export async function seed(options = {}) {
  const o = { ...SEED_DEFAULTS, ...options };
  const url = databaseUrl();
  const name = assertBenchDatabase(url, o.force);
  const started = Date.now();
  const say = (s) => process.stderr.write(`${s}\n`);
  say(`bench:seed → ${name}: ${fmt(o.intents)} intents, ${fmt(o.providers)} providers, ${fmt(o.services)} services, ${fmt(o.companies)} companies (seed ${o.seed})`);

  if (o.build) {
    const ms = nxBuild(['api']);
    say(`  api build ready (${(ms / 1000).toFixed(1)} s)`);
  }
  await ensureDatabase(url);
  await resetSchema(url);
  await migrateAndSeedCatalogue(url, o.port);
  say(`  schema migrated and park catalogue loaded (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const r = rng(o.seed);
  // Anchor: the start of today in China Standard Time, so a re-run on the same day is identical.
  const anchor = Date.parse(`${isoDate(Date.now())}T00:00:00+08:00`);

  const clients = await Promise.all([0, 1, 2, 3].map(async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'qifu-bench-seed' });
    await c.connect();
    return c;
  }));
  const [main] = clients;
  try {
    const categories = (await main.query(`SELECT code, name_zh FROM category ORDER BY sort_order`)).rows;
    const catCodes = new Set(categories.map((c) => c.code));
    const existing = (await main.query(`SELECT (SELECT count(*) FROM provider)::int AS p, (SELECT count(*) FROM service_listing)::int AS s,
                                               (SELECT count(*) FROM company)::int AS c, (SELECT count(*) FROM intent)::int AS i`)).rows[0];

    // --- providers ---
    const providers = (await main.query(`SELECT p.id, p.name, p.short_name, p.kind, array_agg(pc.category_code) AS cats
                                           FROM provider p JOIN provider_category pc ON pc.provider_id = p.id GROUP BY p.id ORDER BY p.name`)).rows
      .map((p) => ({ id: p.id, name: p.name, short: p.short_name, cats: p.cats }));
    const newProviders = [];
    const kinds = Object.keys(V.KIND_CATEGORIES);
    for (let i = 0; providers.length < o.providers; i++) {
      const kind = kinds[i % kinds.length];
      const brand = V.BRANDS[i % V.BRANDS.length] + (i >= V.BRANDS.length ? V.BRANDS[Math.floor(i / V.BRANDS.length) % V.BRANDS.length] : '');
      const city = V.CITIES[Math.floor(i / 7) % V.CITIES.length];
      const [full, short] = V.KIND_WORDS[kind];
      const suffix = i >= V.BRANDS.length * V.BRANDS.length ? `${Math.floor(i / (V.BRANDS.length * V.BRANDS.length)) + 1}` : '';
      const p = {
        id: r.uuid(),
        name: `${city}${brand}${suffix}${full}`,
        short: `${brand}${suffix}${short}`,
        kind,
        cats: V.KIND_CATEGORIES[kind].filter((c) => catCodes.has(c)),
        joined: anchor - r.int(SPAN_DAYS + 200) * DAY,
      };
      providers.push(p);
      newProviders.push(p);
    }
    // pinyin / title_pinyin: the search pinyin the API writes with the names (pinyin-pro is JavaScript).
    await copyRows(main, 'provider', ['id', 'name', 'short_name', 'kind', 'status', 'summary', 'description', 'contact_name', 'contact_phone', 'address', 'joined_at', 'submitted_at', 'reviewed_at', 'created_at', 'pinyin'],
      newProviders.map((p) => {
        const at = new Date(p.joined);
        return [p.id, p.name, p.short, p.kind, 'approved', `${p.short}为园区企业提供${p.cats.map((c) => categories.find((k) => k.code === c)?.name_zh).join('、')}等服务。`,
          `${p.name}入驻梧桐园区企业服务超市。${V.DESCRIPTION_PARTS.join('')}`, personName(r), phone(r), '郑州高新区梧桐园区', at, at, at, at, searchPinyin(p.short, p.name)];
      }));
    await copyRows(main, 'provider_category', ['provider_id', 'category_code'], newProviders.flatMap((p) => p.cats.map((c) => [p.id, c])));
    say(`  providers: ${fmt(providers.length)} (+${fmt(newProviders.length)})`);

    // --- services ---
    const services = (await main.query(`SELECT id, provider_id, category_code, title, price_model, price_min, status FROM service_listing`)).rows
      .map((s) => ({ id: s.id, provider: s.provider_id, cat: s.category_code, title: s.title, amount: Number(s.price_min ?? 20000), published: s.status === 'published' }));
    const titlesByProvider = new Map();
    for (const s of services) (titlesByProvider.get(s.provider) ?? titlesByProvider.set(s.provider, new Set()).get(s.provider)).add(s.title);
    const newServices = [];
    // Titles repeat (stems × variants, numbered): each one's pinyin computed once.
    const pinyinOf = new Map();
    const titlePinyin = (title) => pinyinOf.get(title) ?? pinyinOf.set(title, searchPinyin(title)).get(title);
    const toAdd = Math.max(0, o.services - services.length);
    for (let i = 0; i < toAdd; i++) {
      const p = providers[existing.p + (i % Math.max(1, providers.length - existing.p))] ?? r.pick(providers);
      const cat = r.pick(p.cats);
      const titles = titlesByProvider.get(p.id) ?? titlesByProvider.set(p.id, new Set()).get(p.id);
      let title = `${r.pick(V.TITLE_STEMS[cat] ?? ['企业服务'])}${r.pick(V.VARIANTS)}`;
      for (let n = 2; titles.has(title); n++) title = `${title.replace(/ \d+$/, '')} ${n}`;
      titles.add(title);
      const model = r.weighted([['fixed', 4], ['range', 4], ['negotiable', 2]]);
      const min = model === 'negotiable' ? null : (1 + r.int(60)) * 500;
      const max = model === 'range' ? min + (1 + r.int(40)) * 500 : null;
      const unit = model === 'negotiable' ? null : r.pick(V.UNITS);
      const status = r.weighted([['published', 94], ['draft', 3], ['unlisted', 3]]);
      const publishedAt = status === 'draft' ? null : new Date(anchor - r.int(SPAN_DAYS) * DAY - r.int(20) * HOUR);
      const stages = STAGES.filter(() => r.chance(0.5));
      if (!stages.length) stages.push(r.pick(STAGES));
      const deliverables = V.DELIVERABLES.filter(() => r.chance(0.25)).slice(0, 4);
      const s = { id: r.uuid(), provider: p.id, cat, title, amount: min ?? 20000, published: status === 'published' };
      services.push(s);
      newServices.push([
        s.id, p.id, cat, title, `${p.short}为园区企业提供「${title}」服务，${r.pick(V.SUMMARY_TAILS)}`,
        `「${title}」由${p.name}提供。${V.DESCRIPTION_PARTS.filter(() => r.chance(0.7)).join('')}`,
        textArray(deliverables), textArray(stages), model, min, max, unit, r.pick(V.DURATIONS), status, publishedAt, publishedAt ?? new Date(anchor - DAY),
        titlePinyin(title),
      ]);
    }
    // Services keep their search_text trigger (it reads the category and provider names).
    await copyRows(main, 'service_listing', ['id', 'provider_id', 'category_code', 'title', 'summary', 'description', 'deliverables', 'stages', 'price_model', 'price_min', 'price_max', 'price_unit', 'duration', 'status', 'published_at', 'created_at', 'title_pinyin'], newServices);
    say(`  services: ${fmt(services.length)} (+${fmt(newServices.length)})`);

    // --- companies ---
    const companies = (await main.query(`SELECT id, name, contact_name, contact_phone FROM company ORDER BY name`)).rows
      .map((c) => ({ id: c.id, name: c.name, contact: c.contact_name, phone: c.contact_phone }));
    const newCompanies = [];
    const combos = V.BRANDS.length * V.BRANDS.length * V.INDUSTRY_WORDS.length;
    for (let i = 0; companies.length < Math.max(o.companies, existing.c + 2); i++) {
      const b1 = V.BRANDS[i % V.BRANDS.length];
      const b2 = V.BRANDS[Math.floor(i / V.BRANDS.length) % V.BRANDS.length];
      const [word, industry] = V.INDUSTRY_WORDS[Math.floor(i / (V.BRANDS.length * V.BRANDS.length)) % V.INDUSTRY_WORDS.length];
      const round = Math.floor(i / combos);
      const c = { id: r.uuid(), name: `${V.CITIES[i % V.CITIES.length]}${b1}${b2}${word}${round ? round + 1 + '号' : ''}有限公司`, contact: personName(r), phone: phone(r) };
      companies.push(c);
      const tiers = TIERS.filter(() => r.chance(0.08)).slice(0, 3);
      newCompanies.push([c.id, c.name, `${b1}${b2}${word}`.slice(0, 30), industry, r.pick(SIZES), r.pick(STAGES), textArray(tiers), c.contact, c.phone,
        new Date(anchor - r.int(SPAN_DAYS + 300) * DAY)]);
    }
    await copyRows(main, 'company', ['id', 'name', 'short_name', 'industry', 'size', 'stage', 'tiers', 'contact_name', 'contact_phone', 'created_at'], newCompanies);
    say(`  companies: ${fmt(companies.length)} (+${fmt(newCompanies.length)})`);

    // --- bench accounts: a company with hundreds of intents, a company that writes, an operator ---
    const benchCompany = companies[existing.c];
    const writerCompany = companies[existing.c + 1];
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await main.query(
      `INSERT INTO app_user (email, password_hash, display_name, org_kind, company_id, role) VALUES
         ($1, $4, '压测企业用户', 'company', $5, 'admin'),
         ($2, $4, '压测写入用户', 'company', $6, 'admin'),
         ($3, $4, '压测运营用户', 'operator', NULL, 'admin')`,
      [BENCH_ACCOUNTS.company, BENCH_ACCOUNTS.writer, BENCH_ACCOUNTS.operator, hash, benchCompany.id, writerCompany.id],
    );

    // --- intents with events, messages and ratings, on four COPY streams at once ---
    const published = services.filter((s) => s.published);
    const serviceOf = new Map(services.map((s) => [s.id, s]));
    const providerById = new Map(providers.map((p) => [p.id, p]));
    const nIntents = Math.max(0, o.intents - existing.i);
    const everyNth = Math.max(2, Math.floor(nIntents / BENCH_COMPANY_INTENTS));
    const sessions = clients.slice(0, 4);
    // These rows are consistent by construction: skip the per-row foreign-key triggers
    // (superuser only; otherwise they stay on and the load is just slower).
    for (const c of sessions) await c.query(`SET session_replication_role = replica`).catch(() => undefined);
    const [qi, qe, qm, qr] = await Promise.all([
      copyIn(sessions[0], 'intent', ['id', 'company_id', 'provider_id', 'service_id', 'category_code', 'need', 'budget_negotiable', 'budget_min', 'budget_max',
        'wished_start_date', 'contact_name', 'contact_phone', 'status', 'version', 'matched_by_operator', 'response_due_at', 'first_response_at',
        'accepted_at', 'negotiating_at', 'signed_at', 'contract_amount', 'signed_on', 'completed_at', 'ended_at', 'reason', 'created_at', 'updated_at']),
      copyIn(sessions[1], 'intent_event', ['intent_id', 'at', 'actor_role', 'actor_name', 'from_status', 'to_status', 'note']),
      copyIn(sessions[2], 'intent_message', ['intent_id', 'author_role', 'author_name', 'body', 'at']),
      copyIn(sessions[3], 'intent_rating', ['intent_id', 'provider_id', 'service_id', 'professional', 'responsiveness', 'attitude', 'value', 'comment', 'created_at']),
    ]);
    const bar = progress('intents', nIntents);
    let events = 0;
    let messages = 0;
    let ratings = 0;
    const latest = anchor - 60_000;
    for (let i = 0; i < nIntents; i++) {
      const company = i % everyNth === 0 ? benchCompany : companies[existing.c + 2 + r.int(companies.length - existing.c - 2)] ?? r.pick(companies);
      let service = null;
      let provider;
      let cat;
      if (published.length && r.chance(0.9)) {
        service = r.pick(published);
        provider = providerById.get(service.provider);
        cat = service.cat;
      } else {
        provider = r.pick(providers);
        cat = r.pick(provider.cats);
      }
      const final = r.weighted(FINAL_WEIGHTS);
      // Three years, slightly more in recent months (the park grows), written in the order they
      // were made, as a live system inserts them (recent intents share recent heap pages).
      const created = anchor - Math.floor(SPAN_DAYS * DAY * Math.pow(1 - (i + r()) / nIntents, 1.15)) - (2 + r.int(9)) * HOUR;
      const steps = [{ to: 'submitted', at: created, by: r.chance(0.15) ? 'operator' : 'company', note: null }];
      let t = created;
      const later = (minH, maxH) => (t = Math.max(t + 1000, Math.min(latest, t + (minH + r() * (maxH - minH)) * HOUR)));
      let reason = null;
      if (final === 'declined') {
        reason = '当前排期已满，暂无法承接';
        steps.push({ to: 'declined', at: later(2, 60), by: 'provider', note: reason });
      } else if (final === 'withdrawn') {
        steps.push({ to: 'withdrawn', at: later(1, 30), by: 'company', note: null });
      } else if (final !== 'submitted') {
        const target = final === 'closed' ? PATH[1 + r.int(3)] : final;
        for (const s of PATH.slice(1, PATH.indexOf(target) + 1)) {
          steps.push({ to: s, at: s === 'accepted' ? later(1, 70) : later(20, 400), by: s === 'completed' ? 'company' : 'provider', note: null });
        }
        if (final === 'closed') {
          reason = '双方未就价格达成一致';
          steps.push({ to: 'closed', at: later(24, 300), by: r.pick(['company', 'provider', 'operator']), note: reason });
        }
      }
      const at = (to) => steps.find((x) => x.to === to)?.at ?? null;
      const last = steps[steps.length - 1];
      const firstAnswer = steps.find((x) => x.by === 'provider');
      const signedAt = at('signed');
      const base = service ? serviceOf.get(service.id).amount : 20000;
      const amount = Math.round(base * (1 + r() * 2));
      const negotiable = r.chance(0.35);
      const id = r.uuid();
      const d = (ms) => (ms === null ? null : new Date(ms));
      const title = service ? service.title : V.TITLE_STEMS[cat]?.[0] ?? '企业服务';
      await qi.row(line([
        id, company.id, provider.id, service?.id ?? null, cat, `${r.pick(V.NEEDS)}需要「${title}」服务。`, negotiable,
        negotiable ? null : Math.round(amount * 0.8), negotiable ? null : Math.round(amount * 1.3), isoDate(created + 14 * DAY),
        company.contact, company.phone, last.to, steps.length, steps[0].by === 'operator',
        d(created + 2 * DAY + (new Date(created).getUTCDay() >= 4 ? 2 * DAY : 0)), d(firstAnswer?.at ?? null),
        d(at('accepted')), d(at('negotiating')), d(signedAt), signedAt ? amount : null, signedAt ? isoDate(signedAt) : null, d(at('completed')),
        ['declined', 'withdrawn', 'completed', 'closed'].includes(last.to) ? d(last.at) : null, reason, d(created), d(last.at),
      ]));
      for (let k = 0; k < steps.length; k++) {
        const s = steps[k];
        await qe.row(line([id, d(s.at), s.by, s.by === 'company' ? company.name : s.by === 'provider' ? provider.name : OPERATOR_NAME,
          k === 0 ? null : steps[k - 1].to, s.to, s.note]));
        events++;
      }
      if (at('accepted')) {
        const n = r.int(4);
        const from = at('accepted');
        for (let k = 0; k < n; k++) {
          const byCompany = k % 2 === 0;
          await qm.row(line([id, byCompany ? 'company' : 'provider', byCompany ? company.name : provider.name, r.pick(V.MESSAGES),
            d(Math.min(latest, from + (k + 1) * (1 + r.int(48)) * HOUR))]));
          messages++;
        }
      }
      if (final === 'completed' && r.chance(0.75)) {
        await qr.row(line([id, provider.id, service?.id ?? null, 3 + r.int(3), 3 + r.int(3), 3 + r.int(3), 3 + r.int(3), r.pick(V.COMMENTS),
          d(Math.min(latest, at('completed') + DAY))]));
        ratings++;
      }
      if ((i & 1023) === 0) bar.update(i);
    }
    const counts = await Promise.all([qi.end(), qe.end(), qm.end(), qr.end()]);
    bar.done();
    for (const c of sessions) await c.query(`SET session_replication_role = DEFAULT`).catch(() => undefined);
    say(`  intents +${fmt(counts[0])}, events +${fmt(counts[1])}, messages +${fmt(counts[2])}, ratings +${fmt(counts[3])} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (counts[0] !== nIntents || counts[1] !== events || counts[2] !== messages || counts[3] !== ratings) throw new Error('COPY row counts differ from the rows written');

    // A member of the provider with the most intents (its inbox is the busiest), and one of the
    // bench company's accepted intents topped up to exactly BENCH_THREAD_MESSAGES messages.
    // Both picked by a total order over the generated rows, so the seed stays deterministic.
    const busiest = (await main.query(`SELECT provider_id, count(*)::int AS n FROM intent GROUP BY provider_id ORDER BY n DESC, provider_id LIMIT 1`)).rows[0];
    if (busiest) {
      await main.query(`INSERT INTO app_user (email, password_hash, display_name, org_kind, provider_id, role) VALUES ($1, $2, '压测服务机构用户', 'provider', $3, 'admin')`,
        [BENCH_ACCOUNTS.provider, hash, busiest.provider_id]);
      say(`  bench provider: ${providerById.get(busiest.provider_id)?.name ?? busiest.provider_id} (${fmt(busiest.n)} intents)`);
    }
    const thread = (await main.query(
      `SELECT i.id, i.accepted_at, p.name AS provider_name, (SELECT count(*)::int FROM intent_message m WHERE m.intent_id = i.id) AS n
         FROM intent i JOIN provider p ON p.id = i.provider_id
        WHERE i.company_id = $1 AND i.accepted_at IS NOT NULL ORDER BY i.created_at DESC, i.id LIMIT 1`, [benchCompany.id])).rows[0];
    if (thread) {
      const rows = [];
      const from = new Date(thread.accepted_at).getTime();
      // Spread over the time since acceptance, never after the seed's latest instant.
      const step = Math.max(1000, Math.floor((latest - from) / (BENCH_THREAD_MESSAGES + 1)));
      for (let k = thread.n; k < BENCH_THREAD_MESSAGES; k++) {
        const byCompany = k % 2 === 0;
        rows.push([thread.id, byCompany ? 'company' : 'provider', byCompany ? benchCompany.name : thread.provider_name, V.MESSAGES[k % V.MESSAGES.length], new Date(Math.min(latest, from + (k + 1) * step))]);
      }
      await copyRows(main, 'intent_message', ['intent_id', 'author_role', 'author_name', 'body', 'at'], rows);
      say(`  thread intent ${thread.id}: ${BENCH_THREAD_MESSAGES} messages (+${rows.length})`);
    }

    // The catalogue's rating columns stay exact, as the API's seed keeps them.
    const avg = `round(avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0), 2)`;
    await main.query(`UPDATE service_listing s SET rating_avg = x.a, rating_count = x.n
                        FROM (SELECT service_id, ${avg} AS a, count(*)::int AS n FROM intent_rating r WHERE service_id IS NOT NULL GROUP BY service_id) x
                       WHERE s.id = x.service_id`);
    await main.query(`UPDATE provider p SET rating_avg = x.a, rating_count = x.n
                        FROM (SELECT provider_id, ${avg} AS a, count(*)::int AS n FROM intent_rating r GROUP BY provider_id) x
                       WHERE p.id = x.provider_id`);
    // COPY under session_replication_role = replica skipped the statistics triggers: rebuild their rollups.
    const rebuildStarted = Date.now();
    await main.query(`SELECT stats_rebuild()`);
    await main.query(`SELECT intent_status_count_rebuild()`);
    say(`  statistics rollups rebuilt (${((Date.now() - rebuildStarted) / 1000).toFixed(1)} s)`);
    const vacuumStarted = Date.now();
    await main.query(`VACUUM (ANALYZE)`);
    say(`  ratings folded into the catalogue; VACUUM ANALYZE (${((Date.now() - vacuumStarted) / 1000).toFixed(1)} s)`);

    const totals = (await main.query(`SELECT (SELECT count(*) FROM provider)::int AS providers, (SELECT count(*) FROM service_listing)::int AS services,
        (SELECT count(*) FROM company)::int AS companies, (SELECT count(*) FROM intent)::int AS intents, (SELECT count(*) FROM intent_event)::int AS events,
        (SELECT count(*) FROM intent_message)::int AS messages, (SELECT count(*) FROM intent_rating)::int AS ratings,
        (SELECT count(*) FROM intent WHERE company_id = $1)::int AS bench_company_intents`, [benchCompany.id])).rows[0];
    const seconds = (Date.now() - started) / 1000;
    say(`bench:seed done in ${seconds.toFixed(1)} s: ${Object.entries(totals).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
    return { seconds, totals, options: o };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

const isMain = process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1]);
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2), { ...SEED_DEFAULTS, build: true });
    await seed(opts);
  } catch (err) {
    process.stderr.write(`${err instanceof UsageError ? err.message : err.stack ?? err}\n`);
    process.exit(1);
  }
}
