import * as fs from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeCsvTemplate, writeTemplate } from '../src/templates';
import type { CodeTable, RecordTypeSpec } from '../src/types';
import { readAll, tempFiles } from './fixtures/tempFiles';

const files = tempFiles('templates');

const spec: RecordTypeSpec = {
  type: 'inspection',
  title: '行政检查行为',
  library: 'enforcement',
  naturalKey: ['orgCode', 'actionCode'],
  fields: [
    { name: 'actionCode', header: '行为编号', kind: 'code', required: true, maxLength: 50, example: 'JC2024000001' },
    { name: 'partyCertNo', header: '行政相对人编码', kind: 'certNo', required: true, maxLength: 64, example: '91330100716105852F', description: '统一社会信用代码或身份证号' },
    { name: 'checkCategory', header: '检查类别', kind: 'text', required: true, codeTable: 'checkCategory', example: '双随机' },
    { name: 'adCode', header: '行政区划代码', kind: 'code', codeTable: 'division', maxLength: 6, example: '330102' },
    { name: 'checkDate', header: '检查时间', aliases: ['检查日期'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'fine', header: '罚款金额', kind: 'money', moneyUnit: '万元', example: '' },
    { name: 'remark', header: '备注', kind: 'text', example: '含逗号,和"引号"' },
  ],
};

const codeTables: CodeTable[] = [
  { name: 'checkCategory', title: '检查类别', values: ['双随机', '重点检查', '专项检查', '投诉举报'].map((label) => ({ code: label, label })) },
  // Long enough that a list typed into the validation (255 characters at most) could not hold it.
  { name: 'division', title: '行政区划', values: Array.from({ length: 300 }, (_, i) => ({ code: String(330100 + i), label: `区县${i}` })) },
];

describe('xlsx template', () => {
  let file: string;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = files.path('inspection.xlsx');
    await writeTemplate(spec, codeTables, file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  test('sheets: 数据 first, 填写说明 visible, 代码表 hidden', () => {
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['数据', 'visible'],
      ['填写说明', 'visible'],
      ['代码表', 'hidden'],
    ]);
  });

  test('headers with required marks, the example row, text format on code columns', () => {
    const data = wb.getWorksheet('数据')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['*行为编号', '*行政相对人编码', '*检查类别', '行政区划代码', '*检查时间', '罚款金额', '备注']);
    expect(data.getCell('A1').font?.color?.argb).toBe('FFC00000');
    expect(data.getCell('D1').font?.color?.argb).toBeUndefined();
    expect((data.getRow(2).values as unknown[]).slice(1)).toEqual(['JC2024000001', '91330100716105852F', '双随机', '330102', '2024-06-01', undefined, '含逗号,和"引号"']);
    expect(data.getCell('B2').numFmt).toBe('@');
    expect(data.getColumn(2).width).toBeGreaterThanOrEqual(18);
    expect(data.getCell('B1').note).toBeDefined();
  });

  test('code-table columns have drop-downs drawn from the hidden sheet', () => {
    const data = wb.getWorksheet('数据')!;
    const d = data.getCell('D500').dataValidation;
    expect(d).toMatchObject({ type: 'list', allowBlank: true, formulae: ["'代码表'!$B$2:$B$301"] });
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'list', allowBlank: true, formulae: ["'代码表'!$A$2:$A$5"] });
    expect(data.getCell('A2').dataValidation).toBeUndefined();
    const codes = wb.getWorksheet('代码表')!;
    expect(codes.getCell('A2').value).toBe('双随机');
    expect(codes.getCell('B2').value).toBe('330100 区县0');
    expect(codes.getCell('B301').value).toBe('330399 区县299');
  });

  test('填写说明 lists every field', () => {
    const guide = wb.getWorksheet('填写说明')!;
    expect((guide.getRow(1).values as unknown[]).slice(1)).toEqual(['列名', '是否必填', '类型', '最大长度', '代码表', '说明', '示例']);
    const rows = spec.fields.map((_, i) => (guide.getRow(i + 2).values as unknown[]).slice(1, 6));
    expect(rows[0]).toEqual(['行为编号', '必填', '编码（按文本填写）', 50, undefined]);
    expect(rows[2]).toEqual(['检查类别', '必填', '文本', undefined, '检查类别（下拉选择）']);
    expect(rows[5]).toEqual(['罚款金额', '选填', '金额（万元）', undefined, undefined]);
    expect(guide.getCell('F6').value).toBe('也可用列名：检查日期');
  });

  test('reading the template back gives the example row under the field headers', async () => {
    const { source, rows } = await readAll(file);
    expect(source.sheet).toBe('数据');
    expect(source.headers).toEqual(spec.fields.map((f) => f.header));
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: { 行为编号: 'JC2024000001', 行政相对人编码: '91330100716105852F', 检查类别: '双随机', 行政区划代码: '330102', 检查时间: '2024-06-01', 罚款金额: null, 备注: '含逗号,和"引号"' },
        problems: [],
      },
    ]);
  });

  test('writes to a stream as well', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeTemplate(spec, codeTables, out);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBe(fs.statSync(file).size);
  });
});

describe('CSV template', () => {
  test('UTF-8 with BOM, header and example row, read back by the reader', async () => {
    const file = files.path('inspection.csv');
    await writeCsvTemplate(spec, file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe('\ufeff*行为编号,*行政相对人编码,*检查类别,行政区划代码,*检查时间,罚款金额,备注');
    const { source, rows } = await readAll(file);
    expect(source.encoding).toBe('utf8-bom');
    expect(source.headers).toEqual(spec.fields.map((f) => f.header));
    expect(rows.map((r) => r.cells)).toEqual([
      { 行为编号: 'JC2024000001', 行政相对人编码: '91330100716105852F', 检查类别: '双随机', 行政区划代码: '330102', 检查时间: '2024-06-01', 罚款金额: null, 备注: '含逗号,和"引号"' },
    ]);
  });
});
