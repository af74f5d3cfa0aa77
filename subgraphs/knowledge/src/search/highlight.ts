import { normaliseText } from './analyzer';

const SNIPPET_CHARS = 90;
const MAX_SNIPPETS = 3;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where the words occur in the text: merged [start, end) ranges (case- and width-insensitive). */
export function matchRanges(text: string, words: string[]): [number, number][] {
  const haystack = normaliseText(text);
  const ranges: [number, number][] = [];
  for (const word of new Set(words.map((w) => normaliseText(w)).filter(Boolean))) {
    for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text between `from` and `to`, HTML-escaped, the matches in it wrapped in <em>. */
function marked(text: string, ranges: [number, number][], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    out += escapeHtml(text.slice(at, start)) + '<em>' + escapeHtml(text.slice(start, end)) + '</em>';
    at = end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole (short) text with its matches marked: titles. */
export function highlightAll(text: string, words: string[]): string {
  return marked(text, matchRanges(text, words), 0, text.length);
}

/**
 * Up to three snippets of about 90 characters, each centred on the densest run of matches not yet shown,
 * in text order; the text's beginning when nothing matches (a hit by its title).
 */
export function snippets(text: string, words: string[]): string[] {
  const ranges = matchRanges(text, words);
  if (!ranges.length) return [escapeHtml(text.slice(0, SNIPPET_CHARS)) + (text.length > SNIPPET_CHARS ? '…' : '')];
  const windows: [number, number][] = [];
  const covered = (r: [number, number]) => windows.some(([s, e]) => r[0] >= s && r[1] <= e);
  // Windows by how many matches they hold, greedily.
  const candidates = ranges.map((r) => {
    const start = Math.max(0, Math.min(r[0] - Math.floor(SNIPPET_CHARS / 3), text.length - SNIPPET_CHARS));
    const end = Math.min(text.length, start + SNIPPET_CHARS);
    return { start, end, score: ranges.filter(([s, e]) => s >= start && e <= end).reduce((n, [s, e]) => n + (e - s), 0) };
  });
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  for (const c of candidates) {
    if (windows.length >= MAX_SNIPPETS) break;
    if (ranges.filter((r) => r[0] >= c.start && r[1] <= c.end).every(covered)) continue;
    if (windows.some(([s, e]) => c.start < e && c.end > s)) continue;
    windows.push([c.start, c.end]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  return windows.map(([s, e]) => (s > 0 ? '…' : '') + marked(text, ranges, s, e) + (e < text.length ? '…' : ''));
}
