import { readZipEntryText, type ZipEntry } from './zipDirectory';

export interface SheetInfo {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** The sheet's part in the ZIP, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

export interface WorkbookLayout {
  /** The sheets in tab order. */
  sheets: SheetInfo[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** The workbook's sheets in tab order (workbook.xml), with the part each one is stored in (its rels). */
export async function workbookLayout(path: string, zip: Map<string, ZipEntry>): Promise<WorkbookLayout> {
  const workbook = await readZipEntryText(path, zip.get('xl/workbook.xml')!);
  const relsEntry = zip.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? await readZipEntryText(path, relsEntry) : '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sheets: SheetInfo[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rId = Object.entries(a).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    sheets.push({ name: a.name ?? '', state: a.state ?? 'visible', path: (rId && targets.get(rId)) ?? '' });
  }
  const workbookPr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook);
  const date1904 = workbookPr ? ['1', 'true'].includes(attributes(workbookPr[0]).date1904 ?? '') : false;
  return { sheets, date1904 };
}
