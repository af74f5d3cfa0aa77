import * as fs from 'node:fs';
import * as iconv from 'iconv-lite';
import { ICONV_NAME, type TextEncoding } from './detectEncoding';
import { CsvParser } from './csvParser';

export interface CsvLayout {
  encoding: TextEncoding;
  delimiter: string;
  /** What ends a line: '\n' (also covers \r\n) or a lone '\r' (old Mac files). */
  newline: '\n' | '\r';
}

/** A parsed record (values) or a line whose quoting broke the parser (text, split by the caller). */
export type CsvEvent = { line: number; values: string[] } | { line: number; values: null; text: string };

const CHUNK_BYTES = 1 << 20;

/** Decodes byte chunks as they come: the platform's decoder for UTF-8, iconv-lite for the rest. */
function decoderFor(encoding: TextEncoding): { write(bytes: Buffer): string; end(): string } {
  const name = ICONV_NAME[encoding];
  if (name === 'utf8' || name === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(name);
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
}

/**
 * Records of a CSV file with the physical line each starts on, streamed (file → decoder → CsvParser) in
 * 1 MB chunks, so memory does not grow with the file. Wrong quoting never loses the rest of the file: the
 * line is reported as broken and parsing goes on with the next line.
 */
export async function* csvEvents(path: string, layout: CsvLayout): AsyncGenerator<CsvEvent> {
  const parser = new CsvParser(layout.delimiter, layout.newline === '\r');
  const decoder = decoderFor(layout.encoding);
  const input = fs.createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const out: CsvEvent[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      parser.push(decoder.write(chunk), out);
      for (let i = 0; i < out.length; i++) yield out[i];
      out.length = 0;
    }
    const rest = decoder.end();
    if (rest) parser.push(rest, out);
    parser.end(out);
    for (let i = 0; i < out.length; i++) yield out[i];
  } finally {
    input.destroy();
  }
}
