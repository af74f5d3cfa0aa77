import { FileError, type FileFormat } from '../types';
import { openCsv } from './csvReader';
import type { FileSource } from './fileSource';
import { sniffFormat } from './sniffFormat';
import { openXlsx } from './xlsxReader';

export interface OpenRecordFileOptions {
  /** Read as this format whatever the content looks like (the content still has to fit). */
  format?: FileFormat;
  /** xlsx: the sheet to read, by name (default: the first visible sheet). */
  sheet?: string;
}

/**
 * Opens a department's file of records. Reads the header now (so that an unreadable file fails here with
 * a FileError and nothing is imported) and streams the data rows as they are iterated.
 */
export async function openRecordFile(path: string, options: OpenRecordFileOptions = {}): Promise<FileSource> {
  const sniffed = sniffFormat(path);
  const format = options.format ?? sniffed.format;
  if (format === 'xlsx') {
    if (!sniffed.zip) throw new FileError('NOT_A_SPREADSHEET', '文件内容不是 Excel 工作簿（.xlsx），看起来是文本文件，请按 CSV 导入');
    return openXlsx(path, sniffed.zip, options.sheet);
  }
  if (sniffed.zip) throw new FileError('NOT_A_SPREADSHEET', '文件内容是 Excel 工作簿（.xlsx），不是 CSV 文本，请按 Excel 导入');
  return openCsv(path, sniffed.sample);
}
