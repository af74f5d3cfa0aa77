import { normalizeArticleNumber } from '../citation/citation';

/**
 * An article reference inside a query: `食品安全法第一百二十四条`, `《行政处罚法》第32条`,
 * `中华人民共和国食品安全法 第 124 条之一`. The law's name ends in one of the usual words of a title.
 */
const REFERENCE = /《?([\u4e00-\u9fa5（）()、]{2,40}?(?:法典|法|条例|规定|办法|细则|解释|决定|规则|准则|纲要|通则))》?\s*第\s*([零一二三四五六七八九十百千\d０-９]+)\s*条(之[一二三四五六七八九十\d])?/;

export interface ArticleReference {
  law: string;
  numberText: string;
  /** The reference as written in the query. */
  text: string;
}

export function findArticleReference(query: string): ArticleReference | null {
  const m = REFERENCE.exec(query);
  if (!m) return null;
  try {
    return { law: m[1], numberText: normalizeArticleNumber(`第${m[2]}条${m[3] ?? ''}`), text: m[0] };
  } catch {
    return null; // not an article number after all (e.g. 第0条)
  }
}
