import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { articleRows, hashOf, LawFile, lawFileProblem, lawRow } from './lawFile';
import { settleLawVersions } from './lawVersions';
import { insertIgnoring, upsertById } from './upsert';

const ARTICLE_BATCH = 1000;
/** Laws are written in groups of about this many articles: a transaction per group, not per file. */
const GROUP_ARTICLES = 3000;

export interface ImportLawsOptions {
  /** Only these levels (e.g. ['法律']): the level folders of `laws/`, or the `level` of a corpus document. */
  levels?: string[];
}

export interface LawImportResult {
  /** Documents read: files of `laws/`, or lines of the corpus. */
  files: number;
  lawsInserted: number;
  lawsUpdated: number;
  lawsUnchanged: number;
  articlesInserted: number;
  rejected: number;
  /** Laws whose status changed because a later version arrived (or an older one was reloaded). */
  statusChanged: number;
}

/** One document to load: a valid law file and the hash of its content, or the origin of a rejected one. */
export type LawEntry = { file: LawFile; hash: string } | { rejected: string };

/**
 * Loads `<dir>/laws/<level>/*.json` one file at a time (never the whole folder in memory). See
 * `importLawFiles` for what a load does; `importCorpus` loads the full corpus the same way.
 */
export async function importLaws(em: EntityManager, dir: string, options: ImportLawsOptions = {}): Promise<LawImportResult> {
  const root = path.join(dir, 'laws');
  if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`未找到法律法规目录：${root}`);
  return importLawFiles(em, lawFolderEntries(root, options.levels));
}

/**
 * Loads law documents from any source (the `laws/` folders, the corpus) as they come: at most a group of
 * ~3,000 articles waits for its write. A document whose content is already loaded is skipped; a new or
 * changed one replaces its law and all its articles (ids from @hub/city, derived from the document id, so
 * citations elsewhere keep resolving). Afterwards the latest version of each title is 现行 and older
 * versions 已修订.
 */
export async function importLawFiles(em: EntityManager, entries: AsyncIterable<LawEntry> | Iterable<LawEntry>): Promise<LawImportResult> {
  const result: LawImportResult = { files: 0, lawsInserted: 0, lawsUpdated: 0, lawsUnchanged: 0, articlesInserted: 0, rejected: 0, statusChanged: 0 };
  const known = new Map<string, string>(
    (await em.createQueryBuilder(Law).select(['fileId', 'contentHash']).execute('all', false) as { file_id: string; content_hash: string }[])
      .map((r) => [r.file_id, r.content_hash]),
  );
  let pending: { file: LawFile; hash: string }[] = [];
  let pendingArticles = 0;
  const flush = async () => {
    if (!pending.length) return;
    result.articlesInserted += await replaceLaws(em, pending);
    pending = [];
    pendingArticles = 0;
  };
  for await (const entry of entries) {
    result.files += 1;
    if ('rejected' in entry) {
      result.rejected += 1;
      continue;
    }
    const { file, hash } = entry;
    if (known.get(file.id) === hash) {
      result.lawsUnchanged += 1;
      continue;
    }
    if (known.has(file.id)) result.lawsUpdated += 1;
    else result.lawsInserted += 1;
    known.set(file.id, hash);
    pending.push({ file, hash });
    pendingArticles += file.articles.length;
    if (pendingArticles >= GROUP_ARTICLES) await flush();
  }
  await flush();
  result.statusChanged = await settleLawVersions(em);
  return result;
}

async function* lawFolderEntries(root: string, levels: string[] | undefined): AsyncGenerator<LawEntry> {
  for (const level of await subfolders(root, levels)) {
    for (const name of (await fs.promises.readdir(path.join(root, level))).filter((n) => n.endsWith('.json')).sort()) {
      const full = path.join(root, level, name);
      yield lawEntry(await fs.promises.readFile(full, 'utf8'), full);
    }
  }
}

async function subfolders(root: string, only: string[] | undefined): Promise<string[]> {
  const entries = await fs.promises.readdir(root, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && (!only || only.includes(e.name))).map((e) => e.name).sort();
}

/**
 * Parses and checks one document (`origin` names it in the warning when it is rejected). The hash is taken
 * over the parsed document, not the bytes, so that a law has the same hash whether it came from its file
 * in `laws/` (pretty-printed) or from its line of the corpus: switching source rewrites nothing.
 */
export function lawEntry(text: string, origin: string): LawEntry {
  let value: Partial<LawFile>;
  try {
    value = JSON.parse(text) as Partial<LawFile>;
  } catch (error) {
    logger.warn({ file: origin, err: error }, '法律法规文件不是合法的 JSON，已跳过');
    return { rejected: origin };
  }
  const problem = lawFileProblem(value);
  if (problem) {
    logger.warn({ file: origin, problem }, `法律法规文件格式不符（${problem}），已跳过`);
    return { rejected: origin };
  }
  return { file: value as LawFile, hash: hashOf(JSON.stringify(value)) };
}

/**
 * Upserts a group of laws and rewrites their articles in one transaction (ids are stable, so citations
 * elsewhere keep resolving). Groups, not single files, because a commit per law costs more than its rows.
 */
async function replaceLaws(em: EntityManager, group: { file: LawFile; hash: string }[]): Promise<number> {
  const now = new Date();
  const laws = group.map(({ file, hash }) => lawRow(file, hash, now));
  return em.transactional(async (tx) => {
    await upsertById(tx, Law, 'law', laws);
    await tx.createQueryBuilder(LawArticle).delete({ lawId: { $in: laws.map((l) => l.id) } }).execute('run');
    const rows = group.flatMap(({ file }) => articleRows(file, now));
    let inserted = 0;
    for (let start = 0; start < rows.length; start += ARTICLE_BATCH) {
      inserted += await insertIgnoring(tx, LawArticle, rows.slice(start, start + ARTICLE_BATCH));
    }
    return inserted;
  });
}
