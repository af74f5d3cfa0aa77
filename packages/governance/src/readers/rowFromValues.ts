import type { FileProblem, RawRow } from '../types';

const isBlank = (value: string | null | undefined) => value == null || value.trim() === '';

/**
 * A data row from its cells in column order, or null for an empty row (all cells blank: skipped, not
 * counted). Cells beyond the header are kept as `__extra_<column>` when they hold something, so that
 * nothing typed into the file is lost; `reportMissing` (CSV) flags rows that stop before the last column.
 */
export function rowFromValues(
  headers: readonly string[],
  values: readonly (string | null | undefined)[],
  rowNumber: number,
  problems: FileProblem[] = [],
  reportMissing = true,
): RawRow | null {
  if (problems.length === 0 && values.every(isBlank)) return null;
  const cells: Record<string, string | null> = {};
  for (let i = 0; i < headers.length; i++) {
    const value = values[i];
    cells[headers[i]] = value == null || value === '' ? null : value;
  }
  if (values.length > headers.length) {
    const extra: string[] = [];
    for (let i = headers.length; i < values.length; i++) {
      const value = values[i];
      if (isBlank(value)) continue;
      const key = `__extra_${i + 1}`;
      cells[key] = value as string;
      extra.push(key);
    }
    if (extra.length > 0) {
      problems.push({
        code: 'EXTRA_CELLS',
        message: `第${rowNumber}行的单元格比表头多 ${extra.length} 个（第${extra.map((key) => key.slice(8)).join('、')}列没有列名），内容已保留，请核对是否错列`,
        row: rowNumber,
        column: extra[0],
      });
    }
  }
  if (reportMissing && values.length < headers.length) {
    const missing = headers.slice(values.length);
    problems.push({
      code: 'MISSING_CELLS',
      message: `第${rowNumber}行只有 ${values.length} 个单元格，缺少「${missing.join('」「')}」，按空值处理`,
      row: rowNumber,
      column: missing[0],
    });
  }
  return { rowNumber, cells, problems };
}
