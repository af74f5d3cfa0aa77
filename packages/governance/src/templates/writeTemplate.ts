import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CodeTable, FieldSpec, RecordTypeSpec } from '../types';
import { choiceText, isTextKind, kindLabel, templateHeader } from './fieldDescriptions';

/** Rows of the data sheet that get the drop-downs (a range, not per cell: the file stays small). */
const VALIDATED_ROWS = 10_000;

/** exceljs supports range validations (`C2:C10001`) but its typings do not declare them. */
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Display width in Excel character units: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

const columnWidth = (field: FieldSpec) => Math.min(50, Math.max(10, displayWidth(templateHeader(field)) + 2, displayWidth(field.example ?? '') + 2));

/**
 * The .xlsx template of a record type: sheet 数据 (headers, required ones marked `*` in red, one example
 * row, drop-downs for code tables), sheet 填写说明 (each field explained) and a hidden sheet 代码表 that the
 * drop-downs draw from (a list typed into the validation itself is limited to 255 characters).
 */
export async function writeTemplate(spec: RecordTypeSpec, codeTables: CodeTable[], out: Writable | string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '互联网+监管 数据中心';
  workbook.created = new Date(Date.UTC(2024, 0, 1)); // fixed: the same spec gives the same file
  workbook.modified = workbook.created;
  const data = workbook.addWorksheet('数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('填写说明');
  const codes = workbook.addWorksheet('代码表', { state: 'hidden' });
  const tables = new Map(codeTables.map((t) => [t.name, t]));

  data.columns = spec.fields.map((field) => ({
    header: templateHeader(field),
    key: field.name,
    width: columnWidth(field),
    // Text format: Excel would otherwise turn long codes into numbers and lose digits.
    style: isTextKind(field) ? { numFmt: '@' } : {},
  }));
  const headerRow = data.getRow(1);
  spec.fields.forEach((field, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.font = { bold: true, color: field.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    if (field.description) cell.note = field.description;
  });
  data.addRow(Object.fromEntries(spec.fields.map((field) => [field.name, field.example === '' ? null : field.example])));

  const sourceColumns = writeCodeTables(codes, spec.fields, tables);
  spec.fields.forEach((field, i) => {
    const source = field.codeTable ? sourceColumns.get(field.codeTable) : undefined;
    if (!source) return;
    const letter = data.getColumn(i + 1).letter;
    (data as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true, // required-ness is checked on import; Excel cannot enforce it here
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '不在代码表中',
      error: `请从下拉列表中选择「${field.header}」的值（代码表见「填写说明」）`,
      showInputMessage: true,
      promptTitle: field.header,
      prompt: `从下拉列表选择（代码表：${tables.get(field.codeTable!)?.title ?? field.codeTable}）`,
    });
  });

  writeGuide(guide, spec, tables);

  if (typeof out === 'string') await workbook.xlsx.writeFile(out);
  else await workbook.xlsx.write(out);
}

/** Each code table used by the spec in its own column of 代码表; returns the list formula by table name. */
function writeCodeTables(sheet: ExcelJS.Worksheet, fields: FieldSpec[], tables: Map<string, CodeTable>): Map<string, string> {
  const formulas = new Map<string, string>();
  let col = 0;
  for (const field of fields) {
    const table = field.codeTable ? tables.get(field.codeTable) : undefined;
    if (!table || formulas.has(table.name) || table.values.length === 0) continue;
    col++;
    const column = sheet.getColumn(col);
    column.width = 30;
    sheet.getCell(1, col).value = `${table.title}（${table.name}）`;
    table.values.forEach((value, i) => {
      sheet.getCell(i + 2, col).value = choiceText(value);
    });
    formulas.set(table.name, `'代码表'!$${column.letter}$2:$${column.letter}$${table.values.length + 1}`);
  }
  return formulas;
}

function writeGuide(sheet: ExcelJS.Worksheet, spec: RecordTypeSpec, tables: Map<string, CodeTable>) {
  sheet.columns = [
    { header: '列名', key: 'header', width: 28 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '类型', key: 'kind', width: 30 },
    { header: '最大长度', key: 'maxLength', width: 10 },
    { header: '代码表', key: 'codeTable', width: 24 },
    { header: '说明', key: 'description', width: 60 },
    { header: '示例', key: 'example', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const field of spec.fields) {
    const table = field.codeTable ? tables.get(field.codeTable) : undefined;
    sheet.addRow({
      header: field.header,
      required: field.required ? '必填' : '选填',
      kind: kindLabel(field),
      maxLength: field.maxLength ?? null,
      codeTable: field.codeTable ? `${table?.title ?? field.codeTable}（下拉选择）` : null,
      description: [field.description, field.aliases?.length ? `也可用列名：${field.aliases.join('、')}` : ''].filter(Boolean).join('；') || null,
      example: field.example || null,
    });
  }
  sheet.addRow([]);
  for (const note of [
    `本模板用于导入「${spec.title}」，请在「数据」工作表中从第2行起填写，第2行是示例，导入前请删除或改为真实数据。`,
    '列名前带 * 的为必填项；请勿修改、删除表头，可以增加列（多出的列会被忽略）。',
    '编码、证件号码等列已设为文本格式，请勿改为数字格式，否则 18 位代码会变成 8.65E+17 之类且无法恢复。',
    '日期请填写为 2024-01-02 这样的格式；请不要合并单元格，每一行都要填写完整。',
  ]) {
    sheet.addRow([note]);
  }
}
