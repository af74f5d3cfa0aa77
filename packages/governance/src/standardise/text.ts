/**
 * Text clean-up shared by every field kind (domain.md §9): width folding, trimming, null sentinels and
 * the labels/page marks that copy-paste leaves around a value. All regexes are compiled once here.
 */

/** Full-width ASCII (U+FF01–FF5E), the ideographic space, NBSP and invisible marks. */
const WIDE_ALL = /[\uFF01-\uFF5E\u3000\u00A0\u200B\uFEFF\uFFE5]/g;

/** A char-code scan: cheaper than a regex test on the short strings cells hold (ASCII and Han skip at once). */
function hasWide(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 || (c > 0xa0 && c < 0x200b) || (c > 0x200b && c < 0x3000) || (c > 0x3000 && c < 0xfeff)) continue;
    if (c === 0xa0 || c === 0x200b || c === 0x3000 || c === 0xfeff || c === 0xffe5 || (c >= 0xff01 && c <= 0xff5e)) return true;
  }
  return false;
}

function foldChar(c: string): string {
  switch (c) {
    case '\u3000':
    case '\u00A0':
      return ' ';
    case '\u200B':
    case '\uFEFF':
      return '';
    case '\uFFE5': // ￥ (full-width yen sign) is outside the ASCII block
      return '¥';
    default:
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  }
}

/** `Ａ１，（）` → `A1,()`; returns the same string when nothing is wide (the common case, no allocation). */
export function toHalfWidth(s: string): string {
  return hasWide(s) ? s.replace(WIDE_ALL, foldChar) : s;
}

/** Cell texts meaning "no value" (compared after width folding and trimming; Latin case-insensitive). */
const NULL_SENTINELS = new Set(['', 'null', 'undefined', 'none', 'nil', 'n/a', '无', '/', '-', '--', '—', '——', '\\']);

/** First characters of the sentinels: most cells are ruled out without a set lookup. */
const SENTINEL_START = new Set([...NULL_SENTINELS].filter((w) => w).flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

export function isNullSentinel(s: string): boolean {
  if (s.length === 0) return true;
  if (s.length > 9 || !SENTINEL_START.has(s.charCodeAt(0))) return false;
  return NULL_SENTINELS.has(s) || NULL_SENTINELS.has(s.toLowerCase());
}

/** `统一社会信用代码：9133…` (after folding, the colon is ASCII). The label is 2–20 Han characters. */
const LABEL_PREFIX = /^([\u4e00-\u9fff]{2,20})\s*:\s*/;
/** `…（1/1）` page marks left by exports (after folding, the brackets are ASCII). */
const PAGE_SUFFIX = /\s*\(\d+\/\d+\)$/;

/**
 * Folds width, trims, strips a label prefix and a page suffix, and maps null sentinels to null.
 * `labels` (normalised headers of the field): for free text only these labels are stripped, since
 * "备注：…" may be content; when `anyLabel` is true (codes, dates, numbers) any Han label is stripped.
 */
export function cleanText(raw: string, anyLabel: boolean, labels?: ReadonlySet<string>): string | null {
  let s = toHalfWidth(raw).trim();
  if (s.length === 0) return null;
  if (s.indexOf(':') > 0) {
    const m = LABEL_PREFIX.exec(s);
    if (m && (anyLabel || labels?.has(m[1])) && m[0].length < s.length) s = s.slice(m[0].length);
  }
  if (s.charCodeAt(s.length - 1) === 41 /* ) */) s = s.replace(PAGE_SUFFIX, '');
  return isNullSentinel(s) ? null : s;
}

const INNER_SPACE = /\s/;
const INNER_SPACE_ALL = /\s+/g;

/** Removes all whitespace (codes copied with spaces every four characters, line breaks in cells). */
export function removeSpaces(s: string): string {
  return INNER_SPACE.test(s) ? s.replace(INNER_SPACE_ALL, '') : s;
}
