import * as fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { RecordTypeSpec } from '../types';
import { templateHeader } from './fieldDescriptions';

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The CSV template of a record type: UTF-8 with a BOM (without it Excel on a Chinese Windows reads UTF-8
 * as GBK and shows mojibake), CRLF line ends, the header and the example row.
 */
export async function writeCsvTemplate(spec: RecordTypeSpec, out: Writable | string): Promise<void> {
  const text =
    '\ufeff' +
    [spec.fields.map((f) => quote(templateHeader(f))), spec.fields.map((f) => quote(f.example ?? ''))].map((cells) => cells.join(',')).join('\r\n') +
    '\r\n';
  const stream = typeof out === 'string' ? fs.createWriteStream(out) : out;
  stream.end(Buffer.from(text, 'utf8'));
  await finished(stream);
}
