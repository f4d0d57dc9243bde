import type { CompanyTier, LifecycleStage, RecommendationClause, RecommendationCondition } from '@qifu/contracts';

// The rule evaluation: pure, so the API, its unit test and the holdout script
// (database/cli/recommendations-holdout.ts) rank categories with the same code.

export interface CompanyProfile {
  stage: LifecycleStage;
  tiers: CompanyTier[];
  industry: string;
}

export interface EvaluatedRule {
  id: string;
  condition: RecommendationCondition;
  categoryCode: string;
  serviceId: string | null;
  weight: number;
  reasonZh: string;
  reasonEn: string;
}

export interface RankInput {
  profile: CompanyProfile;
  /** Categories of the company's past intents (any status). */
  pastCategories: ReadonlySet<string>;
  rules: readonly EvaluatedRule[];
  /** Intents per category recently asked by companies of the same stage ("people like you"). */
  peers: ReadonlyMap<string, number>;
  /** On a service's page: its category, whose other services are related. */
  focusCategory?: string | null;
}

export interface RankedCategory {
  categoryCode: string;
  score: number;
  /** The matching rules of this category, heaviest first. */
  rules: EvaluatedRule[];
  source: 'rule' | 'peers' | 'related';
  /** The peers' intents in this category (0: none), for cards no rule speaks for. */
  peerCount: number;
  /** The category of the service being viewed. */
  focus: boolean;
}

/**
 * The peers' signal is light: at most PEER_WEIGHT points for the stage's most requested category,
 * less than any seeded rule's weight but enough to order categories no rule reaches, and to break
 * ties between rules.
 */
export const PEER_WEIGHT = 12;

export function clauseHolds(c: RecommendationClause, profile: CompanyProfile, past: ReadonlySet<string>): boolean {
  switch (c.type) {
    case 'stage_in':
      return c.stages.includes(profile.stage);
    case 'has_tier':
      return profile.tiers.includes(c.tier);
    case 'lacks_tier':
      return !profile.tiers.includes(c.tier);
    case 'industry_in':
      return c.industries.includes(profile.industry);
    case 'has_intent_in':
      return past.has(c.category);
    case 'no_intent_in':
      return !past.has(c.category);
  }
}

export function conditionHolds(cond: RecommendationCondition, profile: CompanyProfile, past: ReadonlySet<string>): boolean {
  return cond.all.every((c) => clauseHolds(c, profile, past));
}

/**
 * Categories by score, best first (ties by code, so the order is stable); only scored ones. On a
 * service's page its own category leads whatever its score: it is what the reader is looking at.
 */
export function rankCategories(input: RankInput): RankedCategory[] {
  const byCategory = new Map<string, RankedCategory>();
  const entry = (code: string) => {
    let e = byCategory.get(code);
    if (!e) byCategory.set(code, (e = { categoryCode: code, score: 0, rules: [], source: 'peers', peerCount: 0, focus: false }));
    return e;
  };
  for (const rule of input.rules) {
    if (!conditionHolds(rule.condition, input.profile, input.pastCategories)) continue;
    const e = entry(rule.categoryCode);
    e.score += rule.weight;
    e.rules.push(rule);
    e.source = 'rule';
  }
  const top = Math.max(0, ...input.peers.values());
  if (top > 0) {
    for (const [code, n] of input.peers) {
      if (n <= 0) continue;
      const e = entry(code);
      e.score += (PEER_WEIGHT * n) / top;
      e.peerCount = n;
    }
  }
  if (input.focusCategory) {
    const e = entry(input.focusCategory);
    e.focus = true;
    if (!e.rules.length) e.source = 'related';
  }
  for (const e of byCategory.values()) e.rules.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return [...byCategory.values()].sort((a, b) => Number(b.focus) - Number(a.focus) || b.score - a.score || a.categoryCode.localeCompare(b.categoryCode));
}

/** A reason with its placeholders filled. */
export function renderReason(template: string, words: { category: string; service: string }): string {
  return template.split('{category}').join(words.category).split('{service}').join(words.service);
}
