import { recommendationConditionSchema, recommendationRuleInputSchema, recommendationsQuerySchema } from './recommendation.schemas';

const valid = {
  code: 'high-tech-certification',
  condition: { all: [{ type: 'has_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }] },
  categoryCode: 'project-application',
  weight: 60,
  reasonZh: '贵司为科技型中小企业，可申报高新技术企业认定',
  reasonEn: 'As a tech-based SME, you can apply for high-tech enterprise certification',
};

describe('recommendation rule conditions', () => {
  it('accept the typed clauses', () => {
    expect(recommendationRuleInputSchema.parse(valid)).toMatchObject({ serviceId: null, active: true });
    for (const clause of [
      { type: 'stage_in', stages: ['startup', 'growth'] },
      { type: 'industry_in', industries: ['电子信息'] },
      { type: 'has_intent_in', category: 'recruitment' },
      { type: 'no_intent_in', category: 'bookkeeping-tax' },
    ]) {
      expect(recommendationConditionSchema.safeParse({ all: [clause] }).success).toBe(true);
    }
  });

  it.each([
    ['free SQL', { all: [{ type: 'sql', text: "tiers @> '{high_tech}'" }] }],
    ['a string', "stage = 'startup'"],
    ['no clause', { all: [] }],
    ['an unknown tier', { all: [{ type: 'has_tier', tier: 'unicorn_of_the_year' }] }],
    ['an unknown stage', { all: [{ type: 'stage_in', stages: ['teenage'] }] }],
    ['no stages', { all: [{ type: 'stage_in', stages: [] }] }],
    ['an extra key', { all: [{ type: 'has_tier', tier: 'tech_sme', or: 'true' }] }],
    ['a key beside all', { all: [{ type: 'has_tier', tier: 'tech_sme' }], any: [] }],
    ['a bad category code', { all: [{ type: 'has_intent_in', category: "x'; DROP TABLE intent; --" }] }],
  ])('reject %s', (_, condition) => {
    expect(recommendationConditionSchema.safeParse(condition).success).toBe(false);
    expect(recommendationRuleInputSchema.safeParse({ ...valid, condition }).success).toBe(false);
  });

  it('reject a weight out of range and unknown placeholders in reasons', () => {
    expect(recommendationRuleInputSchema.safeParse({ ...valid, weight: 0 }).success).toBe(false);
    expect(recommendationRuleInputSchema.safeParse({ ...valid, weight: 101 }).success).toBe(false);
    expect(recommendationRuleInputSchema.safeParse({ ...valid, reasonZh: '贵司{name}' }).success).toBe(false);
    expect(recommendationRuleInputSchema.safeParse({ ...valid, reasonZh: '园区{category}' }).success).toBe(true);
  });
});

describe('the recommendations query', () => {
  it('needs a service on a service page, and only there', () => {
    expect(recommendationsQuerySchema.parse({})).toEqual({ context: 'home' });
    expect(recommendationsQuerySchema.safeParse({ context: 'service' }).success).toBe(false);
    expect(recommendationsQuerySchema.safeParse({ context: 'service', serviceId: '6f1c2b1e-3c2a-4b7e-9a51-0d8f6a4c9e21' }).success).toBe(true);
    expect(recommendationsQuerySchema.safeParse({ serviceId: '6f1c2b1e-3c2a-4b7e-9a51-0d8f6a4c9e21' }).success).toBe(false);
  });
});
