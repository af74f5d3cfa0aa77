import * as fs from 'node:fs';
import { FileError, type FileFormat } from '../types';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

/** How many bytes are looked at to decide format, encoding and delimiter. */
export const SAMPLE_BYTES = 64 * 1024;

export interface Sniffed {
  format: FileFormat;
  /** The first SAMPLE_BYTES of the file (CSV detection uses them). */
  sample: Buffer;
  /** xlsx: the ZIP directory. */
  zip?: Map<string, ZipEntry>;
}

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/**
 * Decides the format from the content, not the extension: departments rename files (`.csv` that is an
 * .xlsx, `.xlsx` that is an old .xls) and the extension is the least reliable thing about them.
 */
export function sniffFormat(path: string): Sniffed {
  let sample: Buffer;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const buf = Buffer.alloc(SAMPLE_BYTES);
      sample = buf.subarray(0, fs.readSync(fd, buf, 0, SAMPLE_BYTES, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError('FILE_NOT_FOUND', `文件不存在：${path}`);
    if (code === 'EISDIR') throw new FileError('NOT_A_SPREADSHEET', `这是一个文件夹，不是文件：${path}`);
    throw error;
  }
  if (sample.length === 0) throw new FileError('FILE_EMPTY', '文件是空的（0 字节），没有可导入的内容');

  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04]) || startsWith(sample, [0x50, 0x4b, 0x05, 0x06])) {
    const zip = readZipDirectory(path);
    if (!zip) throw new FileError('NOT_A_SPREADSHEET', '文件是损坏或不完整的压缩包（ZIP），无法作为 Excel 工作簿读取，请重新保存或重新上传');
    if (zip.has('xl/workbook.xml')) return { format: 'xlsx', sample, zip };
    throw new FileError('NOT_A_SPREADSHEET', `文件是 ZIP 压缩包，但不是 Excel 工作簿（${zipKind(zip)}），请另存为 .xlsx 或 CSV 后再导入`);
  }
  const binary = binaryKind(sample);
  if (binary) throw new FileError('NOT_A_SPREADSHEET', `文件不是电子表格：${binary}。请上传 .xlsx 或 CSV 文件`);
  return { format: 'csv', sample };
}

function zipKind(zip: Map<string, ZipEntry>): string {
  if (zip.has('word/document.xml')) return '看起来是 Word 文档 .docx';
  if ([...zip.keys()].some((name) => name.startsWith('ppt/'))) return '看起来是 PowerPoint 演示文稿 .pptx';
  if (zip.has('content.xml') && zip.has('mimetype')) return '看起来是 OpenDocument 文件（如 WPS/LibreOffice 的 .ods），不是 .xlsx';
  return '其中没有 xl/workbook.xml';
}

/** A name for known binary formats, or a generic one for other binary content; null for text. */
function binaryKind(sample: Buffer): string | null {
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return '这是旧版 Excel 97-2003（.xls）或其他 Office 二进制文件，也可能是设置了打开密码的 Excel 文件；请在 Excel/WPS 中去掉密码并另存为 .xlsx 或 CSV';
  }
  if (startsWith(sample, [0x25, 0x50, 0x44, 0x46])) return '这是 PDF 文件';
  if (startsWith(sample, [0x89, 0x50, 0x4e, 0x47])) return '这是 PNG 图片';
  if (startsWith(sample, [0xff, 0xd8, 0xff])) return '这是 JPEG 图片';
  if (startsWith(sample, [0x47, 0x49, 0x46, 0x38])) return '这是 GIF 图片';
  if (startsWith(sample, [0x52, 0x61, 0x72, 0x21])) return '这是 RAR 压缩包';
  if (startsWith(sample, [0x1f, 0x8b])) return '这是 gzip 压缩文件';
  if (startsWith(sample, [0x37, 0x7a, 0xbc, 0xaf])) return '这是 7z 压缩包';
  // UTF-16 text (Excel's "Unicode 文本") is text despite its NUL bytes.
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return null;
  // Text in UTF-8 or GBK has no NUL and almost no other C0 control bytes; binary files have many.
  let control = 0;
  for (const b of sample) {
    if (b === 0) return '文件含二进制内容（不是文本表格）';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a && b !== 0x1b)) control++;
  }
  return control > sample.length / 100 ? '文件含二进制内容（不是文本表格）' : null;
}
