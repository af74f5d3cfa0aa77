import fs from 'node:fs';
import path from 'node:path';
import { LegalCitation, parseArticleReferences, resolveDataDir, stableId } from '@hub/codes';
import { DEPARTMENTS } from './departments';

/** How every library names a law and an article of it: ids derived from the law file's id. */
export const lawId = (lawFileId: string) => stableId('law', lawFileId);
export const lawArticleId = (lawFileId: string, numberText: string) => stableId('law-article', lawFileId, numberText);

/** An article a catalogue item or a penalty cites. */
export interface ArticleRef {
  articleId: string | null;
  lawTitle: string;
  shortTitle: string;
  numberText: string;
  /** `《食品安全法》第一百二十四条` */
  citation: string;
  /** 法律责任 articles are penalty bases, the others inspection bases. */
  isPenalty: boolean;
}

interface LawFile {
  id: string;
  title: string;
  shortTitle?: string;
  articles: { numberText: string; chapter?: string; text: string }[];
}

export interface DepartmentLaws {
  inspectionBases: ArticleRef[];
  penaltyBases: ArticleRef[];
}

/**
 * The articles each department cites, read from `laws/法律` of the data directory. Without a data
 * directory, citations carry the law's short title and a plausible article but no article id.
 */
export function loadDepartmentLaws(dataDir: string | undefined): DepartmentLaws[] {
  return DEPARTMENTS.map((department) => {
    const refs: ArticleRef[] = [];
    for (const file of department.laws) {
      const law = readLaw(dataDir, file);
      if (!law) {
        const shortTitle = file.replace(/\(.*$/, '');
        refs.push(placeholder(shortTitle, '第一条', false), placeholder(shortTitle, '第五十条', true));
        continue;
      }
      const shortTitle = law.shortTitle ?? law.title.replace(/^中华人民共和国/, '');
      for (const article of law.articles) {
        const isPenalty = /法律责任/.test(article.chapter ?? '') && /罚款|责令|吊销|没收|警告/.test(article.text);
        const isInspection = /监督检查|检查|监督管理/.test(article.text);
        if (!isPenalty && !isInspection) continue;
        refs.push({
          articleId: lawArticleId(law.id, article.numberText),
          lawTitle: law.title,
          shortTitle,
          numberText: article.numberText,
          citation: `《${shortTitle}》${article.numberText}`,
          isPenalty,
        });
      }
    }
    return { inspectionBases: refs.filter((r) => !r.isPenalty), penaltyBases: refs.filter((r) => r.isPenalty) };
  });
}

function readLaw(dataDir: string | undefined, file: string): LawFile | undefined {
  if (!dataDir) return undefined;
  const full = path.join(dataDir, 'laws', '法律', `${file}.json`);
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as LawFile) : undefined;
}

function placeholder(shortTitle: string, numberText: string, isPenalty: boolean): ArticleRef {
  return { articleId: null, lawTitle: `中华人民共和国${shortTitle}`, shortTitle, numberText, citation: `《${shortTitle}》${numberText}`, isPenalty };
}

// ---------------------------------------------------------------------------------------------------------
// Citations → article ids. A penalty's 处罚依据 or a sub-item's 设定依据 names laws by title as people write
// them (《食品安全法》, 《中华人民共和国食品安全法》, 《食品安全法（2021年修正）》); the libraries store the ids
// of the cited articles of the law's CURRENT version, as knowledge names them (`lawArticleId`).

/** One entry of `laws/index.json`. */
interface LawIndexEntry {
  id: string;
  title: string;
  subtitle?: string | null;
  shortTitle?: string | null;
  promulgationDate?: string | null;
  effectiveDate?: string | null;
  isLatestVersion?: boolean;
  /** Path of the law file under the data directory; null when the text is only in the corpus. */
  file?: string | null;
}

/** The ids a text's references resolve to, and the references that name no known article. */
export interface ResolvedCitations {
  citations: LegalCitation[];
  /** Distinct, in the order of the text. */
  articleIds: string[];
  unresolved: LegalCitation[];
}

export interface LawArticleResolver {
  /** The id of article `numberText` (第一百二十四条) of the current version of `law` (any usual spelling of its title), or null. */
  articleId(law: string, numberText: string): string | null;
  /** Every reference of `text` (parseArticleReferences) resolved. */
  resolve(text: string | null | undefined): ResolvedCitations;
}

/**
 * A title as a lookup key: no 《》〈〉 or blanks, ASCII brackets, no version note （2021年修正）, no national
 * prefix. 《中华人民共和国食品安全法》, 食品安全法 and 《食品安全法（2021年修正）》 share the key 食品安全法.
 */
export function lawTitleKey(title: string): string {
  const folded = title.replace(/[《》〈〉\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return folded.replace(/\(\d{4}[^()]{0,12}\)$/, '').replace(/^中华人民共和国/, '');
}

const NO_LAWS: LawArticleResolver = {
  articleId: () => null,
  resolve: (text) => {
    const citations = parseArticleReferences(text ?? '');
    return { citations, articleIds: [], unresolved: citations };
  },
};

const resolvers = new Map<string, LawArticleResolver>();

/**
 * The resolver over the laws of a data directory (default `resolveDataDir()`; null: none): `laws/index.json`
 * is read once per directory, a law file only when an article of it is first asked for (its article numbers
 * are then kept). Without a data directory, or with an unreadable index, nothing resolves (never an error):
 * the citation text stays the only record of the basis.
 */
export function lawArticleResolver(dataDir: string | null = resolveDataDir() ?? null): LawArticleResolver {
  if (!dataDir) return NO_LAWS;
  let resolver = resolvers.get(dataDir);
  if (!resolver) {
    resolver = buildResolver(dataDir);
    resolvers.set(dataDir, resolver);
  }
  return resolver;
}

/** `lawArticleResolver(dataDir).resolve(text)`: the data directory's laws by default. */
export const resolveCitations = (text: string | null | undefined, dataDir?: string | null): ResolvedCitations =>
  lawArticleResolver(dataDir === undefined ? resolveDataDir() ?? null : dataDir).resolve(text);

function readIndex(dataDir: string): LawIndexEntry[] | undefined {
  try {
    const entries = JSON.parse(fs.readFileSync(path.join(dataDir, 'laws', 'index.json'), 'utf8')) as unknown;
    return Array.isArray(entries) ? (entries as LawIndexEntry[]) : undefined;
  } catch {
    return undefined;
  }
}

const versionOrder = (e: LawIndexEntry) => [e.isLatestVersion === false ? 0 : 1, /[（(]已?废止[)）]$/.test(e.title) ? 0 : 1];
const dateOf = (e: LawIndexEntry) => e.promulgationDate ?? e.effectiveDate ?? '';

/** Newest first, as knowledge settles versions (lawVersions.ts): latest flag, not repealed, promulgation date, effective date, id. */
function newerFirst(a: LawIndexEntry, b: LawIndexEntry): number {
  const [la, ra] = versionOrder(a);
  const [lb, rb] = versionOrder(b);
  return lb - la || rb - ra || dateOf(b).localeCompare(dateOf(a)) || (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') || b.id.localeCompare(a.id);
}

function buildResolver(dataDir: string): LawArticleResolver {
  const index = readIndex(dataDir);
  if (!index) return NO_LAWS;

  // Versions of one law share its title and subtitle (the 民法典 is one file per 编): the current one of each.
  const versions = new Map<string, LawIndexEntry[]>();
  for (const entry of index) {
    if (typeof entry?.id !== 'string' || typeof entry.title !== 'string') continue;
    const law = `${lawTitleKey(entry.title)}\u001f${entry.subtitle ?? ''}`;
    versions.set(law, [...(versions.get(law) ?? []), entry]);
  }
  // Title key → current versions; a full-title match is tried before a short-title one.
  const byTitle = new Map<string, LawIndexEntry[]>();
  const byShortTitle = new Map<string, LawIndexEntry[]>();
  for (const group of versions.values()) {
    const current = [...group].sort(newerFirst)[0];
    const add = (map: Map<string, LawIndexEntry[]>, key: string) => map.set(key, [...(map.get(key) ?? []), current]);
    add(byTitle, lawTitleKey(current.title));
    if (current.shortTitle) add(byShortTitle, lawTitleKey(current.shortTitle));
  }

  const articlesOf = new Map<string, Set<string> | null>();
  const numbersOf = (entry: LawIndexEntry): Set<string> | null => {
    if (!articlesOf.has(entry.id)) {
      let numbers: Set<string> | null = null;
      if (entry.file) {
        try {
          const law = JSON.parse(fs.readFileSync(path.join(dataDir, entry.file), 'utf8')) as { articles?: { numberText?: string }[] };
          numbers = new Set((law.articles ?? []).map((a) => a.numberText ?? ''));
        } catch {
          numbers = null; // a missing or broken file: its articles cannot be named
        }
      }
      articlesOf.set(entry.id, numbers);
    }
    return articlesOf.get(entry.id)!;
  };

  const articleId = (law: string, numberText: string): string | null => {
    const key = lawTitleKey(law);
    for (const candidates of [byTitle.get(key), byShortTitle.get(key)]) {
      for (const entry of candidates ?? []) {
        if (numbersOf(entry)?.has(numberText)) return lawArticleId(entry.id, numberText);
      }
    }
    return null;
  };

  return {
    articleId,
    resolve(text) {
      const citations = parseArticleReferences(text ?? '');
      const ids = new Set<string>();
      const unresolved: LegalCitation[] = [];
      for (const c of citations) {
        const id = articleId(c.law, c.article);
        if (id) ids.add(id);
        else unresolved.push(c);
      }
      return { citations, articleIds: [...ids], unresolved };
    },
  };
}
