import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import JSZip from 'jszip';
import { openRecordFile } from '../src/readers';
import { cellsOf, codesOf, readAll, tempFiles } from './fixtures/tempFiles';

const files = tempFiles('xlsx');

async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = files.path(name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('xlsx cell values', () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('检查');
      ws.addRow(['名称', '数量', '金额', '检查日期', '检查时间', '序号日期', '统一社会信用代码', '是否整改', '合计', '缺值公式', '错误', '富文本', '十五位']);
      ws.addRow([
        '杭州某某食品有限公司',
        42,
        0.1 + 0.2,
        new Date(Date.UTC(2024, 5, 1)),
        new Date(Date.UTC(2024, 5, 1, 10, 30, 5)),
        45444, // a date typed as a number (General format): left for the standardiser
        865000000000000000, // an 18-digit code typed as a number: Excel keeps 15 digits
        true,
        { formula: 'B2*2', result: 84 },
        { formula: 'B2*3' }, // no cached result (written by a tool that does not calculate)
        { error: '#N/A' },
        { richText: [{ text: '杭州' }, { font: { bold: true }, text: '某某' }] },
        330100000000001,
      ]);
      ws.getCell('D2').numFmt = 'yyyy-mm-dd';
      ws.getCell('E2').numFmt = 'yyyy-mm-dd hh:mm:ss';
      ws.addRow(['第二行', 1, 2, null, null, null, null, false, { formula: 'D2+1', result: 45445 }]);
      ws.getCell('I3').numFmt = 'yyyy/m/d';
    });
  });

  test('values as text, with problems where the file lost something', async () => {
    const { source, rows } = await readAll(file);
    expect(source.format).toBe('xlsx');
    expect(source.sheet).toBe('检查');
    expect(source.headerRow).toBe(1);
    expect(rows[0].rowNumber).toBe(2);
    expect(rows[0].cells).toEqual({
      名称: '杭州某某食品有限公司',
      数量: '42',
      金额: '0.3',
      检查日期: '2024-06-01',
      检查时间: '2024-06-01 10:30:05',
      序号日期: '45444',
      统一社会信用代码: '8.65E+17',
      是否整改: '是',
      合计: '84',
      缺值公式: null,
      错误: null,
      富文本: '杭州某某',
      十五位: '330100000000001',
    });
    expect(rows[0].problems.map((p) => [p.code, p.column, p.row])).toEqual([
      ['NUMBER_PRECISION_LOST', '统一社会信用代码', 2],
      ['FORMULA_WITHOUT_VALUE', '缺值公式', 2],
      ['CELL_ERROR', '错误', 2],
    ]);
    expect(rows[0].problems[0].message).toContain('8.65E+17');
    expect(rows[1].cells).toMatchObject({ 名称: '第二行', 是否整改: '否', 合计: '2024-06-02', 检查日期: null });
    expect(rows[1].problems).toEqual([]);
  });
});

describe('xlsx layout', () => {
  test('header on row 3 after two blank rows; `*` required marks removed; empty rows skipped', async () => {
    const file = await workbook('row3.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.getCell('A1').value = '  ';
      ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // styled, empty
      ws.getRow(3).values = ['*监管事项目录编码', ' 行为名称 ', '备注'];
      ws.getRow(4).values = ['33010011000001', '日常检查', null];
      ws.getRow(5).values = [null, '', ' '];
      ws.getRow(6).values = ['33010011000002', '专项检查', '无', '多出来的'];
    });
    const { source, rows } = await readAll(file);
    expect(source.headerRow).toBe(3);
    expect(source.headers).toEqual(['监管事项目录编码', '行为名称', '备注']);
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [4, { 监管事项目录编码: '33010011000001', 行为名称: '日常检查', 备注: null }],
      [6, { 监管事项目录编码: '33010011000002', 行为名称: '专项检查', 备注: '无', __extra_4: '多出来的' }],
    ]);
    expect(codesOf(rows)).toEqual([
      [4, []],
      [6, ['EXTRA_CELLS']],
    ]);
  });

  test('merged cells: value in the top-left cell only, reported once for the sheet and on the covered cells', async () => {
    const file = await workbook('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['某某局行政检查记录表']); // a title merged across the table
      ws.mergeCells('A1:C1');
      ws.addRow(['实施机构', '行为编号', '检查结果']);
      ws.addRow(['杭州市市场监督管理局', 'JC1', '合格']);
      ws.addRow([null, 'JC2', '合格']);
      ws.addRow([null, 'JC3', '不合格']);
      ws.mergeCells('A3:A5');
    });
    const { source, rows } = await readAll(file);
    expect(source.headerRow).toBe(2);
    expect(source.headers).toEqual(['实施机构', '行为编号', '检查结果']);
    expect(source.problems.map((p) => p.code)).toEqual(['TITLE_ROW_SKIPPED', 'MERGED_CELLS']);
    expect(source.problems[1].message).toContain('A3:A5');
    expect(rows.map((r) => [r.rowNumber, r.cells.实施机构, r.problems.map((p) => p.code)])).toEqual([
      [3, '杭州市市场监督管理局', []],
      [4, null, ['MERGED_CELL']],
      [5, null, ['MERGED_CELL']],
    ]);
    expect(rows[1].problems[0]).toMatchObject({ column: '实施机构', message: expect.stringContaining('A3') });
  });

  test('sheet by name, else the first visible sheet; an unknown name is a FileError', async () => {
    const file = await workbook('sheets.xlsx', (wb) => {
      wb.addWorksheet('说明', { state: 'hidden' }).addRow(['这不是数据']);
      wb.addWorksheet('处罚').addRow(['决定书文号']);
      wb.getWorksheet('处罚')!.addRow(['杭市监罚〔2024〕1号']);
      const other = wb.addWorksheet('检查');
      other.addRow(['行为编号']);
      other.addRow(['JC1']);
    });
    expect(cellsOf((await readAll(file)).rows)).toEqual([{ 决定书文号: '杭市监罚〔2024〕1号' }]);
    const named = await readAll(file, { sheet: '检查' });
    expect(named.source.sheet).toBe('检查');
    expect(cellsOf(named.rows)).toEqual([{ 行为编号: 'JC1' }]);
    await expect(openRecordFile(file, { sheet: '许可' })).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND', message: expect.stringContaining('「处罚」') });
  });

  test('an empty sheet has no header', async () => {
    const file = await workbook('empty-sheet.xlsx', (wb) => {
      wb.addWorksheet('数据');
    });
    await expect(openRecordFile(file)).rejects.toMatchObject({ name: 'FileError', code: 'NO_HEADER' });
  });

  test('a workbook written by a streaming writer (shared strings after the sheet) reads the same', async () => {
    const file = files.path('streamed.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('数据');
    ws.addRow(['名称', '数量']).commit();
    for (let i = 1; i <= 3; i++) ws.addRow([`单位${i}`, i]).commit();
    ws.commit();
    await wb.commit();
    expect(cellsOf((await readAll(file)).rows)).toEqual([1, 2, 3].map((i) => ({ 名称: `单位${i}`, 数量: String(i) })));
  });

  test('workbook.xml stored after the sheets (some writers, exceljs itself at random) reads the same, 1904 dates included', async () => {
    const file = await workbook('late-workbook.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('检查');
      ws.addRow(['行为编号', '检查日期']);
      ws.addRow(['JC1', new Date(Date.UTC(2024, 5, 1))]);
      ws.getCell('B2').numFmt = 'yyyy-mm-dd';
    });
    // Rewrite the ZIP: shared strings, styles and rels first (so exceljs streams the sheet at once), xl/workbook.xml last.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && !first.includes(n) && n !== 'xl/workbook.xml');
    const reordered = new JSZip();
    for (const name of [...first, ...names, 'xl/workbook.xml']) {
      reordered.file(name, await zip.file(name)!.async('uint8array'));
    }
    fs.writeFileSync(file, await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const stored = Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files);
    expect(stored.indexOf('xl/workbook.xml')).toBeGreaterThan(stored.indexOf('xl/worksheets/sheet1.xml'));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('date1904="1"');

    const { source, rows } = await readAll(file);
    expect(source.sheet).toBe('检查');
    expect(cellsOf(rows)).toEqual([{ 行为编号: 'JC1', 检查日期: '2024-06-01' }]);
  });

  test('format: csv on an xlsx file is refused rather than read as text', async () => {
    const file = await workbook('as-csv.xlsx', (wb) => wb.addWorksheet('数据').addRow(['a']));
    await expect(openRecordFile(file, { format: 'csv' })).rejects.toMatchObject({ code: 'NOT_A_SPREADSHEET' });
  });
});
