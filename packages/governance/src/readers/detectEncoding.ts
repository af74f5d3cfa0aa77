import * as fs from 'node:fs';

/** 'utf8-bom' and 'utf16le' are decoded with their BOM stripped. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'gbk' | 'utf16le' | 'utf16be';

/** The iconv-lite decoder for an encoding. GBK files are decoded as GB18030, its superset. */
export const ICONV_NAME: Record<TextEncoding, string> = {
  utf8: 'utf8',
  'utf8-bom': 'utf8',
  gbk: 'gb18030',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

/**
 * Encoding from the file's first bytes: a BOM decides; otherwise text that is valid UTF-8 is UTF-8 (GBK
 * Chinese text is practically never valid UTF-8), and anything else is taken as GBK, which is what Excel
 * and WPS write for "CSV" on a Chinese Windows.
 */
export function detectEncoding(sample: Buffer, wholeFile: boolean): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !wholeFile });
    return 'utf8';
  } catch {
    return 'gbk';
  }
}

/**
 * Pure ASCII says nothing about the encoding: when the sample has no byte above 0x7F, look further into
 * the file for the first one and judge the 64 KB from there (an ASCII header with GBK data below is a
 * common export). A file that is ASCII throughout is UTF-8.
 */
export function detectFileEncoding(path: string, sample: Buffer, sampleBytes: number): TextEncoding {
  const whole = sample.length < sampleBytes;
  if (whole || sample.some((b) => b > 0x7f) || sample[0] === 0xff || sample[0] === 0xfe) return detectEncoding(sample, whole);
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1024 * 1024);
    for (let position = sample.length; ; ) {
      const n = fs.readSync(fd, buf, 0, buf.length, position);
      if (n === 0) return 'utf8';
      const at = buf.subarray(0, n).findIndex((b) => b > 0x7f);
      if (at >= 0) {
        const window = Buffer.alloc(sampleBytes);
        const got = fs.readSync(fd, window, 0, sampleBytes, position + at);
        return detectEncoding(window.subarray(0, got), got < sampleBytes);
      }
      position += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}
