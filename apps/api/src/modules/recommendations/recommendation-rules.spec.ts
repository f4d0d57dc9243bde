import { recommendationConditionSchema, type RecommendationCondition } from '@qifu/contracts';
import { SEED_RECOMMENDATION_RULES } from '../../database/seed/data/recommendation-rules';
import { SEED_CATEGORIES } from '../../database/seed/data/categories';
import { SEED_SERVICES } from '../../database/seed/data/services';
import { conditionHolds, PEER_WEIGHT, rankCategories, renderReason, type CompanyProfile, type EvaluatedRule } from './recommendation-rules';

const techSme: CompanyProfile = { stage: 'growth', tiers: ['tech_sme'], industry: '电子信息' };
const none = new Set<string>();

function rule(id: string, categoryCode: string, weight: number, condition: RecommendationCondition, serviceId: string | null = null): EvaluatedRule {
  return { id, categoryCode, weight, condition, serviceId, reasonZh: `理由${id}`, reasonEn: `reason ${id}` };
}

describe('conditions', () => {
  it('hold when every clause holds', () => {
    const gaoqi: RecommendationCondition = { all: [{ type: 'has_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }] };
    expect(conditionHolds(gaoqi, techSme, none)).toBe(true);
    expect(conditionHolds(gaoqi, { ...techSme, tiers: ['tech_sme', 'high_tech'] }, none)).toBe(false);
    expect(conditionHolds(gaoqi, { ...techSme, tiers: [] }, none)).toBe(false);
  });

  it('read stage, industry and the categories of past intents', () => {
    expect(conditionHolds({ all: [{ type: 'stage_in', stages: ['startup', 'growth'] }] }, techSme, none)).toBe(true);
    expect(conditionHolds({ all: [{ type: 'stage_in', stages: ['mature'] }] }, techSme, none)).toBe(false);
    expect(conditionHolds({ all: [{ type: 'industry_in', industries: ['电子信息'] }] }, techSme, none)).toBe(true);
    expect(conditionHolds({ all: [{ type: 'industry_in', industries: ['生物医药'] }] }, techSme, none)).toBe(false);
    const past = new Set(['recruitment']);
    expect(conditionHolds({ all: [{ type: 'has_intent_in', category: 'recruitment' }] }, techSme, past)).toBe(true);
    expect(conditionHolds({ all: [{ type: 'has_intent_in', category: 'recruitment' }] }, techSme, none)).toBe(false);
    expect(conditionHolds({ all: [{ type: 'no_intent_in', category: 'recruitment' }] }, techSme, past)).toBe(false);
    expect(conditionHolds({ all: [{ type: 'no_intent_in', category: 'recruitment' }] }, techSme, none)).toBe(true);
  });
});

describe('ranking categories', () => {
  const rules = [
    rule('a', 'project-application', 60, { all: [{ type: 'has_tier', tier: 'tech_sme' }] }, 'svc-gaoqi'),
    rule('b', 'project-application', 10, { all: [{ type: 'stage_in', stages: ['growth'] }] }),
    rule('c', 'recruitment', 35, { all: [{ type: 'stage_in', stages: ['growth'] }] }),
    rule('d', 'listing', 40, { all: [{ type: 'stage_in', stages: ['mature'] }] }),
  ];

  it('sums the weights of the matching rules per category, heaviest rule first', () => {
    const ranked = rankCategories({ profile: techSme, pastCategories: none, rules, peers: new Map() });
    expect(ranked.map((r) => [r.categoryCode, r.score])).toEqual([['project-application', 70], ['recruitment', 35]]);
    expect(ranked[0].rules.map((r) => r.id)).toEqual(['a', 'b']);
    expect(ranked.every((r) => r.source === 'rule')).toBe(true);
  });

  it('adds the peers as a light signal: it orders categories no rule reaches, and breaks ties', () => {
    const peers = new Map([['computing', 10], ['tech-finance', 5], ['recruitment', 10]]);
    const ranked = rankCategories({ profile: techSme, pastCategories: none, rules, peers });
    expect(ranked.map((r) => r.categoryCode)).toEqual(['project-application', 'recruitment', 'computing', 'tech-finance']);
    expect(ranked[1].score).toBe(35 + PEER_WEIGHT);
    expect(ranked[2]).toMatchObject({ source: 'peers', score: PEER_WEIGHT, peerCount: 10 });
    expect(ranked[3].score).toBe(PEER_WEIGHT / 2);
    // Lighter than any rule: a rule's category stays above a peers-only one.
    expect(PEER_WEIGHT).toBeLessThan(Math.min(...SEED_RECOMMENDATION_RULES.map((r) => r.weight)));
  });

  it('puts the viewed service\'s category first on its page', () => {
    const ranked = rankCategories({ profile: techSme, pastCategories: none, rules, peers: new Map(), focusCategory: 'computing' });
    expect(ranked[0]).toMatchObject({ categoryCode: 'computing', score: 0, source: 'related', focus: true });
    expect(ranked.slice(1).map((r) => r.categoryCode)).toEqual(['project-application', 'recruitment']);
  });

  it('gives nothing when nothing matches and no peer asked', () => {
    expect(rankCategories({ profile: { stage: 'listing', tiers: [], industry: '' }, pastCategories: none, rules, peers: new Map() })).toEqual([]);
  });

  it('fills a reason\'s placeholders', () => {
    expect(renderReason('园区{category}可用：{service}', { category: '算力服务', service: '云主机' })).toBe('园区算力服务可用：云主机');
  });
});

describe('the seeded rules', () => {
  it('parse, name real categories and services, and cover the life cycle', () => {
    const codes = new Set(SEED_CATEGORIES.map((c) => c.code));
    expect(SEED_RECOMMENDATION_RULES.length).toBeGreaterThanOrEqual(10);
    expect(SEED_RECOMMENDATION_RULES.length).toBeLessThanOrEqual(20);
    for (const r of SEED_RECOMMENDATION_RULES) {
      expect(recommendationConditionSchema.safeParse(r.condition).success).toBe(true);
      expect(codes.has(r.categoryCode)).toBe(true);
      if (r.service) {
        const s = SEED_SERVICES.find((x) => x.providerKey === r.service?.providerKey && x.title === r.service?.title);
        expect(s?.categoryCode).toBe(r.categoryCode);
      }
    }
    expect(new Set(SEED_RECOMMENDATION_RULES.map((r) => r.code)).size).toBe(SEED_RECOMMENDATION_RULES.length);
    const stages = new Set(SEED_RECOMMENDATION_RULES.flatMap((r) => r.condition.all.flatMap((c) => (c.type === 'stage_in' ? c.stages : []))));
    expect([...stages].sort()).toEqual(['growth', 'listing', 'mature', 'startup']);
  });
});
