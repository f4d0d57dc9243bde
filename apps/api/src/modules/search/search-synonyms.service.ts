import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListSynonymsQuery, Page, SynonymGroup, SynonymGroupDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { CatalogueVersionFeed } from '../listings/catalogue-version-feed';
import { groupPinyin } from './query-expansion';
import {
  DELETE_SYNONYM,
  INSERT_SYNONYM,
  SYNONYM_COUNT,
  SYNONYM_PAGE,
  SYNONYM_TERMS_TAKEN,
  toSynonymGroup,
  UPDATE_SYNONYM,
  type SynonymRow,
} from './search-synonym.sql';

// The operator's search dictionary. Its pinyin is computed here, where the words are written.
@Injectable()
export class SearchSynonymsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: CatalogueVersionFeed,
  ) {}

  async list(q: ListSynonymsQuery): Promise<Page<SynonymGroupDto>> {
    const needle = q.q ? q.q.toLowerCase() : null;
    const rows: (SynonymRow & { total: string })[] = await this.db.query(SYNONYM_PAGE, [needle, q.pageSize, (q.page - 1) * q.pageSize]);
    const total = await windowTotal(rows, q.page, async () => {
      const [r]: { n: number }[] = await this.db.query(SYNONYM_COUNT, [needle]);
      return r.n;
    });
    return toPage(rows.map(toSynonymGroup), total, q);
  }

  async create(input: SynonymGroup): Promise<SynonymGroupDto> {
    await this.assertTermsFree(input.terms, null);
    const [row] = await returning<SynonymRow>(this.db, INSERT_SYNONYM, [input.terms, groupPinyin(input.terms), input.note]);
    await this.versions.refresh();
    return toSynonymGroup(row);
  }

  async update(id: string, input: SynonymGroup): Promise<SynonymGroupDto> {
    await this.assertTermsFree(input.terms, id);
    const rows = await returning<SynonymRow>(this.db, UPDATE_SYNONYM, [id, input.terms, groupPinyin(input.terms), input.note]);
    if (!rows.length) throw notFound(id);
    await this.versions.refresh();
    return toSynonymGroup(rows[0]);
  }

  async remove(id: string): Promise<void> {
    const rows = await returning<{ id: string }>(this.db, DELETE_SYNONYM, [id]);
    if (!rows.length) throw notFound(id);
    await this.versions.refresh();
  }

  // A word in two groups would make each group's meaning depend on the other: one group per word.
  private async assertTermsFree(terms: string[], id: string | null): Promise<void> {
    const taken: { terms: string[] }[] = await this.db.query(SYNONYM_TERMS_TAKEN, [terms, id]);
    if (!taken.length) return;
    const details = terms.flatMap((t, i) => (taken[0].terms.includes(t) ? [{ field: `terms.${i}`, message: `already in the group ${taken[0].terms[0]}` }] : []));
    throw new AppError('SYNONYM_TERM_TAKEN', `A word is already in the group "${taken[0].terms.join(' = ')}".`, details);
  }
}

const notFound = (id: string) => new AppError('SYNONYM_NOT_FOUND', `Synonym group ${id} does not exist.`);
