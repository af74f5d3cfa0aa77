import type { FileProblem } from '../types';

export interface CleanHeaders {
  headers: string[];
  problems: FileProblem[];
}

/**
 * Header cells as keys for the row cells: trimmed, the `*` that templates put before required fields
 * removed (`*名称` → `名称`), trailing empty cells dropped, empty ones named `__col_<n>`, duplicates
 * renamed `名称(2)`, `名称(3)` so that no cell is overwritten by another with the same header.
 */
export function cleanHeaders(cells: readonly (string | null | undefined)[], headerRow: number): CleanHeaders {
  const trimmed = cells.map((cell) => (cell ?? '').trim().replace(/^[*＊]+\s*/, ''));
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  const problems: FileProblem[] = [];
  const seen = new Map<string, number>();
  const taken = new Set(trimmed);
  const headers = trimmed.map((header, i) => {
    if (header === '') {
      const name = `__col_${i + 1}`;
      problems.push({ code: 'EMPTY_HEADER', message: `表头第${i + 1}列没有列名，该列数据以「${name}」保留`, row: headerRow, column: name });
      return name;
    }
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    if (count === 1) return header;
    let n = count;
    while (taken.has(`${header}(${n})`)) n++;
    const name = `${header}(${n})`;
    taken.add(name);
    problems.push({ code: 'DUPLICATE_HEADER', message: `表头「${header}」重复出现，第${i + 1}列改名为「${name}」`, row: headerRow, column: name });
    return name;
  });
  return { headers, problems };
}
