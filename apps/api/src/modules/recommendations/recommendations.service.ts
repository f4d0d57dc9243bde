import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Statements } from '../../database/statements';
import {
  OPEN_INTENT_STATUSES,
  RECOMMENDATION_LIMITS,
  recommendationConditionSchema,
  type IntentStatus,
  type LifecycleStage,
  type ListRecommendationRulesQuery,
  type Page,
  type RecommendationDto,
  type RecommendationRuleDto,
  type RecommendationsDto,
  type RecommendationsQuery,
  type ServiceSummaryDto,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import {
  SERVICE_SUMMARIES,
  toServiceSummary,
  type ServiceSummaryRow,
} from '../listings/service-listing.sql';
import {
  ACTIVE_RULES,
  CANDIDATE_SERVICES,
  COMPANY_HISTORY,
  COMPANY_PROFILE,
  DISMISS,
  DISMISSED_SERVICES,
  PEER_CATEGORIES,
  RULE_COUNT,
  RULE_PAGE,
  SERVICE_CATEGORY,
  toRuleDto,
  UNDISMISS,
  type ActiveRuleRow,
  type CompanyProfileRow,
  type HistoryRow,
  type PeerRow,
  type RuleRow,
} from './recommendation.sql';
import {
  rankCategories,
  renderReason,
  type EvaluatedRule,
  type RankedCategory,
} from './recommendation-rules';

/** Per stage: intents per category. */
export type PeerCounts = ReadonlyMap<
  LifecycleStage,
  ReadonlyMap<string, number>
>;

/** How many of the ranked categories the cards are chosen from. */
const CARD_CATEGORIES = 8;
/** Services read per category (the best rated); a pinned service comes on top. */
const PER_CATEGORY = 2;
/** The peers' counts are a light signal: recounted at most this often per process. */
const PEER_TTL_MS = 5 * 60_000;

const OPEN = new Set<string>(OPEN_INTENT_STATUSES);

export interface CompanyRanking {
  ranked: RankedCategory[];
  history: HistoryRow[];
}

@Injectable()
export class RecommendationsService {
  private readonly logger = new Logger(RecommendationsService.name);
  private peers: { at: number; counts: PeerCounts } | null = null;
  private peersLoading: Promise<PeerCounts> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    // The company's page reads (six statements per answer) go straight to the pool, named: planned
    // once per connection, and without TypeORM's query-runner round (see Statements).
    private readonly statements: Statements,
  ) {}

  async forCompany(
    companyId: string,
    q: RecommendationsQuery,
  ): Promise<RecommendationsDto> {
    const focusId = q.context === 'service' ? (q.serviceId ?? null) : null;
    const [focusRows, dismissedRows] = await Promise.all([
      focusId
        ? this.statements.query<{ category_code: string }>(
            'rec_service_category_v1',
            SERVICE_CATEGORY,
            [focusId],
          )
        : Promise.resolve([]),
      this.statements.query<{ service_id: string }>(
        'rec_dismissed_v1',
        DISMISSED_SERVICES,
        [companyId],
      ),
    ]);
    if (focusId && !focusRows.length)
      throw new AppError(
        'SERVICE_NOT_FOUND',
        `Service ${focusId} does not exist or is not published.`,
      );
    const { ranked, history } = await this.rank(companyId, {
      focusCategory: focusRows[0]?.category_code ?? null,
    });
    const cats = ranked.slice(0, CARD_CATEGORIES);
    if (!cats.length) return { items: [] };

    // Not again what the company already asked for and is still talking about, nor what it dismissed.
    const exclude = new Set<string>(dismissedRows.map((r) => r.service_id));
    for (const h of history)
      if (h.service_id && OPEN.has(h.status as IntentStatus))
        exclude.add(h.service_id);
    if (focusId) exclude.add(focusId);
    const pinnedIds = [
      ...new Set(
        cats.flatMap((c) =>
          c.rules.flatMap((r) =>
            r.serviceId && !exclude.has(r.serviceId) ? [r.serviceId] : [],
          ),
        ),
      ),
    ];
    const [candidateRows, pinnedRows] = await Promise.all([
      this.statements.query<ServiceSummaryRow & { pick_category: string }>(
        'rec_candidates_v1',
        CANDIDATE_SERVICES,
        [cats.map((c) => c.categoryCode), [...exclude], PER_CATEGORY],
      ),
      pinnedIds.length
        ? this.statements.query<ServiceSummaryRow>(
            'rec_summaries_v1',
            SERVICE_SUMMARIES,
            [pinnedIds],
          )
        : Promise.resolve([]),
    ]);
    const pinned = new Map(pinnedRows.map((r) => [r.id, toServiceSummary(r)]));
    const candidates = new Map<string, ServiceSummaryDto[]>();
    for (const r of candidateRows)
      candidates.set(r.pick_category, [
        ...(candidates.get(r.pick_category) ?? []),
        toServiceSummary(r),
      ]);

    const queues = cats.map((c) =>
      this.cardsOf(c, pinned, candidates.get(c.categoryCode) ?? []),
    );
    // One card per category in rank order, then a second round: the cards span the categories.
    const items: RecommendationDto[] = [];
    const limit = RECOMMENDATION_LIMITS[q.context];
    for (
      let round = 0;
      items.length < limit && queues.some((qu) => qu.length > round);
      round++
    ) {
      for (const qu of queues)
        if (qu[round] && items.length < limit) items.push(qu[round]);
    }
    return { items };
  }

  /** A category's cards: its rules' own services first, then its best rated ones where a reason covers them. */
  private cardsOf(
    c: RankedCategory,
    pinned: Map<string, ServiceSummaryDto>,
    best: ServiceSummaryDto[],
  ): RecommendationDto[] {
    const out: RecommendationDto[] = [];
    const seen = new Set<string>();
    for (const rule of c.rules) {
      const s = rule.serviceId ? pinned.get(rule.serviceId) : undefined;
      if (s && !seen.has(s.id)) {
        seen.add(s.id);
        out.push(card(s, 'rule', rule));
      }
    }
    // A rule naming one service speaks for that service only; the others need a general rule, or
    // are shown as related (the service page's category) or as what peers ask for.
    const general = c.rules.find((r) => !r.serviceId);
    const fallback = c.focus ? 'related' : c.peerCount > 0 ? 'peers' : null;
    for (const s of best) {
      if (seen.has(s.id)) continue;
      if (general) out.push(card(s, 'rule', general));
      else if (fallback) out.push(card(s, fallback, null));
      else continue;
      seen.add(s.id);
    }
    return out;
  }

  /**
   * The company's categories ranked by the rules, its history and its peers. `hide`: intents left
   * out of the history (the holdout hides the latest); `peers`: counts to use instead of the kept ones;
   * `noRules`: the peers alone (the holdout's comparison).
   */
  async rank(
    companyId: string,
    opts: {
      hide?: string[];
      peers?: PeerCounts;
      focusCategory?: string | null;
      noRules?: boolean;
    } = {},
  ): Promise<CompanyRanking> {
    const [profileRows, history, rules, peers] = await Promise.all([
      this.statements.query<CompanyProfileRow>(
        'rec_profile_v1',
        COMPANY_PROFILE,
        [companyId],
      ),
      this.statements.query<HistoryRow>('rec_history_v1', COMPANY_HISTORY, [
        companyId,
        opts.hide ?? [],
      ]),
      opts.noRules ? Promise.resolve([]) : this.activeRules(),
      opts.peers ? Promise.resolve(opts.peers) : this.peerCounts(),
    ]);
    if (!profileRows.length) return { ranked: [], history: [] };
    const profile = profileRows[0];
    const ranked = rankCategories({
      profile,
      pastCategories: new Set(history.map((h) => h.category_code)),
      rules,
      peers: peers.get(profile.stage) ?? new Map(),
      focusCategory: opts.focusCategory ?? null,
    });
    return { ranked, history };
  }

  /** The kept peer counts, recounted when older than PEER_TTL_MS (one recount at a time). */
  async peerCounts(): Promise<PeerCounts> {
    if (this.peers && Date.now() - this.peers.at < PEER_TTL_MS)
      return this.peers.counts;
    this.peersLoading ??= this.countPeers([])
      .then((counts) => {
        this.peers = { at: Date.now(), counts };
        return counts;
      })
      .finally(() => {
        this.peersLoading = null;
      });
    return this.peersLoading;
  }

  /** Counts the peers' categories of the park's latest intents, without those in `hide`. */
  async countPeers(hide: string[]): Promise<PeerCounts> {
    const rows: PeerRow[] = await this.db.query(PEER_CATEGORIES, [hide]);
    const counts = new Map<LifecycleStage, Map<string, number>>();
    for (const r of rows) {
      const m = counts.get(r.stage) ?? new Map<string, number>();
      m.set(r.category_code, r.n);
      counts.set(r.stage, m);
    }
    return counts;
  }

  private async activeRules(): Promise<EvaluatedRule[]> {
    const rows = await this.statements.query<ActiveRuleRow>(
      'rec_active_rules_v1',
      ACTIVE_RULES,
      [],
    );
    return rows.flatMap((r) => {
      // Rules are written through the schema; one that no longer parses is skipped, not fatal.
      const cond = recommendationConditionSchema.safeParse(r.condition);
      if (!cond.success) {
        this.logger.warn(
          `Recommendation rule ${r.id} has an invalid condition; skipped`,
        );
        return [];
      }
      return [
        {
          id: r.id,
          condition: cond.data,
          categoryCode: r.category_code,
          serviceId: r.service_id,
          weight: r.weight,
          reasonZh: r.reason_zh,
          reasonEn: r.reason_en,
        },
      ];
    });
  }

  async dismiss(companyId: string, serviceId: string): Promise<void> {
    const rows: unknown[] = await this.db.query(DISMISS, [
      companyId,
      serviceId,
    ]);
    if (!rows.length)
      throw new AppError(
        'SERVICE_NOT_FOUND',
        `Service ${serviceId} does not exist or is not published.`,
      );
  }

  /** Takes a dismissal back; taking back one that is not there is not an error (the end state holds). */
  async undismiss(companyId: string, serviceId: string): Promise<void> {
    await this.db.query(UNDISMISS, [companyId, serviceId]);
  }

  async listRules(
    q: ListRecommendationRulesQuery,
  ): Promise<Page<RecommendationRuleDto>> {
    const category = q.categoryCode ?? null;
    const rows: (RuleRow & { total: string })[] = await this.db.query(
      RULE_PAGE,
      [category, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const total = await windowTotal(rows, q.page, async () => {
      const [r]: { n: number }[] = await this.db.query(RULE_COUNT, [category]);
      return r.n;
    });
    return toPage(rows.map(toRuleDto), total, q);
  }
}

function card(
  service: ServiceSummaryDto,
  source: RecommendationDto['source'],
  rule: EvaluatedRule | null,
): RecommendationDto {
  return {
    key: service.id,
    service,
    source,
    ruleId: rule?.id ?? null,
    reason: rule
      ? {
          zhCN: renderReason(rule.reasonZh, {
            category: service.category.nameZh,
            service: service.title,
          }),
          enUS: renderReason(rule.reasonEn, {
            category: service.category.nameEn,
            service: service.title,
          }),
        }
      : null,
  };
}
