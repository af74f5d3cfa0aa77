/** A cell as text, or null when empty, and what went wrong reading it (a code and a Chinese message). */
export interface CellReading {
  text: string | null;
  problem?: { code: string; message: string };
}

/** Excel keeps 15 significant digits: an integer this large has lost its last digits when it was typed. */
const PRECISION_LIMIT = 1e15;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Date cells as `YYYY-MM-DD`, or `YYYY-MM-DD HH:mm:ss` when there is a time (`HH:mm:ss` for a time alone). */
export function dateText(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  // exceljs builds dates from the serial number as if it were UTC; round away binary fractions of a second.
  const d = new Date(Math.round(ms / 1000) * 1000);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (day === '1899-12-30' || day === '1899-12-31') return time; // serial number below 1: a time of day
  return time === '00:00:00' ? day : `${day} ${time}`;
}

/** Excel's "General" look of a large number in a normal-width column, e.g. 8.65E+17. */
export function excelScientific(n: number): string {
  const [mantissa, exponent] = n.toExponential(5).split('e');
  const trimmed = mantissa.replace(/\.?0+$/, '');
  const exp = Number(exponent);
  return `${trimmed}E${exp < 0 ? '-' : '+'}${pad(Math.abs(exp))}`;
}

export function numberText(n: number, column: string): CellReading {
  if (!Number.isFinite(n)) return { text: null, problem: { code: 'CELL_ERROR', message: `「${column}」单元格的值不是有效数字` } };
  if (Number.isInteger(n)) {
    if (Math.abs(n) < PRECISION_LIMIT) return { text: String(n) };
    const shown = excelScientific(n);
    return {
      text: shown,
      problem: {
        code: 'NUMBER_PRECISION_LOST',
        message: `「${column}」的值被 Excel 当成数字保存（显示为 ${shown}），超过 15 位的数字已无法恢复；请把该列设为“文本”格式后重新填写完整的编码`,
      },
    };
  }
  // 15 significant digits, as Excel shows them (0.1+0.2 is stored as 0.30000000000000004, shown as 0.3).
  return { text: String(Number(n.toPrecision(15))) };
}

/** Excel serial day number (1900 date system) to a Date read the way exceljs reads date cells. */
export const serialToDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

/** Number formats that show a date or time (as exceljs decides for plain cells). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhsb]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

type RichText = { richText: { text?: string | null }[] };

/** exceljs cell value (streaming reader) → text. `numFmt` matters for formula results shown as dates. */
export function cellText(value: unknown, column: string, numFmt?: string): CellReading {
  if (value === null || value === undefined) return { text: null };
  if (typeof value === 'string') return { text: value === '' ? null : value };
  if (typeof value === 'number') return isDateFormat(numFmt) && Number.isFinite(value) ? { text: dateText(serialToDate(value)) } : numberText(value, column);
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value !== 'object') return { text: String(value) };
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    const text = (v as RichText).richText.map((run) => run.text ?? '').join('');
    return { text: text === '' ? null : text };
  }
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null || v.result === '') {
      if (v.result === '') return { text: null }; // a formula whose cached result is an empty string
      return { text: null, problem: { code: 'FORMULA_WITHOUT_VALUE', message: `「${column}」是公式但文件里没有保存计算结果，请在 Excel 中打开、重新计算并保存后再导入，或直接填写数值` } };
    }
    // The streaming reader gives an error result (#N/A) as NaN.
    if (typeof v.result === 'number' && Number.isNaN(v.result)) return errorReading(column, '公式');
    return cellText(v.result, column, numFmt);
  }
  if ('error' in v) return errorReading(column, String(v.error));
  if ('text' in v) return cellText(v.text, column, numFmt); // hyperlink
  return { text: String(value) };
}

function errorReading(column: string, what: string): CellReading {
  return { text: null, problem: { code: 'CELL_ERROR', message: `「${column}」单元格是错误值（${what}），按空值处理，请修正公式或填写正确的值` } };
}
