/**
 * Looking a value up in a code table. Departments write the code (`01`), the label (`警告`), or what a
 * template drop-down gives (`01 警告`, `警告(01)`); all resolve to the code. A label shared by two codes
 * (e.g. 市辖区 in the division table) resolves to nothing: guessing would store a wrong code.
 */
import type { CodeTable } from '../types';
import { toHalfWidth } from '../standardise/text';

const SPACES = /\s+/g;
const CODE_THEN_LABEL = /^([0-9A-Za-z_]+)\s*(?:[-:|.、]|\s)\s*(.+)$/;
const LABEL_THEN_CODE = /^(.+?)\s*\(\s*([0-9A-Za-z_]+)\s*\)$/;

export function normaliseLabel(s: string): string {
  return toHalfWidth(s).replace(SPACES, '').toLowerCase();
}

export class CodeLookup {
  private readonly codes = new Set<string>();
  /** Upper-cased code → code (`daily` → `DAILY`), only when no two codes differ by case alone. */
  private readonly byUpper = new Map<string, string | null>();
  /** Normalised label → code, or null when several codes share the label. */
  private readonly byLabel = new Map<string, string | null>();
  private readonly labelOf = new Map<string, string>();

  constructor(readonly table: CodeTable) {
    for (const { code, label } of table.values) {
      this.codes.add(code);
      const upper = code.toUpperCase();
      this.byUpper.set(upper, this.byUpper.has(upper) ? null : code);
      const key = normaliseLabel(label);
      this.labelOf.set(code, key);
      const known = this.byLabel.get(key);
      this.byLabel.set(key, known === undefined || known === code ? code : null);
    }
  }

  get size(): number {
    return this.codes.size;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** The code a value stands for, or null when it names none (or an ambiguous label). */
  resolve(value: string): string | null {
    if (this.codes.has(value)) return value;
    const trimmed = toHalfWidth(value).trim();
    if (this.codes.has(trimmed)) return trimmed;
    const key = normaliseLabel(trimmed);
    const byLabel = this.byLabel.get(key);
    if (byLabel) return byLabel;
    const byUpper = this.byUpper.get(trimmed.toUpperCase());
    if (byUpper) return byUpper;
    return this.fromPair(trimmed, CODE_THEN_LABEL, 1, 2) ?? this.fromPair(trimmed, LABEL_THEN_CODE, 2, 1);
  }

  /** `01 警告` / `警告(01)`: accepted only when code and label belong together. */
  private fromPair(s: string, re: RegExp, codeGroup: number, labelGroup: number): string | null {
    const m = re.exec(s);
    if (!m) return null;
    const code = this.codes.has(m[codeGroup]) ? m[codeGroup] : this.byUpper.get(m[codeGroup].toUpperCase());
    return code && this.labelOf.get(code) === normaliseLabel(m[labelGroup]) ? code : null;
  }
}
