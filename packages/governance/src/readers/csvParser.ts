import type { CsvEvent } from './csvEvents';

/** A record this large is an unclosed quote swallowing the file, not data (Excel cells hold 32,767 chars). */
export const MAX_RECORD_CHARS = 4_000_000;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * An incremental CSV parser (RFC 4180 plus what departments' files really contain), written for speed:
 * one pass over each decoded chunk with `indexOf`, no per-character callbacks. Semantics:
 * - a field that starts with `"` is quoted; `""` inside is a quote; a closing quote must be followed by the
 *   delimiter, a line end or the end of the file — otherwise the quote was stray (`"北京"某公司`) and the
 *   field is taken as written up to the next delimiter (a stray quote that ran over line ends breaks the line);
 * - a quoted field may span lines (a real multi-line cell);
 * - a quote that never closes (or a record past MAX_RECORD_CHARS) is a broken line: the line it started on
 *   is reported as it stands and parsing starts again on the next line, so nothing after it is lost;
 * - line ends: `\n`, `\r\n`, or a lone `\r` when the file uses those.
 */
export class CsvParser {
  private buffer = '';
  private line = 1;

  constructor(
    private readonly delimiter: string,
    private readonly loneCr: boolean,
  ) {}

  /** Records complete in the text so far; the rest waits for more text (or `end`). */
  push(text: string, out: CsvEvent[]): void {
    this.buffer = this.buffer.length ? this.buffer + text : text;
    this.parse(out, false);
  }

  end(out: CsvEvent[]): void {
    this.parse(out, true);
  }

  private parse(out: CsvEvent[], final: boolean): void {
    const text = this.buffer;
    const delimiter = this.delimiter;
    const delimiterCode = delimiter.charCodeAt(0);
    let pos = 0;
    const length = text.length;
    while (pos < length) {
      const start = pos;
      const startLine = this.line;
      const values: string[] = [];
      let linesInRecord = 0;
      let complete = false;
      let broken = false;
      // Where the current physical line ends; recomputed only once a field has moved past it.
      let lineEnd = this.nextLineEnd(text, pos);
      for (;;) {
        if (pos < length && text.charCodeAt(pos) === QUOTE) {
          const quoted = this.quotedField(text, pos, final);
          if (quoted === null) {
            // Need more text to know where the field ends (or it never closes, when `final`).
            if (!final && length - start < MAX_RECORD_CHARS) break;
            broken = true;
            break;
          }
          if (quoted === 'strayAcrossLines') {
            // The quote ran over line ends to a quote that closes nothing: the line is broken as it stands.
            broken = true;
            break;
          }
          if (quoted === 'stray') {
            // Not a quoted field after all: taken as written, up to the next delimiter or line end.
          } else {
            values.push(quoted.value);
            linesInRecord += quoted.lines;
            pos = quoted.end;
            const code = pos < length ? text.charCodeAt(pos) : -1;
            if (code === delimiterCode) {
              pos += 1;
              continue;
            }
            const eol = this.lineEndAt(text, pos, final);
            if (eol === 0 && pos >= length && !final) break;
            pos += eol;
            if (eol > 0) linesInRecord += 1;
            complete = true;
            break;
          }
        }
        // Unquoted field: up to the delimiter or the line end, whichever comes first.
        if (lineEnd >= 0 && lineEnd < pos) lineEnd = this.nextLineEnd(text, pos);
        const next = text.indexOf(delimiter, pos);
        if (next >= 0 && (lineEnd < 0 || next < lineEnd)) {
          values.push(text.slice(pos, next));
          pos = next + 1;
          continue;
        }
        if (lineEnd < 0) {
          if (!final) break;
          values.push(text.slice(pos));
          pos = length;
          complete = true;
          break;
        }
        values.push(text.slice(pos, lineEnd));
        pos = lineEnd + this.lineEndLength(text, lineEnd);
        linesInRecord += 1;
        complete = true;
        break;
      }
      if (broken) {
        // The physical line the record started on, as it stands; parsing resumes on the line after it.
        const lineEnd = this.nextLineEnd(text, start);
        const end = lineEnd < 0 ? length : lineEnd;
        out.push({ line: startLine, values: null, text: text.slice(start, end) });
        pos = lineEnd < 0 ? length : lineEnd + this.lineEndLength(text, lineEnd);
        this.line += 1;
        continue;
      }
      if (!complete) {
        pos = start;
        break;
      }
      out.push({ line: startLine, values });
      this.line += Math.max(linesInRecord, 1);
    }
    this.buffer = pos >= length ? '' : text.slice(pos);
  }

  /**
   * The quoted field at `pos`: its value, where it ends (after the closing quote) and the line breaks inside
   * it; 'stray' when the closing quote is followed by other text; null when the text ends inside it.
   */
  private quotedField(text: string, pos: number, final: boolean): { value: string; end: number; lines: number } | 'stray' | 'strayAcrossLines' | null {
    let from = pos + 1;
    let value = '';
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0) return null;
      if (close + 1 < text.length && text.charCodeAt(close + 1) === QUOTE) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      if (close + 1 >= text.length && !final) return null; // might be `""` split across chunks
      value += text.slice(from, close);
      const after = close + 1 < text.length ? text.charCodeAt(close + 1) : -1;
      if (after === -1 || after === this.delimiter.charCodeAt(0) || after === LF || after === CR) {
        return { value, end: close + 1, lines: countLineEnds(value, this.loneCr) };
      }
      return countLineEnds(value, this.loneCr) > 0 ? 'strayAcrossLines' : 'stray';
    }
  }

  private nextLineEnd(text: string, from: number): number {
    if (this.loneCr) return text.indexOf('\r', from);
    const lf = text.indexOf('\n', from);
    return lf >= 0 ? endBeforeCr(text, lf, from) : -1;
  }

  private lineEndLength(text: string, at: number): number {
    return !this.loneCr && text.charCodeAt(at) === CR ? 2 : 1;
  }

  /** Length of the line end at `pos` (0 when none). */
  private lineEndAt(text: string, pos: number, final: boolean): number {
    if (pos >= text.length) return 0;
    const code = text.charCodeAt(pos);
    if (this.loneCr) return code === CR ? 1 : 0;
    if (code === LF) return 1;
    if (code === CR && text.charCodeAt(pos + 1) === LF) return 2;
    if (code === CR && pos + 1 >= text.length && !final) return 0;
    return 0;
  }
}

/** `\r\n` ends a line at its `\r`. */
function endBeforeCr(text: string, lf: number, from: number): number {
  return lf > from && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
}

function countLineEnds(value: string, loneCr: boolean): number {
  const ch = loneCr ? '\r' : '\n';
  let n = 0;
  for (let i = value.indexOf(ch); i >= 0; i = value.indexOf(ch, i + 1)) n++;
  return n;
}
