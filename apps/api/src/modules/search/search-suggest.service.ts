import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SUGGEST_LIMIT, type SuggestDto, type SuggestItemDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { VersionedCache } from '../../common/cache/versioned-cache';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import { SearchDictionary } from './search-dictionary';
import { suggestStatement, type SuggestRow } from './search-suggest.sql';

/** Distinct prefixes kept per process (least recently used go first); an answer is ≈ 1 KB. */
const MAX_KEPT = 5000;

const hrefOf = (r: SuggestRow): string =>
  r.kind === 'service' ? `/services/${r.id}` : r.kind === 'provider' ? `/providers/${r.id}` : `/services?category=${encodeURIComponent(r.id)}`;

// Suggestions while typing, kept per catalogue version (a listing, provider, category or
// dictionary write bumps it) like the dictionary: everyone types the same first characters, so
// a repeated prefix is answered from memory without a query.
@Injectable()
export class SearchSuggestService {
  private readonly kept = new VersionedCache<SuggestDto>({ maxEntries: MAX_KEPT, newer: (a, b) => BigInt(a) > BigInt(b) });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: CatalogueVersionFeed,
    private readonly dictionary: SearchDictionary,
  ) {}

  /** The query as suggestions read it: lower-cased, spaces collapsed (one phrase). */
  static normalise(q: string): string {
    return q.trim().toLowerCase().replace(/\s+/g, ' ');
  }

  async suggest(raw: string): Promise<SuggestDto> {
    const q = SearchSuggestService.normalise(raw);
    // The version is read before the rows: an answer newer than its stamp is replaced early, never served late.
    const version = await this.versions.current();
    return this.kept.get(q, version, async () => ({ value: await this.compute(q) }));
  }

  private async compute(q: string): Promise<SuggestDto> {
    const [term] = await this.dictionary.expand([q]);
    const { text, values } = suggestStatement(term, SUGGEST_LIMIT);
    const rows: SuggestRow[] = await this.db.query(text, values);
    const of = (kind: SuggestRow['kind']) => rows.filter((r) => r.kind === kind);
    // Up to SUGGEST_PER_NAME_KIND categories and providers each; services fill the rest.
    const categories = of('category');
    const providers = of('provider');
    const services = of('service').slice(0, SUGGEST_LIMIT - categories.length - providers.length);
    const picked = [...categories, ...services, ...providers];
    const items: SuggestItemDto[] = picked.map((r) => ({ kind: r.kind, id: r.id, label: r.label, labelEn: r.label_en, href: hrefOf(r) }));
    return { q, items };
  }

  /** For tests: how many answers are kept. */
  get size(): number {
    return this.kept.size;
  }
}
