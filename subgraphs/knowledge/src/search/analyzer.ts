import fs from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { resolveDataDir } from '@hub/codes';

/**
 * 分词: jieba with its own dictionary plus the legal vocabulary and law titles of `HUB_DATA_DIR/dict`, and
 * the merged stop-word list. The same analysis at index and at query time, for both backends.
 */
export interface Analyzer {
  /** Index tokens: every word and its dictionary sub-words (搜索引擎模式), normalised, stop words and punctuation out. */
  indexTokens(text: string): string[];
  /** Query terms: the words of a query, normalised, stop words and punctuation out, each once. */
  queryTerms(text: string): string[];
  /** The normal form a token is indexed and matched under (half-width, lower-case). */
  normalise(word: string): string;
  /** Whether the dictionaries of the data directory were loaded (else plain jieba). */
  readonly legalDictionaries: boolean;
}

let shared: Analyzer | undefined;

/** The process's analyser, built on first use (loading the dictionaries takes about a second). */
export function analyzer(): Analyzer {
  shared ??= createAnalyzer(resolveDataDir());
  return shared;
}

/** Full-width ASCII → half-width, ideographic space → space, lower case. */
export function normaliseText(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').toLowerCase();
}

/** Nothing to search in: whitespace, punctuation and symbols (ASCII and CJK). */
const NOT_A_WORD = /^[\s\p{P}\p{S}]*$/u;

export function createAnalyzer(dataDir: string | undefined): Analyzer {
  const jieba = Jieba.withDict(dict);
  const dictDir = dataDir ? path.join(dataDir, 'dict') : undefined;
  const read = (name: string) => (dictDir && fs.existsSync(path.join(dictDir, name)) ? fs.readFileSync(path.join(dictDir, name)) : undefined);
  const legal = read('jieba-law.dict');
  const titles = read('jieba-law-titles.dict');
  if (legal) jieba.loadDict(legal);
  if (titles) jieba.loadDict(titles);
  const stopText = read('stopwords-merged.txt')?.toString('utf8') ?? '';
  const stopWords = new Set(stopText.split(/\r?\n/).map((w) => w.trim()).filter(Boolean));

  const keep = (word: string) => !NOT_A_WORD.test(word) && !stopWords.has(word);
  const normalise = (word: string) => normaliseText(word).trim();

  return {
    legalDictionaries: Boolean(legal),
    normalise,
    indexTokens(text) {
      if (!text) return [];
      const out: string[] = [];
      for (const word of jieba.cutForSearch(normaliseText(text), true)) {
        const token = word.trim();
        if (token && keep(token)) out.push(token);
      }
      return out;
    },
    queryTerms(text) {
      const seen = new Set<string>();
      for (const word of jieba.cut(normaliseText(text), true)) {
        const token = word.trim();
        if (token && keep(token)) seen.add(token);
      }
      return [...seen];
    },
  };
}
