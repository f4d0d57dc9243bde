import type { CompanyImportDto, CompanyImportRowDto } from '@qifu/contracts';

/** What the directory knows of the file's codes and names: the owner of each. */
export const KNOWN_CODES_AND_NAMES = `
  SELECT credit_code, name FROM company WHERE credit_code = ANY($1::text[]) OR name = ANY($2::text[])`;

export const INSERT_IMPORT = `
  INSERT INTO company_import (requested_by, file_name, rows_total, rows_new, rows_update, rows_error)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`;

/** One batch of the preview's rows ($2: a JSON array of {row_no, action, errors, data}). */
export const INSERT_IMPORT_ROWS = `
  INSERT INTO company_import_row (import_id, row_no, action, errors, data)
  SELECT $1, x.row_no, x.action, x.errors, x.data
    FROM jsonb_to_recordset($2::jsonb) AS x(row_no int, action text, errors text[], data jsonb)`;

export const IMPORT_BY_ID = `SELECT * FROM company_import WHERE id = $1`;

export const IMPORT_ROWS_PAGE = (onlyErrors: boolean) => `
  SELECT row_no, action, errors, data FROM company_import_row
   WHERE import_id = $1 ${onlyErrors ? `AND action = 'error'` : ''}
   ORDER BY row_no LIMIT $2 OFFSET $3`;

export const CONFIRM_IMPORT = `
  UPDATE company_import SET status = 'queued' WHERE id = $1 AND status = 'previewed' RETURNING *`;
export const START_IMPORT = `
  UPDATE company_import SET status = 'running', started_at = coalesce(started_at, now())
   WHERE id = $1 AND status IN ('queued', 'running') RETURNING *`;
export const IMPORT_PROGRESS = `UPDATE company_import SET rows_done = $2 WHERE id = $1 AND status = 'running'`;
export const FINISH_IMPORT = `
  UPDATE company_import SET status = 'done', rows_done = $2, finished_at = now() WHERE id = $1 AND status = 'running'`;
export const FAIL_IMPORT = `
  UPDATE company_import SET status = CASE WHEN $3 THEN 'failed' ELSE status END, error = left($2, 500), finished_at = CASE WHEN $3 THEN now() END
   WHERE id = $1 AND status IN ('queued', 'running')`;

/** The row numbers still to write, from $2 on: the job goes through them in batches. */
export const NEXT_BATCH_END = `
  SELECT max(row_no) AS last, count(*)::int AS n FROM (
    SELECT row_no FROM company_import_row WHERE import_id = $1 AND action <> 'error' AND row_no > $2
     ORDER BY row_no LIMIT $3) b`;

/**
 * One batch upserted by credit code, in one statement: the rows between $2 (exclusive) and $3, the
 * tiers each company had before (`old`, read in the statement's snapshot), and one tier event per
 * tier added or removed by the import. A new company takes `small` as its size and its name's
 * first 30 characters as its short name (the file has neither); an update keeps both.
 */
export const UPSERT_BATCH = `
  WITH src AS (
    SELECT r.data->>'name' AS name, r.data->>'creditCode' AS credit_code, r.data->>'industry' AS industry,
           r.data->>'stage' AS stage, ARRAY(SELECT jsonb_array_elements_text(r.data->'tiers')) AS tiers,
           r.data->>'contactName' AS contact_name, r.data->>'contactPhone' AS contact_phone
      FROM company_import_row r
     WHERE r.import_id = $1 AND r.row_no > $2 AND r.row_no <= $3 AND r.action <> 'error'
  ), old AS (
    SELECT c.credit_code, c.tiers FROM company c JOIN src ON src.credit_code = c.credit_code
  ), up AS (
    INSERT INTO company AS c (name, short_name, credit_code, industry, size, stage, tiers, contact_name, contact_phone)
    SELECT name, left(name, 30), credit_code, industry, 'small', stage, tiers, contact_name, contact_phone FROM src
    ON CONFLICT (credit_code) DO UPDATE
       SET name = EXCLUDED.name, industry = EXCLUDED.industry, stage = EXCLUDED.stage, tiers = EXCLUDED.tiers,
           contact_name = EXCLUDED.contact_name, contact_phone = EXCLUDED.contact_phone, updated_at = now()
    RETURNING c.id, c.credit_code, c.tiers
  ), ev AS (
    INSERT INTO company_tier_event (company_id, tier, change, source, actor_id, import_id)
    SELECT up.id, t.tier, t.change, 'import', $4, $1
      FROM up LEFT JOIN old ON old.credit_code = up.credit_code
     CROSS JOIN LATERAL (
       SELECT x AS tier, 'added' AS change FROM unnest(up.tiers) x WHERE NOT x = ANY(coalesce(old.tiers, '{}'))
       UNION ALL
       SELECT x, 'removed' FROM unnest(coalesce(old.tiers, '{}')) x WHERE NOT x = ANY(up.tiers)
     ) t
    RETURNING 1
  )
  SELECT (SELECT count(*)::int FROM up) AS written, (SELECT count(*)::int FROM ev) AS events`;

export interface CompanyImportRow {
  id: string;
  requested_by: string;
  file_name: string;
  status: CompanyImportDto['status'];
  rows_total: number;
  rows_new: number;
  rows_update: number;
  rows_error: number;
  rows_done: number;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export const toImport = (r: CompanyImportRow): CompanyImportDto => ({
  id: r.id,
  status: r.status,
  fileName: r.file_name,
  rowsTotal: r.rows_total,
  rowsNew: r.rows_new,
  rowsUpdate: r.rows_update,
  rowsError: r.rows_error,
  rowsDone: r.rows_done,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

export interface ImportRowRow {
  row_no: number;
  action: CompanyImportRowDto['action'];
  errors: CompanyImportRowDto['errors'];
  data: Omit<CompanyImportRowDto, 'row' | 'action' | 'errors'> & { raw: Omit<CompanyImportRowDto, 'row' | 'action' | 'errors'> };
}

export const toImportRow = (r: ImportRowRow): CompanyImportRowDto => ({ row: r.row_no, action: r.action, errors: r.errors, ...r.data.raw });
