import { once } from 'node:events';
import * as zlib from 'node:zlib';

// A one-sheet XLSX written as it goes: a ZIP whose entries carry data descriptors (sizes and CRC
// after the data), the sheet deflated chunk by chunk, strings inline (no sharedStrings table,
// which would have to hold every distinct string until the end). Memory is one chunk, whatever
// the row count. ExcelJS's streaming writer did the same job at a fraction of the speed.

/** Level 1: the sheet's XML is repetitive, so fast deflate already shrinks it ~8×. */
const LEVEL = 1;
const MAX_32 = 0xffffffff;

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0008 | 0x0800;
const DEFLATE = 8;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Writes ZIP entries one after another; every method returns the bytes to send next. */
export class ZipWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];
  private current?: Entry;
  /**
   * One deflate stream per entry, flushed after each chunk so its bytes can go out. (A fresh
   * zlib.deflateRaw per chunk, concatenated with sync flushes, worked too, but each call's native
   * state lived until a GC: hundreds of MB of resident set over a million rows.)
   */
  private deflate?: zlib.DeflateRaw;
  private out: Buffer[] = [];
  private readonly stamp = dosDateTime(new Date());

  begin(name: string): Buffer {
    const n = Buffer.from(name, 'utf8');
    this.current = { name: n, offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.deflate = zlib.createDeflateRaw({ level: LEVEL });
    this.deflate.on('data', (b: Buffer) => this.out.push(b));
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOCAL_HEADER, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes (14..25) stay 0: the data descriptor carries them.
    h.writeUInt16LE(n.length, 26);
    return this.count(Buffer.concat([h, n]));
  }

  /** Deflates one chunk of the current entry (off the main thread: zlib's pool). */
  async data(chunk: Buffer): Promise<Buffer> {
    const e = this.entry();
    e.crc = zlib.crc32(chunk, e.crc);
    e.size += chunk.length;
    const z = this.deflate as zlib.DeflateRaw;
    z.write(chunk);
    await new Promise<void>((done) => z.flush(zlib.constants.Z_SYNC_FLUSH, () => done()));
    return this.take(e);
  }

  async end(): Promise<Buffer> {
    const e = this.entry();
    const z = this.deflate as zlib.DeflateRaw;
    z.end();
    await once(z, 'end');
    const tail = this.take(e);
    this.deflate = undefined;
    // Past 4 GiB a ZIP needs the ZIP64 records this writer does not write (a sheet of ~5M rows).
    if (e.size > MAX_32 || e.compressed > MAX_32 || this.offset + e.compressed > MAX_32) {
      throw new Error('The spreadsheet would pass 4 GiB; export a shorter period or as CSV.');
    }
    const d = Buffer.alloc(16);
    d.writeUInt32LE(DATA_DESCRIPTOR, 0);
    d.writeUInt32LE(e.crc >>> 0, 4);
    d.writeUInt32LE(e.compressed, 8);
    d.writeUInt32LE(e.size, 12);
    this.entries.push(e);
    this.current = undefined;
    return Buffer.concat([tail, this.count(d)]);
  }

  private take(e: Entry): Buffer {
    const b = Buffer.concat(this.out);
    this.out = [];
    e.compressed += b.length;
    return this.count(b);
  }

  /** The central directory and its end record: the last bytes of the file. */
  finish(): Buffer {
    const start = this.offset;
    const parts = this.entries.map((e) => {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL_HEADER, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      return Buffer.concat([h, e.name]);
    });
    const dir = Buffer.concat(parts);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(start, 16);
    return this.count(Buffer.concat([dir, end]));
  }

  private entry(): Entry {
    if (!this.current) throw new Error('No ZIP entry is open.');
    return this.current;
  }

  private count(b: Buffer): Buffer {
    this.offset += b.length;
    return b;
  }
}

// XML 1.0 allows no control characters but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML_SPECIAL = /[&<>"]/;

export function xmlText(s: string): string {
  const clean = s.replace(INVALID_XML, '');
  return XML_SPECIAL.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : clean;
}

/** Column letters A, B, …, Z, AA, … */
export function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** An inline-string cell's body for a text (xml:space keeps leading/trailing blanks). */
export function inlineString(s: string): string {
  const t = xmlText(s);
  return /^\s|\s$/.test(t) ? `<is><t xml:space="preserve">${t}</t></is>` : `<is><t>${t}</t></is>`;
}

/**
 * A row of cells: strings inline, finite numbers as numbers, null/undefined/'' left out. For
 * speed a caller may hand a string already made by inlineString as `{ inline }`.
 */
export function xlsxRow(rowNumber: number, cells: readonly unknown[], style = 0): string {
  const s = style ? ` s="${style}"` : '';
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined || v === '') continue;
    const ref = columnName(i) + rowNumber;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
    } else if (typeof v === 'object' && 'inline' in (v as object)) {
      xml += `<c r="${ref}"${s} t="inlineStr">${(v as { inline: string }).inline}</c>`;
    } else {
      xml += `<c r="${ref}"${s} t="inlineStr">${inlineString(v instanceof Date ? v.toISOString() : String(v))}</c>`;
    }
  }
  return xml + '</row>';
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function packageParts(sheetName: string): [string, string][] {
  return [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${xmlText(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      // Style 1: the header row's bold font.
      `${XML_HEAD}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
  ];
}

/** Chunks below this are gathered before deflating (fewer, larger zlib calls). */
const GATHER_BYTES = 256 * 1024;

/**
 * The XLSX file as a sequence of buffers: the package parts, then the sheet — a bold, frozen
 * header row and the rows of `rows` (each chunk a string of <row> elements numbered from 2).
 * Pulled by the consumer, so a slow reader slows the reading of rows (back-pressure).
 */
export async function* xlsxFile(sheetName: string, header: readonly string[], rows: AsyncIterable<string>): AsyncGenerator<Buffer> {
  const zip = new ZipWriter();
  for (const [name, xml] of packageParts(sheetName)) {
    yield zip.begin(name);
    yield await zip.data(Buffer.from(xml, 'utf8'));
    yield await zip.end();
  }
  yield zip.begin('xl/worksheets/sheet1.xml');
  const head =
    `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${xlsxRow(1, header, 1)}`;
  let pending: string[] = [head];
  let pendingLength = head.length;
  for await (const chunk of rows) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength >= GATHER_BYTES) {
      yield await zip.data(Buffer.from(pending.join(''), 'utf8'));
      pending = [];
      pendingLength = 0;
    }
  }
  pending.push('</sheetData></worksheet>');
  yield await zip.data(Buffer.from(pending.join(''), 'utf8'));
  yield await zip.end();
  yield zip.finish();
}
