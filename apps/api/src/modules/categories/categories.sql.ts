import type { CategoryDto } from '@qifu/contracts';

export const CATEGORIES_WITH_COUNTS = `SELECT c.code, c.name_zh, c.name_en,
              (SELECT count(*) FROM service_listing s JOIN provider p ON p.id = s.provider_id
                WHERE s.category_code = c.code AND s.status = 'published' AND p.status = 'approved') AS service_count
         FROM category c
        ORDER BY c.sort_order, c.code`;

export interface CategoryRow {
  code: string;
  name_zh: string;
  name_en: string;
  service_count: string;
}

export const toCategory = (r: CategoryRow): CategoryDto => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, serviceCount: Number(r.service_count) });

export const CATEGORY_EXISTS = 'SELECT 1 FROM category WHERE code = $1';

/** The codes among $1 that exist. */
export const KNOWN_CATEGORIES = `SELECT code FROM category WHERE code = ANY($1::text[])`;
