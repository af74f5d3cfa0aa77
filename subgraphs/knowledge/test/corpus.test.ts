import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { lawArticleId, lawId } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { createContext } from '@hub/runtime';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge, { importLaws } from '../src';
import { CORPUS_FILE, corpusEntries, importCorpus } from '../src/import/importCorpus';
import { LawEntry, lawEntry } from '../src/import/importLaws';
import type { LawFile } from '../src/import/lawFile';

const DATA_DIR = resolveDataDir() ?? '/work/shared/data';
const CORPUS = path.join(DATA_DIR, CORPUS_FILE);

// Two versions of one title (the later is current), a regulation whose last amendment was made by
// 《国务院关于废止和修改部分行政法规的决定》 (amended, not repealed), a law also in laws/, and a document
// that is only in the corpus.
const NEWER = '司法解释/最高人民法院 最高人民检察院关于办理非法从事资金支付结算业务、非法买卖外汇刑事案件适用法律若干问题的解释(2019-01-31)';
const OLDER = '司法解释/最高人民法院、最高人民检察院关于办理非法从事资金支付结算业务、非法买卖外汇刑事案件适用法律若干问题的解释';
const GTGSH = '行政法规/个体工商户条例(2016-02-06)';
const XZCF = '法律/行政处罚法(2021-01-22)';
const SLICE = [NEWER, OLDER, GTGSH, XZCF];

let hub: TestHub;
let tmp: string;
const em = () => createContext(hub.subgraphs.knowledge.orm).em;
const sql = async (query: string, params: unknown[] = []) => (await em().getConnection().execute(query, params)) as Record<string, any>[];
const docs = new Map<string, LawFile>();
const constitution: LawFile[] = [];

/** The documents of the real corpus wanted by the test, read the way the import reads them. */
async function readSlice(): Promise<void> {
  for await (const entry of corpusEntries(fs.createReadStream(CORPUS), CORPUS)) {
    if (!('file' in entry)) continue;
    if (SLICE.includes(entry.file.id)) docs.set(entry.file.id, entry.file);
    if (entry.file.level === '宪法') constitution.push(entry.file);
  }
  // One corpus-only document (no file in laws/) with few articles keeps the slice small.
  const index = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'laws', 'index.json'), 'utf8')) as { id: string; file: string | null; articleCount: number }[];
  const only = index.find((d) => d.file === null && d.articleCount > 0 && d.articleCount <= 10 && d.id.startsWith('行政法规/'))!;
  for await (const entry of corpusEntries(fs.createReadStream(CORPUS), CORPUS)) {
    if ('file' in entry && entry.file.id === only.id) docs.set(only.id, entry.file);
  }
}

/** A corpus file of the given documents (one JSON a line, gzip) in a data directory of its own. */
function writeCorpus(dir: string, files: LawFile[]): string {
  const file = path.join(dir, CORPUS_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zlib.gzipSync(files.map((f) => JSON.stringify(f)).join('\n') + '\n'));
  return dir;
}

const articleTotal = (files: LawFile[]) => files.reduce((n, f) => n + f.articles.length, 0);
const statusOf = async (fileId: string) => (await sql('select status from knowledge.law where file_id = ?', [fileId]))[0]?.status;

beforeAll(async () => {
  hub = await startTestSubgraphs([knowledge]);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-corpus-'));
  await readSlice();
}, 120_000);
afterAll(async () => {
  await hub?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('full corpus import', () => {
  test('a slice of the corpus is stored with ids from @hub/city and its versions settled', async () => {
    expect(docs.size).toBe(SLICE.length + 1);
    const files = [...docs.values()];
    const dir = writeCorpus(path.join(tmp, 'first'), files);
    const result = await importCorpus(em(), dir);
    expect(result).toMatchObject({ files: files.length, lawsInserted: files.length, lawsUpdated: 0, lawsUnchanged: 0, rejected: 0, articlesInserted: articleTotal(files) });

    const laws = await sql('select id, file_id, article_count from knowledge.law order by file_id');
    expect(laws.map((l) => l.file_id)).toEqual(files.map((f) => f.id).sort());
    for (const l of laws) expect(l.id).toBe(lawId(l.file_id));
    const articles = await sql('select a.id, a.number_text, l.file_id from knowledge.law_article a join knowledge.law l on l.id = a.law_id');
    expect(articles).toHaveLength(articleTotal(files));
    expect(articles.filter((a) => a.id !== lawArticleId(a.file_id, a.number_text))).toEqual([]);

    expect(await statusOf(NEWER)).toBe('现行');
    expect(await statusOf(OLDER)).toBe('已修订');
    expect(await statusOf(GTGSH)).toBe('现行');
    expect(await statusOf(XZCF)).toBe('现行');
  });

  test('a second import of the same file changes nothing', async () => {
    const before = await sql('select id, version, updated_at, status from knowledge.law order by id');
    const articlesBefore = await sql('select id, version, updated_at from knowledge.law_article order by id');
    const again = await importCorpus(em(), path.join(tmp, 'first'));
    expect(again).toMatchObject({ lawsInserted: 0, lawsUpdated: 0, lawsUnchanged: docs.size, articlesInserted: 0, statusChanged: 0 });
    expect(await sql('select id, version, updated_at, status from knowledge.law order by id')).toEqual(before);
    expect(await sql('select id, version, updated_at from knowledge.law_article order by id')).toEqual(articlesBefore);
  });

  test('a changed document replaces only its own law and articles', async () => {
    const changedLaw = lawId(XZCF);
    const othersBefore = await sql('select id, version, updated_at from knowledge.law where id <> ? order by id', [changedLaw]);
    const otherArticlesBefore = await sql('select id, version, updated_at, text from knowledge.law_article where law_id <> ? order by id', [changedLaw]);
    const original = docs.get(XZCF)!;
    const changed: LawFile = {
      ...original,
      articles: original.articles.map((a) => (a.numberText === '第三十二条' ? { ...a, text: `${a.text}（测试修改）` } : a)),
    };
    const dir = writeCorpus(path.join(tmp, 'changed'), [...docs.values()].map((f) => (f.id === XZCF ? changed : f)));

    const result = await importCorpus(em(), dir);
    expect(result).toMatchObject({ lawsInserted: 0, lawsUpdated: 1, lawsUnchanged: docs.size - 1, articlesInserted: changed.articles.length, statusChanged: 0 });
    const [article] = await sql('select text from knowledge.law_article where id = ?', [lawArticleId(XZCF, '第三十二条')]);
    expect(article.text).toMatch(/（测试修改）$/);
    const [law] = await sql('select version, article_count, status from knowledge.law where id = ?', [changedLaw]);
    expect(law).toMatchObject({ version: 2, article_count: changed.articles.length, status: '现行' });
    expect(await sql('select id, version, updated_at from knowledge.law where id <> ? order by id', [changedLaw])).toEqual(othersBefore);
    expect(await sql('select id, version, updated_at, text from knowledge.law_article where law_id <> ? order by id', [changedLaw])).toEqual(otherArticlesBefore);
  });

  test('laws loaded from laws/ are the same laws in the corpus: same ids, same hash, nothing rewritten', async () => {
    const folder = await importLaws(em(), DATA_DIR, { levels: ['宪法'] });
    expect(folder).toMatchObject({ lawsInserted: constitution.length, rejected: 0 });
    const before = await sql(`select id, version, updated_at from knowledge.law where level = '宪法' order by id`);
    const dir = writeCorpus(path.join(tmp, 'constitution'), constitution);
    const fromCorpus = await importCorpus(em(), dir);
    expect(fromCorpus).toMatchObject({ files: constitution.length, lawsInserted: 0, lawsUpdated: 0, lawsUnchanged: constitution.length, articlesInserted: 0 });
    expect(await sql(`select id, version, updated_at from knowledge.law where level = '宪法' order by id`)).toEqual(before);
  });
});

describe('seed', () => {
  test('loads the corpus instead of laws/ when HUB_KNOWLEDGE_CORPUS=full', async () => {
    // A data directory with a corpus and no laws/ folder: only the switch makes the seed load laws from it.
    const dir = writeCorpus(path.join(tmp, 'seed'), constitution.slice(0, 1));
    const before = process.env.HUB_KNOWLEDGE_CORPUS;
    try {
      delete process.env.HUB_KNOWLEDGE_CORPUS;
      expect(await knowledge.seed!(em(), { scale: 1, dataDir: dir })).not.toHaveProperty('files');
      process.env.HUB_KNOWLEDGE_CORPUS = 'full';
      expect(await knowledge.seed!(em(), { scale: 1, dataDir: dir })).toMatchObject({ files: 1, lawsUnchanged: 1, rejected: 0 });
      process.env.HUB_KNOWLEDGE_CORPUS = 'everything';
      await expect(knowledge.seed!(em(), { scale: 1, dataDir: dir })).rejects.toThrow(/HUB_KNOWLEDGE_CORPUS/);
    } finally {
      if (before === undefined) delete process.env.HUB_KNOWLEDGE_CORPUS;
      else process.env.HUB_KNOWLEDGE_CORPUS = before;
    }
  }, 120_000);
});

describe('corpus file', () => {
  test('streams the first 50 documents of the real corpus without reading the whole file', async () => {
    const size = fs.statSync(CORPUS).size;
    const input = fs.createReadStream(CORPUS);
    const first: LawEntry[] = [];
    for await (const entry of corpusEntries(input, CORPUS)) {
      first.push(entry);
      if (first.length === 50) break;
    }
    expect(first).toHaveLength(50);
    const index = new Set((JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'laws', 'index.json'), 'utf8')) as { id: string }[]).map((d) => d.id));
    for (const entry of first) {
      expect('file' in entry).toBe(true);
      if ('file' in entry) expect(index.has(entry.file.id)).toBe(true);
    }
    // Only the chunks the 50 documents needed were read, and stopping closed the file.
    expect(input.bytesRead).toBeLessThan(size / 4);
    expect(input.destroyed).toBe(true);
  });

  test('every law of laws/ has the same id and content hash in the corpus', async () => {
    const folderHashes = new Map<string, string>();
    for (const level of fs.readdirSync(path.join(DATA_DIR, 'laws'), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const name of fs.readdirSync(path.join(DATA_DIR, 'laws', level.name)).filter((n) => n.endsWith('.json'))) {
        const full = path.join(DATA_DIR, 'laws', level.name, name);
        const entry = lawEntry(fs.readFileSync(full, 'utf8'), full);
        if (!('file' in entry)) throw new Error(`无法读取 ${full}`);
        expect(entry.file.id).toBe(`${level.name}/${name.replace(/\.json$/, '')}`);
        folderHashes.set(entry.file.id, entry.hash);
      }
    }
    let documents = 0;
    let articles = 0;
    const same = new Set<string>();
    for await (const entry of corpusEntries(fs.createReadStream(CORPUS), CORPUS)) {
      if (!('file' in entry)) throw new Error(`语料中有无法读取的行：${entry.rejected}`);
      documents += 1;
      articles += entry.file.articles.length;
      const hash = folderHashes.get(entry.file.id);
      if (hash !== undefined && hash === entry.hash) same.add(entry.file.id);
    }
    expect({ documents, articles }).toEqual({ documents: 1427, articles: 58637 });
    expect(folderHashes.size).toBe(659);
    expect([...folderHashes.keys()].filter((id) => !same.has(id))).toEqual([]);
  }, 60_000);
});
