import { openZipEntry, type ZipEntry } from './zipDirectory';

export interface MergeRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** More merged areas than this are summarised: the sheet is a form layout rather than a data table. */
const MAX_MERGES = 10_000;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): MergeRange | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return null;
  const [a, b] = [columnNumber(m[1]), columnNumber(m[3] ?? m[1])];
  const [r1, r2] = [Number(m[2]), Number(m[4] ?? m[2])];
  return { ref, top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(a, b), right: Math.max(a, b) };
}

/**
 * Merged areas of a sheet. The exceljs streaming reader ignores `<mergeCell>`, and the sheet XML lists
 * them after all rows, so the sheet part is scanned once beforehand (inflating only, no XML parsing; the
 * text `<mergeCell` cannot occur inside cell values, where `<` is escaped).
 */
export async function sheetMerges(path: string, entry: ZipEntry): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  const pattern = /<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;
  let carry = '';
  for await (const chunk of openZipEntry(path, entry)) {
    const text = carry + (chunk as Buffer).toString('latin1');
    let lastEnd = 0;
    for (const m of text.matchAll(pattern)) {
      lastEnd = m.index! + m[0].length;
      const range = parseRef(m[1]);
      if (range && merges.length < MAX_MERGES) merges.push(range);
    }
    // Keep an unfinished tag for the next chunk; never more than a tag's worth of text.
    const open = text.lastIndexOf('<');
    carry = open >= lastEnd && text.length - open < 512 ? text.slice(open) : '';
  }
  return merges;
}
