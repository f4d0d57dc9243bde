import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CategoryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { CATEGORIES_WITH_COUNTS, CATEGORY_EXISTS, toCategory, type CategoryRow } from './categories.sql';

@Injectable()
export class CategoriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<CategoryDto[]> {
    const rows: CategoryRow[] = await this.db.query(CATEGORIES_WITH_COUNTS);
    return rows.map(toCategory);
  }

  /** Refuses a filter on a category that does not exist, rather than answering "nothing found". */
  async assertExists(code: string): Promise<void> {
    const rows: unknown[] = await this.db.query(CATEGORY_EXISTS, [code]);
    if (rows.length === 0) {
      throw new AppError('UNKNOWN_CATEGORY', `Unknown category "${code}".`, [{ field: 'category', message: 'unknown category' }]);
    }
  }
}
