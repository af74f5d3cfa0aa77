import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '@hub/codes';
import { lawTitleCandidates, normalizeArticleNumber } from '../src/citation/citation';
import { lawEntry } from '../src/import/importLaws';

// The query sets of the search benchmark (bench/search): 200 queries for latency, and the judged set whose
// expected articles must be real articles of the data the benchmark loads.
const BENCH = path.join(__dirname, '..', '..', '..', 'bench', 'search');
const DATA_DIR = resolveDataDir() ?? '/work/shared/data';
const TYPES = ['term', 'sentence', 'phrase', 'reference', 'title', 'mixed'];
const KINDS = ['plain', 'legal', 'reference'];

interface QueryFile { queries: { query: string; type: string }[] }
interface JudgedFile { queries: { query: string; kind: string; expected: { law: string; article: string }[] }[] }

const read = <T>(name: string) => JSON.parse(fs.readFileSync(path.join(BENCH, name), 'utf8')) as T;
const normalized = (q: string) => q.replace(/\s+/g, ' ').trim();

/** numberTexts of every law of laws/, by title and by short title (read with the importer's reader). */
function articlesByTitle(): Map<string, Set<string>> {
  const byTitle = new Map<string, Set<string>>();
  titles = new Set<string>();
  const root = path.join(DATA_DIR, 'laws');
  for (const level of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of fs.readdirSync(path.join(root, level.name)).filter((n) => n.endsWith('.json'))) {
      const full = path.join(root, level.name, name);
      const entry = lawEntry(fs.readFileSync(full, 'utf8'), full);
      if (!('file' in entry)) throw new Error(`无法读取 ${full}`);
      titles.add(entry.file.title);
      for (const title of new Set([entry.file.title, entry.file.shortTitle ?? entry.file.title])) {
        const set = byTitle.get(title) ?? new Set<string>();
        for (const a of entry.file.articles) set.add(a.numberText);
        byTitle.set(title, set);
      }
    }
  }
  return byTitle;
}

let articles: Map<string, Set<string>>;
/** The `title` of every law of laws/ (short titles left out). */
let titles: Set<string>;
beforeAll(() => {
  articles = articlesByTitle();
});

describe('bench/search/queries.json', () => {
  const { queries } = read<QueryFile>('queries.json');

  test('holds 200 distinct queries, each with a type', () => {
    expect(queries).toHaveLength(200);
    expect(new Set(queries.map((q) => normalized(q.query))).size).toBe(200);
    for (const q of queries) {
      expect(normalized(q.query)).not.toBe('');
      expect(TYPES).toContain(q.type);
    }
  });

  test('mixes every type of query', () => {
    const counts = Object.fromEntries(TYPES.map((t) => [t, queries.filter((q) => q.type === t).length]));
    for (const t of TYPES) expect(counts[t]).toBeGreaterThanOrEqual(15);
    for (const q of queries.filter((x) => x.type === 'phrase')) expect(q.query).toMatch(/^".+"$/);
    expect(queries.filter((q) => q.type === 'sentence').every((q) => [...q.query].length >= 10)).toBe(true);
  });

  test('every article reference names an article of the data', () => {
    for (const { query } of queries.filter((q) => q.type === 'reference')) {
      const m = /^《?([^《》第]+?)》?(第[零一二三四五六七八九十百千\d]+条)/.exec(query);
      if (!m) throw new Error(`不是条文引用：${query}`);
      const numberText = normalizeArticleNumber(m[2]);
      const found = lawTitleCandidates(m[1]).some((t) => articles.get(t)?.has(numberText));
      if (!found) throw new Error(`引用的条文不存在：${query}`);
    }
  });
});

describe('bench/search/judged.json', () => {
  const { queries } = read<JudgedFile>('judged.json');

  test('holds at least 60 distinct queries of every kind, each with expected articles', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => normalized(q.query))).size).toBe(queries.length);
    for (const k of KINDS) expect(queries.filter((q) => q.kind === k).length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      expect(KINDS).toContain(q.kind);
      expect(q.expected.length).toBeGreaterThan(0);
    }
  });

  test('every expected article exists in the data, under the title the data gives its law', () => {
    const missing = queries.flatMap((q) => q.expected.filter((e) => !articles.get(e.law)?.has(e.article)).map((e) => `${q.query} → ${e.law} ${e.article}`));
    expect(missing).toEqual([]);
    // Titles, not short titles: the data's `title` of some law of laws/.
    const named = new Set(queries.flatMap((q) => q.expected.map((e) => e.law)));
    expect([...named].filter((t) => !titles.has(t))).toEqual([]);
  });
});
