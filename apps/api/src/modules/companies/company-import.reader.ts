import type * as ExcelJS from 'exceljs';
import {
  COMPANY_IMPORT_COLUMNS,
  COMPANY_IMPORT_MAX_ROWS,
  isValidCreditCode,
  splitTiers,
  stageFromName,
  tierFromName,
  type CompanyImportRowError,
  type CompanyTier,
  type LifecycleStage,
} from '@qifu/contracts';
import { AppError } from '../../common/errors/app-error';

// Reading an import file into checked rows: no database here (the service adds what only the
// directory knows: whether a code is new and whether a name belongs to another company).

export type ImportFormat = 'csv' | 'xlsx';

/** A row as read (trimmed text) and, when it has no error, normalised for the upsert. */
export interface ReadRow {
  row: number;
  raw: { name: string; creditCode: string; industry: string; stage: string; tiers: string; contactName: string; contactPhone: string };
  stage: LifecycleStage | null;
  tiers: CompanyTier[];
  errors: CompanyImportRowError[];
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), UTF-8 with or without BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    return '';
  }
  return String(v);
}

export async function readTable(body: Buffer, format: ImportFormat): Promise<string[][]> {
  if (format === 'csv') {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: false });
    return parseCsv(text);
  }
  // Loaded on the first XLSX import, not at boot: the library costs every API process ~28 MB of
  // resident memory, and only an operator's roster import reads a workbook.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const values = r.values as ExcelJS.CellValue[];
    rows[n - 1] = values.slice(1).map(cellText);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

const PHONE = /^[0-9+() -]{5,20}$/;

/** The header row to column indexes, then each non-blank row checked on its own and against the file. */
export function checkRows(table: string[][]): ReadRow[] {
  const header = (table[0] ?? []).map((h) => h.trim());
  const missing = COMPANY_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new AppError('COMPANY_IMPORT_COLUMNS_MISSING', `The header row lacks: ${missing.join(', ')}.`);
  const at = Object.fromEntries(COMPANY_IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COMPANY_IMPORT_COLUMNS)[number], number>;
  const out: ReadRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i].map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    const get = (c: (typeof COMPANY_IMPORT_COLUMNS)[number]) => cells[at[c]] ?? '';
    const raw = {
      name: get('企业名称'),
      creditCode: get('统一社会信用代码').toUpperCase(),
      industry: get('行业'),
      stage: get('发展阶段'),
      tiers: get('梯度'),
      contactName: get('联系人'),
      contactPhone: get('联系电话'),
    };
    const errors: CompanyImportRowError[] = [];
    if (!raw.name) errors.push('name_missing');
    else if (raw.name.length < 2 || raw.name.length > 100) errors.push('name_length');
    if (!raw.creditCode) errors.push('credit_code_missing');
    else if (!isValidCreditCode(raw.creditCode)) errors.push('credit_code_invalid');
    if (!raw.industry || raw.industry.length > 40) errors.push('industry_missing');
    const stage = stageFromName(raw.stage);
    if (!stage) errors.push('stage_unknown');
    const tiers: CompanyTier[] = [];
    for (const name of splitTiers(raw.tiers)) {
      const t = tierFromName(name);
      if (!t) {
        errors.push('tier_unknown');
        break;
      }
      if (!tiers.includes(t)) tiers.push(t);
    }
    if (!raw.contactName || raw.contactName.length > 40) errors.push('contact_missing');
    if (!PHONE.test(raw.contactPhone)) errors.push('phone_invalid');
    out.push({ row: i + 1, raw, stage, tiers, errors });
  }
  if (out.length === 0 || out.length > COMPANY_IMPORT_MAX_ROWS) {
    throw new AppError('COMPANY_IMPORT_ROW_COUNT', `The file must hold 1 to ${COMPANY_IMPORT_MAX_ROWS} data rows; it holds ${out.length}.`);
  }
  // A code or a name twice in the file: every occurrence is an error (which one is right is the
  // operator's call, not the order of the rows).
  for (const key of ['creditCode', 'name'] as const) {
    const seen = new Map<string, number>();
    for (const r of out) if (r.raw[key]) seen.set(r.raw[key], (seen.get(r.raw[key]) ?? 0) + 1);
    for (const r of out) if (r.raw[key] && (seen.get(r.raw[key]) ?? 0) > 1) r.errors.push(key === 'creditCode' ? 'credit_code_duplicate' : 'name_duplicate');
  }
  return out;
}
