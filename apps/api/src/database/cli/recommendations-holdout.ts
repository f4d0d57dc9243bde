import type { DataSource } from 'typeorm';
import { Statements } from '../statements';
import { RecommendationsService, type PeerCounts } from '../../modules/recommendations/recommendations.service';

// The recommendations measured on the seeded history (issue 16): for each company with an intent,
// hide its latest intent, rank its categories from the rest with the API's own code
// (RecommendationsService.rank), and count how often the hidden intent's category is in the top
// five. The hidden intents are also left out of the peers' counts, so nothing of the answer leaks
// in. Printed for three variants, so the figure says what moves it: rules and peers (what the API
// does), rules alone, peers alone.

export const HOLDOUT_TOP = 5;

interface Held {
  company_id: string;
  id: string;
  category_code: string;
}

export interface HoldoutVariant {
  name: string;
  hits: number;
  total: number;
}

export async function recommendationsHoldout(db: DataSource): Promise<HoldoutVariant[]> {
  // Unnamed statements: a one-off script gains nothing from plans kept per connection.
  const service = new RecommendationsService(db, new Statements(db, { url: '', poolSize: 1, statementTimeoutMs: 0, preparedStatements: false }));
  // A script over the whole history (a few hundred rows seeded): one pass, the latest per company.
  const held: Held[] = await db.query(
    `SELECT DISTINCT ON (company_id) company_id, id, category_code FROM intent ORDER BY company_id, created_at DESC, id DESC`,
  );
  const hide = held.map((h) => h.id);
  const peers = await service.countPeers(hide);
  const noPeers: PeerCounts = new Map();
  const variants: { name: string; opts: { peers: PeerCounts; noRules?: boolean } }[] = [
    { name: 'rules + peers (as served)', opts: { peers } },
    { name: 'rules only', opts: { peers: noPeers } },
    { name: 'peers only', opts: { peers, noRules: true } },
  ];
  const out: HoldoutVariant[] = [];
  for (const v of variants) {
    let hits = 0;
    for (const h of held) {
      const { ranked } = await service.rank(h.company_id, { hide: [h.id], ...v.opts });
      if (ranked.slice(0, HOLDOUT_TOP).some((r) => r.categoryCode === h.category_code)) hits++;
    }
    out.push({ name: v.name, hits, total: held.length });
  }
  return out;
}

export function formatHoldout(variants: HoldoutVariant[]): string {
  const pct = (v: HoldoutVariant) => (v.total ? ((100 * v.hits) / v.total).toFixed(1) : '0.0');
  const [served, ...others] = variants;
  return [
    `Recommendations holdout: ${served.total} companies with at least one intent; latest intent hidden.`,
    `Its category is in the company's top ${HOLDOUT_TOP}: ${served.hits} of ${served.total} (${pct(served)} %) — ${served.name}`,
    ...others.map((v) => `  ${v.name.padEnd(12)} ${v.hits} of ${v.total} (${pct(v)} %)`),
  ].join('\n');
}
