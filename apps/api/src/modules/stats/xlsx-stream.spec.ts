import * as ExcelJS from 'exceljs';
import { columnName, xlsxFile, xlsxRow, xmlText } from './xlsx-stream';

async function bytesOf(gen: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of gen) parts.push(b);
  return Buffer.concat(parts);
}

describe('the streaming XLSX writer', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"\u0001\u0008d')).toBe('a&lt;b&gt;&amp;&quot;c&quot;d');
    expect(xmlText('河南富平')).toBe('河南富平');
  });

  it('writes a workbook ExcelJS reads back: header, Chinese, numbers, empty cells, thousands of rows over many chunks', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`编号-${i}`, i % 7 === 0 ? null : i * 1.5, `<北京&外企> "${i}"`, i % 3 === 0 ? '' : ' 前后空格 ', '=SUM(A1)']);
    async function* chunks() {
      for (let i = 0; i < rows.length; i += 700) yield rows.slice(i, i + 700).map((r, j) => xlsxRow(i + j + 2, r)).join('');
    }
    const file = await bytesOf(xlsxFile('合作意向', ['编号', '金额', '名称', '备注', '公式'], chunks()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('合作意向');
    expect(sheet.rowCount).toBe(5001);
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '金额', '名称', '备注', '公式']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const i of [0, 1, 7, 4999]) {
      const r = sheet.getRow(i + 2);
      expect(r.getCell(1).value).toBe(`编号-${i}`);
      expect(r.getCell(2).value).toBe(i % 7 === 0 ? null : i * 1.5);
      expect(r.getCell(3).value).toBe(`<北京&外企> "${i}"`);
      expect(r.getCell(4).value).toBe(i % 3 === 0 ? null : ' 前后空格 ');
      // A text, never a formula: inline strings are not evaluated.
      expect(r.getCell(5).value).toBe('=SUM(A1)');
    }
  });
});
