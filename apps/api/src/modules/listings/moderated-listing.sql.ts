import type { ModeratedListingDto } from '@qifu/contracts';

// The operator's moderation list: listings it unlisted and has not restored, newest moderation first.
// `moderated_at` is set exactly while a moderation stands (service_listing_moderation_chk), and the
// order is the partial index service_listing_moderated_idx, so a page reads only moderated rows.
const MODERATED_FROM = `
  service_listing s
  JOIN provider p ON p.id = s.provider_id
  JOIN category c ON c.code = s.category_code
  LEFT JOIN app_user u ON u.id = s.moderated_by`;

const moderatedWhere = (termParam: string | null) => `s.moderated_at IS NOT NULL${termParam ? ` AND (s.title ILIKE ${termParam} OR p.name ILIKE ${termParam})` : ''}`;

/** $1 page size, $2 offset, $3 (when searching) a LIKE pattern over the title and the provider's name. */
export const moderatedListingsPage = (withTerm: boolean) => `
  SELECT count(*) OVER () AS total, s.id, s.title, s.moderation_reason, s.moderated_at,
         c.code AS category_code, c.name_zh AS category_name_zh, c.name_en AS category_name_en,
         p.id AS provider_id, p.name AS provider_name, u.display_name AS moderated_by
    FROM ${MODERATED_FROM}
   WHERE ${moderatedWhere(withTerm ? '$3' : null)}
   ORDER BY s.moderated_at DESC, s.id DESC
   LIMIT $1 OFFSET $2`;

/** The same rows counted, for a page past the last one; $1 (when searching) the LIKE pattern. */
export const moderatedListingsCount = (withTerm: boolean) => `
  SELECT count(*)::int AS n FROM ${MODERATED_FROM}
   WHERE ${moderatedWhere(withTerm ? '$1' : null)}`;

export interface ModeratedListingRow {
  total: string;
  id: string;
  title: string;
  moderation_reason: string;
  moderated_at: Date;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  provider_id: string;
  provider_name: string;
  moderated_by: string | null;
}

export function toModeratedListing(r: ModeratedListingRow): ModeratedListingDto {
  return {
    id: r.id,
    title: r.title,
    category: {
      code: r.category_code,
      nameZh: r.category_name_zh,
      nameEn: r.category_name_en,
    },
    provider: { id: r.provider_id, name: r.provider_name },
    moderationReason: r.moderation_reason,
    moderatedAt: new Date(r.moderated_at).toISOString(),
    moderatedBy: r.moderated_by,
  };
}
