import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { VersionedCache } from '../../common/cache/versioned-cache';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import { expandTerm, type DictionaryGroup, type ExpandedTerm } from './query-expansion';
import { ALL_SYNONYMS } from './search-synonym.sql';

// The dictionary as searches read it, kept per catalogue version (a dictionary write bumps it):
// a search expands its terms, and may look for a correction, without reading the table each time.
@Injectable()
export class SearchDictionary {
  private readonly groups = new VersionedCache<DictionaryGroup[]>({ maxEntries: 1, newer: (a, b) => BigInt(a) > BigInt(b) });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  /** Every word of the dictionary (a typo's correction may be one no listing spells: trademark). */
  async words(): Promise<string[]> {
    return (await this.all()).flatMap((g) => g.terms);
  }

  async expand(terms: string[]): Promise<ExpandedTerm[]> {
    if (!terms.length) return [];
    const groups = await this.all();
    return terms.map((t) => expandTerm(t, groups));
  }

  private async all(): Promise<DictionaryGroup[]> {
    // The version is read before the rows: a dictionary newer than its stamp is replaced early, never served late.
    const version = await this.versions.current();
    return this.groups.get('all', version, async () => ({ value: await this.db.query(ALL_SYNONYMS) }));
  }
}
