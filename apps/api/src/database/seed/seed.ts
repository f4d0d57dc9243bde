import type { DataSource, EntityManager } from 'typeorm';
import { SEED_CATEGORIES } from './data/categories';
import { SEED_COMPANIES } from './data/companies';
import { SEED_PROVIDERS } from './data/providers';
import { SEED_SERVICES } from './data/services';
import { SEED_SYNONYMS } from './data/search-synonyms';
import { SEED_RECOMMENDATION_RULES } from './data/recommendation-rules';
import { groupPinyin } from '../../modules/search/query-expansion';
import { fillSearchPinyin } from '../search-pinyin-fill';
import { seedIntents } from './intent-history';
import { seedProblems } from './problem-history';

export interface SeedResult {
  categories: number;
  providers: number;
  services: number;
  companies: number;
  intents: number;
  visits: number;
  problems: number;
}

// Loads the park's real catalogue. Idempotent: every row is keyed by its natural key and
// inserted only when absent, so a second run (or a run after users edited rows) changes nothing.
export async function runSeed(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (m) => {
    const categories = await insertCategories(m);
    const providers = await insertProviders(m);
    const services = await insertServices(m);
    const companies = await insertCompanies(m);
    const intents = await seedIntents(m);
    const desk = await seedProblems(m);
    await insertSynonyms(m);
    await insertRecommendationRules(m);
    // The inserts above carry no pinyin (computed in JavaScript): fill it for the search.
    await fillSearchPinyin(m);
    return { categories, providers, services, companies, intents, ...desk };
  });
}

async function insertJson(m: EntityManager, sql: string, rows: unknown[]): Promise<number> {
  const result: unknown[] = await m.query(sql, [JSON.stringify(rows)]);
  return result.length;
}

function insertCategories(m: EntityManager) {
  return insertJson(
    m,
    `INSERT INTO category (code, name_zh, name_en, sort_order)
     SELECT code, "nameZh", "nameEn", "sortOrder"
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, "nameZh" text, "nameEn" text, "sortOrder" int)
     ON CONFLICT (code) DO NOTHING
     RETURNING code`,
    SEED_CATEGORIES,
  );
}

async function insertProviders(m: EntityManager) {
  const inserted = await insertJson(
    m,
    `INSERT INTO provider (name, short_name, kind, status, summary, description, contact_name,
                           contact_phone, contact_email, address, website, joined_at)
     SELECT name, "shortName", kind, 'approved', summary, description, "contactName",
            "contactPhone", "contactEmail", address, website, "joinedAt"::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, "shortName" text, kind text, summary text,
            description text, "contactName" text, "contactPhone" text, "contactEmail" text,
            address text, website text, "joinedAt" text)
     ON CONFLICT (name) DO NOTHING
     RETURNING id`,
    SEED_PROVIDERS,
  );
  const links = SEED_PROVIDERS.flatMap((p) => p.categories.map((code) => ({ name: p.name, code })));
  await m.query(
    `INSERT INTO provider_category (provider_id, category_code)
     SELECT p.id, r.code
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, code text)
       JOIN provider p ON p.name = r.name
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(links)],
  );
  return inserted;
}

function insertServices(m: EntityManager) {
  const byKey = new Map(SEED_PROVIDERS.map((p) => [p.key, p.name]));
  const rows = SEED_SERVICES.map((s) => {
    const providerName = byKey.get(s.providerKey);
    if (!providerName) throw new Error(`Seed service "${s.title}" names unknown provider ${s.providerKey}`);
    return { ...s, providerName, priceModel: s.price.model, priceMin: s.price.min, priceMax: s.price.max, priceUnit: s.price.unit };
  });
  return insertJson(
    m,
    `INSERT INTO service_listing (provider_id, category_code, title, summary, description, deliverables,
                                  stages, price_model, price_min, price_max, price_unit, duration,
                                  status, published_at)
     SELECT p.id, r."categoryCode", r.title, r.summary, r.description,
            ARRAY(SELECT jsonb_array_elements_text(r.deliverables)),
            ARRAY(SELECT jsonb_array_elements_text(r.stages)),
            r."priceModel", r."priceMin", r."priceMax", r."priceUnit", r.duration,
            'published', r."publishedAt"::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS r("providerName" text, "categoryCode" text, title text,
            summary text, description text, deliverables jsonb, stages jsonb, "priceModel" text,
            "priceMin" numeric, "priceMax" numeric, "priceUnit" text, duration text, "publishedAt" text)
       JOIN provider p ON p.name = r."providerName"
     ON CONFLICT (provider_id, title) DO NOTHING
     RETURNING id`,
    rows,
  );
}

// A group is left alone once any of its words is in the dictionary (an operator may have edited it).
function insertSynonyms(m: EntityManager) {
  return insertJson(
    m,
    `INSERT INTO search_synonym (terms, pinyin, note)
     SELECT ARRAY(SELECT jsonb_array_elements_text(r.terms)), ARRAY(SELECT jsonb_array_elements_text(r.pinyin)), r.note
       FROM jsonb_to_recordset($1::jsonb) AS r(terms jsonb, pinyin jsonb, note text)
      WHERE NOT EXISTS (SELECT 1 FROM search_synonym x WHERE x.terms && ARRAY(SELECT jsonb_array_elements_text(r.terms)))
     RETURNING id`,
    SEED_SYNONYMS.map((g) => ({ ...g, pinyin: groupPinyin(g.terms) })),
  );
}

function insertCompanies(m: EntityManager) {
  return insertJson(
    m,
    `INSERT INTO company (name, short_name, industry, size, stage, tiers, contact_name, contact_phone, description)
     SELECT name, "shortName", industry, size, stage, ARRAY(SELECT jsonb_array_elements_text(tiers)),
            "contactName", "contactPhone", description
       FROM jsonb_to_recordset($1::jsonb) AS r(name text, "shortName" text, industry text, size text,
            stage text, tiers jsonb, "contactName" text, "contactPhone" text, description text)
     ON CONFLICT (name) DO NOTHING
     RETURNING id`,
    SEED_COMPANIES,
  );
}

// A rule naming a service points at the seeded listing (provider + title); a rule whose listing is
// missing is still inserted, for its category. Keyed by code: an operator's change stays.
function insertRecommendationRules(m: EntityManager) {
  const byKey = new Map(SEED_PROVIDERS.map((p) => [p.key, p.name]));
  const rows = SEED_RECOMMENDATION_RULES.map((r) => ({
    ...r,
    providerName: r.service ? byKey.get(r.service.providerKey) ?? null : null,
    serviceTitle: r.service?.title ?? null,
  }));
  return insertJson(
    m,
    `INSERT INTO recommendation_rule (code, condition, category_code, service_id, weight, reason_zh, reason_en)
     SELECT r.code, r.condition, r."categoryCode",
            (SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id
              WHERE p.name = r."providerName" AND s.title = r."serviceTitle"),
            r.weight, r."reasonZh", r."reasonEn"
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, condition jsonb, "categoryCode" text, "providerName" text,
            "serviceTitle" text, weight int, "reasonZh" text, "reasonEn" text)
     ON CONFLICT (code) DO NOTHING
     RETURNING id`,
    rows,
  );
}
