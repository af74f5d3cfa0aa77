import { createHash } from 'node:crypto';
import { lawArticleId, lawId } from '@hub/city';
import { LAW_LEVELS, LawLevel, LawStatus } from '../entities/lawVocabulary';

/** One law file as published in the data directory (see shared/data/README.md, "Law file shape"). */
export interface LawFile {
  id: string;
  title: string;
  subtitle?: string | null;
  shortTitle?: string | null;
  level: string;
  category?: string | null;
  promulgator?: string | null;
  docNo?: string | null;
  promulgationDate?: string | null;
  effectiveDate?: string | null;
  isLatestVersion?: boolean;
  history?: string[] | null;
  preamble?: string | null;
  articles: { number: number; numberText: string; part?: string | null; chapter?: string | null; section?: string | null; text: string }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a file cannot be loaded, or undefined when it can. */
export function lawFileProblem(file: Partial<LawFile>): string | undefined {
  if (typeof file.id !== 'string' || !file.id) return '缺少 id';
  if (typeof file.title !== 'string' || !file.title) return '缺少 title';
  if (!LAW_LEVELS.includes(file.level as LawLevel)) return `level 应为 ${LAW_LEVELS.join('、')} 之一`;
  if (!Array.isArray(file.articles)) return '缺少 articles';
  if (!versionDate(file as LawFile)) return '缺少 effectiveDate 或 promulgationDate';
  const seen = new Set<string>();
  for (const a of file.articles) {
    if (typeof a?.numberText !== 'string' || typeof a.text !== 'string' || !Number.isInteger(a.number)) return '条文缺少 number、numberText 或 text';
    if (seen.has(a.numberText)) return `条号重复：${a.numberText}`;
    seen.add(a.numberText);
  }
  return undefined;
}

const dateOrNull = (d: string | null | undefined) => (d && DATE.test(d) ? d : null);
const versionDate = (f: LawFile) => dateOrNull(f.effectiveDate) ?? dateOrNull(f.promulgationDate);

/**
 * The status the file declares by itself; later versions already loaded may still turn 现行 into 已修订.
 * Repealed when the last history entry repeals it — not when it merely names the decision that amended it
 * (`《国务院关于废止和修改部分行政法规的决定》第一次修订`: titles in 《》 are left out) — or the title says so.
 */
export function declaredStatus(file: LawFile): LawStatus {
  const last = (file.history?.at(-1) ?? '').replace(/《[^《》]*》/g, '');
  if (/废止/.test(last) || /[（(]已?废止[)）]$/.test(file.title)) return '已废止';
  return file.isLatestVersion === false ? '已修订' : '现行';
}

export const hashOf = (text: string) => createHash('sha1').update(text).digest('hex');

/** The `law` row of a file (property names of the Law entity). */
export function lawRow(file: LawFile, contentHash: string, now: Date) {
  const status = declaredStatus(file);
  return {
    id: lawId(file.id),
    fileId: file.id,
    title: file.title,
    subtitle: file.subtitle ?? null,
    shortTitle: file.shortTitle ?? null,
    level: file.level as LawLevel,
    category: file.category ?? null,
    issuer: file.promulgator ?? null,
    docNo: file.docNo ?? null,
    promulgationDate: dateOrNull(file.promulgationDate),
    effectiveDate: versionDate(file)!,
    status,
    sourceStatus: status,
    history: file.history ?? [],
    preamble: file.preamble ?? null,
    articleCount: file.articles.length,
    contentHash,
    sourceDept: 'IMPORT',
    createdAt: now,
    updatedAt: now,
  };
}

/** The `law_article` rows of a file, in the file's order. */
export function articleRows(file: LawFile, now: Date) {
  const law = lawId(file.id);
  return file.articles.map((a, i) => ({
    id: lawArticleId(file.id, a.numberText),
    lawId: law,
    number: a.number,
    numberText: a.numberText,
    ordinal: i + 1,
    part: a.part ?? null,
    chapter: a.chapter ?? null,
    section: a.section ?? null,
    text: a.text,
    sourceDept: 'IMPORT',
    createdAt: now,
    updatedAt: now,
  }));
}
