/** Minimal RFC 4180 reader for the reference tables (quoted fields may hold commas, quotes, newlines). */

import * as fs from 'node:fs';

/** Parses CSV text into rows of fields; accepts LF or CRLF and an optional UTF-8 BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (inQuotes) throw new SyntaxError('CSV ends inside a quoted field');
  // A final line without a trailing newline still counts.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a CSV file with a header line into records keyed by column name. Fails loudly, naming the
 * file, when a required column is missing or a row has the wrong number of fields: a silently
 * truncated reference table would make valid codes look invalid.
 */
export function readCsvRecords(file: string, requiredColumns: readonly string[]): Record<string, string>[] {
  const rows = parseCsv(fs.readFileSync(file, 'utf8')).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = rows.shift();
  if (!header) throw new Error(`${file}: empty CSV file`);
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`${file}: record ${index + 1} has ${fields.length} fields, header has ${header.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, col) => {
      record[name] = fields[col];
    });
    return record;
  });
}
