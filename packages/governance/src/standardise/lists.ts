/** Multi-value cells: `a,b`, `a，b`, `a;b`, `a；b`, `a、b` or one per line (width already folded). */
import { isNullSentinel } from './text';

const isSeparator = (c: number): boolean => c === 44 || c === 59 || c === 0x3001 || c === 10 || c === 13;

/** Trimmed non-empty items; null when none is left. A char-code scan, no regex split. */
export function splitList(text: string): string[] | null {
  const items: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i > start) {
      const item = text.slice(start, i).trim();
      if (!isNullSentinel(item)) items.push(item);
    }
    start = i + 1;
  }
  return items.length > 0 ? items : null;
}
