import ExcelJS from 'exceljs';
import { FileError, type FileProblem, type RawRow } from '../types';
import { cellText } from './cellText';
import type { FileSource } from './fileSource';
import { cleanHeaders } from './headers';
import { rowFromValues } from './rowFromValues';
import { columnLetters, sheetMerges, type MergeRange } from './sheetMerges';
import { workbookLayout, type SheetInfo } from './workbookSheets';
import type { ZipEntry } from './zipDirectory';

/** Shared with the row generator: the headers once known (for messages), and how to stop reading. */
interface ReadState {
  headers?: string[];
  stop?: () => void;
}

interface SheetRow {
  number: number;
  values: (string | null)[];
  problems: FileProblem[];
}

/** Rows of one sheet as text cells, in file order (the exceljs streaming reader: memory stays flat). */
async function* sheetRows(path: string, sheet: SheetInfo, date1904: boolean, state: ReadState): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // number formats tell date cells from numbers
    worksheets: 'emit',
    entries: 'emit',
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  // exceljs learns the sheet list and date system from xl/workbook.xml, but writers may store that part
  // after the sheets (exceljs's own writer does, at random); it then fails on `model.sheets`. We read the
  // workbook part ourselves first, so give it what it needs up front (parsing workbook.xml overwrites it).
  Object.assign(reader, { model: { sheets: [] }, properties: { model: { date1904 } } });
  // Worksheets come in ZIP order, not tab order; the 'entry' event just before each names its part.
  let part = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') part = `xl/worksheets/sheet${entry.id}.xml`;
  });
  state.stop = () => (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  try {
    for await (const worksheet of reader) {
      if (part !== sheet.path) {
        skipWorksheet(worksheet);
        continue;
      }
      for await (const row of worksheet) {
        const values: (string | null)[] = [];
        const problems: FileProblem[] = [];
        row.eachCell((cell, col) => {
          const column = state.headers?.[col - 1] ?? `${columnLetters(col)}列`;
          const reading = cellText(cell.value, column, cell.numFmt);
          values[col - 1] = reading.text;
          if (reading.problem) problems.push({ ...reading.problem, row: row.number, column });
        });
        for (let i = 0; i < values.length; i++) values[i] ??= null;
        yield { number: row.number, values, problems };
      }
      return;
    }
  } finally {
    state.stop?.();
  }
}

/**
 * A sheet we do not read. Read straight from the ZIP, exceljs drains it; but when the ZIP stores sheets
 * before the shared strings, exceljs parks them in temp files, deletes each after yielding it, and the
 * unread file stream then fails with ENOENT as an unhandled error: close it quietly.
 */
function skipWorksheet(worksheet: unknown) {
  const input = (worksheet as { iterator?: { on?: unknown; destroy?: () => void } }).iterator;
  if (input && typeof input.on === 'function' && typeof input.destroy === 'function') {
    (input as NodeJS.ReadableStream).on('error', () => undefined);
    input.destroy();
  }
}

function pickSheet(sheets: SheetInfo[], name: string | undefined, zip: Map<string, ZipEntry>): SheetInfo {
  const names = sheets.map((s) => `「${s.name}」`).join('、');
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim() === name.trim());
    if (!sheet) throw new FileError('SHEET_NOT_FOUND', `工作簿中没有名为「${name}」的工作表（现有：${names || '无'}）`);
    return usable(sheet, zip);
  }
  const sheet = sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!sheet) throw new FileError('NO_HEADER', '工作簿中没有工作表');
  return usable(sheet, zip);
}

function usable(sheet: SheetInfo, zip: Map<string, ZipEntry>): SheetInfo {
  // exceljs streams only parts named xl/worksheets/sheetN.xml; chart sheets and odd writers use others.
  if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.path) || !zip.has(sheet.path)) {
    throw new FileError('NOT_A_SPREADSHEET', `工作表「${sheet.name}」不是普通数据表（可能是图表页），或文件结构不受支持（${sheet.path || '找不到工作表内容'}）；请另存为 .xlsx 后再导入`);
  }
  return sheet;
}

/** Opens an .xlsx file: reads up to its header now, streams the rows on demand. */
export async function openXlsx(path: string, zip: Map<string, ZipEntry>, sheetName?: string): Promise<FileSource> {
  const layout = await workbookLayout(path, zip);
  const sheet = pickSheet(layout.sheets, sheetName, zip);
  const merges = await sheetMerges(path, zip.get(sheet.path)!);
  const state: ReadState = {};
  const rows = sheetRows(path, sheet, layout.date1904, state);

  // The header is the first non-empty row, skipping a title row merged across the table (a common layout).
  let header: SheetRow | undefined;
  let titleRows = 0;
  for (;;) {
    const next = await rows.next();
    if (next.done) break;
    const filled = next.value.values.filter((v) => v !== null && v.trim() !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 && isTitleRow(next.value, merges)) {
      titleRows++;
      continue;
    }
    header = next.value;
    break;
  }
  if (!header) throw new FileError('NO_HEADER', `工作表「${sheet.name}」中没有表头行（工作表是空的），没有可导入的内容`);
  const { headers, problems } = cleanHeaders(header.values, header.number);
  state.headers = headers;
  if (titleRows > 0) {
    problems.push({ code: 'TITLE_ROW_SKIPPED', message: `表头之前的 ${titleRows} 行标题（跨列合并）未作为数据读取，表头在第${header.number}行`, row: header.number });
  }
  const inData = merges.filter((m) => m.bottom > header!.number);
  if (inData.length > 0) {
    problems.push({
      code: 'MERGED_CELLS',
      message: `工作表「${sheet.name}」含合并单元格（${inData.slice(0, 5).map((m) => m.ref).join('、')}${inData.length > 5 ? ` 等 ${inData.length} 处` : ''}）：合并区域的值只在左上角单元格，其余单元格按空值读取；请取消合并并在每一行填上完整的值`,
      row: inData[0].top,
    });
  }

  async function* dataRows(): AsyncGenerator<RawRow> {
    for await (const row of rows) {
      if (row.problems.length === 0 && row.values.every((v) => v === null || v.trim() === '')) continue;
      const problems = [...row.problems, ...mergedCellProblems(row.number, inData, headers)];
      const raw = rowFromValues(headers, row.values, row.number, problems, false);
      if (raw) yield raw;
    }
  }
  return {
    format: 'xlsx',
    sheet: sheet.name,
    headers,
    headerRow: header.number,
    problems,
    rows: dataRows(),
    close: async () => {
      await rows.return(undefined);
    },
  };
}

/** A row holding one value that is the top-left of a merge spanning several columns: a table title. */
function isTitleRow(row: SheetRow, merges: MergeRange[]): boolean {
  const col = row.values.findIndex((v) => v !== null && v.trim() !== '') + 1;
  return merges.some((m) => m.top === row.number && m.left === col && m.right > m.left);
}

/** Cells of this row covered by a merge whose value sits in another row or column: read as empty. */
function mergedCellProblems(rowNumber: number, merges: MergeRange[], headers: string[]): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const m of merges) {
    if (rowNumber < m.top || rowNumber > m.bottom) continue;
    for (let col = m.left; col <= m.right; col++) {
      if (rowNumber === m.top && col === m.left) continue;
      const column = headers[col - 1] ?? `__extra_${col}`;
      problems.push({
        code: 'MERGED_CELL',
        message: `「${column}」在合并区域 ${m.ref} 内，值只写在 ${columnLetters(m.left)}${m.top} 单元格，本行按空值读取`,
        row: rowNumber,
        column,
      });
    }
  }
  return problems;
}
