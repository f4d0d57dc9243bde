import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CategoryDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';

@Injectable()
export class CategoriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<CategoryDto[]> {
    const rows: { code: string; name_zh: string; name_en: string; service_count: string }[] = await this.db.query(
      `SELECT c.code, c.name_zh, c.name_en,
              (SELECT count(*) FROM service_listing s JOIN provider p ON p.id = s.provider_id
                WHERE s.category_code = c.code AND s.status = 'published' AND p.status = 'approved') AS service_count
         FROM category c
        ORDER BY c.sort_order, c.code`,
    );
    return rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, serviceCount: Number(r.service_count) }));
  }

  /** Refuses a filter on a category that does not exist, rather than answering "nothing found". */
  async assertExists(code: string): Promise<void> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM category WHERE code = $1', [code]);
    if (rows.length === 0) {
      throw new AppError('UNKNOWN_CATEGORY', `Unknown category "${code}".`, [{ field: 'category', message: 'unknown category' }]);
    }
  }
}
