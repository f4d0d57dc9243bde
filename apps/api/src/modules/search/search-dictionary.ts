import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { expandTerm, type DictionaryGroup, type ExpandedTerm } from './query-expansion';
import { ALL_SYNONYMS } from './search-synonym.sql';

// The dictionary as searches read it: one small read per search that reaches the database
// (answers are kept per catalogue version, which a dictionary write bumps).
@Injectable()
export class SearchDictionary {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every word of the dictionary (a typo's correction may be one no listing spells: trademark). */
  async words(): Promise<string[]> {
    const groups: DictionaryGroup[] = await this.db.query(ALL_SYNONYMS);
    return groups.flatMap((g) => g.terms);
  }

  async expand(terms: string[]): Promise<ExpandedTerm[]> {
    if (!terms.length) return [];
    const groups: DictionaryGroup[] = await this.db.query(ALL_SYNONYMS);
    return terms.map((t) => expandTerm(t, groups));
  }
}
