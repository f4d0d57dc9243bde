import type { SynonymGroupDto } from '@qifu/contracts';

// The search dictionary (migration 1765785600000).

const COLUMNS = `id, terms, pinyin, note, created_at, updated_at`;

export interface SynonymRow {
  id: string;
  terms: string[];
  pinyin: string[];
  note: string;
  created_at: Date;
  updated_at: Date;
}

export function toSynonymGroup(r: SynonymRow): SynonymGroupDto {
  return {
    id: r.id,
    terms: r.terms,
    pinyin: r.pinyin,
    note: r.note,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** A console page ($2 rows from $3), newest first, of the groups with a word holding $1 (null: all). */
export const SYNONYM_PAGE = `SELECT ${COLUMNS}, count(*) OVER () AS total
    FROM search_synonym
   WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM unnest(terms) t WHERE strpos(t, $1) > 0)
   ORDER BY created_at DESC, id
   LIMIT $2 OFFSET $3`;
export const SYNONYM_COUNT = `SELECT count(*)::int AS n FROM search_synonym
   WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM unnest(terms) t WHERE strpos(t, $1) > 0)`;

/** Another group ($2 excluded, null: none) holding any of the words $1. */
export const SYNONYM_TERMS_TAKEN = `SELECT id, terms FROM search_synonym WHERE terms && $1::text[] AND id IS DISTINCT FROM $2::uuid LIMIT 1`;

export const INSERT_SYNONYM = `INSERT INTO search_synonym (terms, pinyin, note) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`;
export const UPDATE_SYNONYM = `UPDATE search_synonym SET terms = $2, pinyin = $3, note = $4, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`;
export const DELETE_SYNONYM = `DELETE FROM search_synonym WHERE id = $1 RETURNING id`;

/** The whole dictionary, as the query expansion reads it (a few hundred rows). */
export const ALL_SYNONYMS = `SELECT terms, pinyin FROM search_synonym`;
