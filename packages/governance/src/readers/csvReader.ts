import * as iconv from 'iconv-lite';
import { FileError, type FileProblem, type RawRow } from '../types';
import { csvEvents, type CsvEvent, type CsvLayout } from './csvEvents';
import { detectDelimiter, firstNonBlankLine } from './detectDelimiter';
import { detectFileEncoding, ICONV_NAME } from './detectEncoding';
import type { FileSource } from './fileSource';
import { cleanHeaders } from './headers';
import { rowFromValues } from './rowFromValues';
import { SAMPLE_BYTES } from './sniffFormat';

export function detectLayout(path: string, sample: Buffer): CsvLayout {
  const encoding = detectFileEncoding(path, sample, SAMPLE_BYTES);
  const text = iconv.decode(sample, ICONV_NAME[encoding]);
  const firstBreak = text.search(/[\r\n]/);
  const newline = firstBreak >= 0 && text[firstBreak] === '\r' && text[firstBreak + 1] !== '\n' ? '\r' : '\n';
  return { encoding, delimiter: detectDelimiter(firstNonBlankLine(text)), newline };
}

const blank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/** Opens a CSV file: reads up to its header now, streams the rows on demand. */
export async function openCsv(path: string, sample: Buffer): Promise<FileSource> {
  const layout = detectLayout(path, sample);
  const events = csvEvents(path, layout);
  let header: CsvEvent | undefined;
  for (;;) {
    const next = await events.next();
    if (next.done) break;
    if (next.value.values === null) {
      await events.return(undefined);
      throw new FileError('NO_HEADER', `第${next.value.line}行（表头）的引号不成对，无法识别列名，请检查表头`);
    }
    if (!blank(next.value.values)) {
      header = next.value;
      break;
    }
  }
  if (!header?.values) throw new FileError('NO_HEADER', '文件中没有表头行（文件只有空行），没有可导入的内容');
  const { headers, problems } = cleanHeaders(header.values, header.line);

  async function* rows(): AsyncGenerator<RawRow> {
    for await (const event of { [Symbol.asyncIterator]: () => events }) {
      const row = event.values === null ? brokenRow(headers, event, layout.delimiter) : dataRow(headers, event.values, event.line, layout.delimiter);
      if (row) yield row;
    }
  }
  return {
    format: 'csv',
    encoding: layout.encoding,
    headers,
    headerRow: header.line,
    problems,
    rows: rows(),
    close: async () => {
      await events.return(undefined);
    },
  };
}

function dataRow(headers: string[], values: string[], line: number, delimiter: string): RawRow | null {
  const problems: FileProblem[] = [];
  const garbled = values.findIndex((v) => v.includes('\ufffd'));
  if (garbled >= 0) {
    // Bytes that are not valid in the detected encoding (e.g. a GBK part appended to a UTF-8 file).
    problems.push({
      code: 'UNDECODABLE_TEXT',
      message: `第${line}行「${headers[garbled] ?? `第${garbled + 1}列`}」含无法识别的字符（文件中混有其他编码的内容），请核对原文后重新填写`,
      row: line,
      column: headers[garbled] ?? `__extra_${garbled + 1}`,
    });
  }
  const suspect = suspectCell(headers, values, delimiter);
  if (suspect !== null) {
    problems.push({
      code: 'SUSPECT_QUOTING',
      message: `第${line}行「${headers[suspect] ?? `第${suspect + 1}列`}」的内容跨了多行，且其中的行像一整条记录，可能是引号未闭合把后面的行并进了这一格，请核对`,
      row: line,
      column: headers[suspect] ?? `__extra_${suspect + 1}`,
    });
  }
  return rowFromValues(headers, values, line, problems);
}

/** A quoted multi-line cell one of whose lines holds as many delimiters as a whole record. */
function suspectCell(headers: string[], values: string[], delimiter: string): number | null {
  if (headers.length < 2) return null;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!value.includes('\n') && !value.includes('\r')) continue;
    for (const line of value.split(/\r\n|\n|\r/).slice(1)) {
      if (line.split(delimiter).length >= headers.length) return i;
    }
  }
  return null;
}

/** A line whose quoting broke the parser: split on the delimiter as it stands, so its content is kept. */
function brokenRow(headers: string[], event: { line: number; text: string }, delimiter: string): RawRow | null {
  const problem: FileProblem = {
    code: 'BAD_QUOTING',
    message: `第${event.line}行的引号不成对（有 " 开头却没有配对的 "），该行已按分隔符原样拆分，引号保留，请核对后重新填写`,
    row: event.line,
  };
  return rowFromValues(headers, event.text.split(delimiter), event.line, [problem]);
}
