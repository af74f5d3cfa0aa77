import { parseChineseNumeral, toChineseNumeral } from './chineseNumerals';

/**
 * One article reference found in a text such as a penalty's 处罚依据 or a catalogue sub-item's 设定依据:
 * `依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项的规定` →
 * `{ law: '中华人民共和国食品安全法', article: '第一百二十四条', paragraph: '第一款', item: '第三项' }`.
 */
export interface LegalCitation {
  /** The law's title as written between 《》 (inner marks and a version note such as （2021年修正） kept). */
  law: string;
  /** The article as the law files number it (`numberText`): 第一百二十四条, 第三十二条之一. */
  article: string;
  /** 第一款 */
  paragraph?: string;
  /** 第三项 (written 第（三）项, 第(3)项, 第3项 …). */
  item?: string;
  /**
   * Where the reference is written: the first article after a title starts at the title's 《 (or at 同法/该法),
   * a further article of the same law (`、第一百二十四条`), paragraph (`、第二款`) or item at its own 第. The
   * articles inside a range (`第三十条至第三十三条`) span the whole range.
   */
  index: number;
  length: number;
}

const N = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const ARTICLE = new RegExp(`第\\s*(${N})\\s*条(?:\\s*之\\s*(${N}))?`, 'y');
const PARAGRAPH = new RegExp(`\\s*第\\s*(${N})\\s*款`, 'y');
/** 第（三）项, 第(三), （三）项, 第三项. */
const ITEM = new RegExp(`\\s*(?:第\\s*[（(]\\s*(${N})\\s*[）)](?:\\s*项)?|[（(]\\s*(${N})\\s*[）)]\\s*项|第\\s*(${N})\\s*项)`, 'y');
/** A further item of a list: `第（一）、（二）项`. */
const BARE_ITEM = new RegExp(`[（(]\\s*(${N})\\s*[）)](?:\\s*项)?`, 'y');
/** 同法, 该法, 上述条例 …: the law named last. */
const BACK_REFERENCE = /(?:同|该|上述|前述)(?:法律|法规|法|条例|规定|办法|细则|规章)/y;
/** What may stand between two references of one law. */
const SEPARATOR = /\s*(以及|或者|、|，|,|；|;|和|及|与|或|至|到|—|－|-|~|～)\s*/y;
const RANGE = new Set(['至', '到', '—', '－', '-', '~', '～']);
/** A version note after the title: `《食品安全法》（2021年修正）第三十四条`. */
const VERSION_NOTE = /\s*[（(]\s*[0-9０-９]{4}[^（）()《》]{0,12}[）)]/y;
const SPACE = /\s*/y;
/** Ranges are spelled out up to this many articles. */
const MAX_RANGE = 50;
const MAX_TITLE = 120;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const skip = (pattern: RegExp, text: string, at: number) => at + (matchAt(pattern, text, at)?.[0].length ?? 0);

/** The 》 closing the 《 at `start` (titles may hold titles: 《关于适用《民法典》的解释》), or -1. */
function closingMark(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length && i - start <= MAX_TITLE; i++) {
    const c = text[i];
    if (c === '《') depth += 1;
    else if (c === '》' && --depth === 0) return i;
    else if (c === '\n' || c === '。') return -1;
  }
  return -1;
}

const numberOf = (written: string | undefined): number | undefined => (written === undefined ? undefined : parseChineseNumeral(written));

interface Article {
  number: number;
  /** 之一 … */
  suffix?: number;
  text: string;
  start: number;
  end: number;
}

function articleAt(text: string, at: number): Article | undefined {
  const m = matchAt(ARTICLE, text, at);
  if (!m) return undefined;
  const number = numberOf(m[1]);
  const suffix = numberOf(m[2]);
  if (number === undefined || (m[2] !== undefined && suffix === undefined)) return undefined;
  return { number, suffix, text: `第${toChineseNumeral(number)}条${suffix ? `之${toChineseNumeral(suffix)}` : ''}`, start: at, end: at + m[0].length };
}

function paragraphAt(text: string, at: number): { text: string; end: number } | undefined {
  const m = matchAt(PARAGRAPH, text, at);
  const n = numberOf(m?.[1]);
  return m && n !== undefined ? { text: `第${toChineseNumeral(n)}款`, end: at + m[0].length } : undefined;
}

function itemAt(text: string, at: number, pattern = ITEM): { text: string; end: number } | undefined {
  const m = matchAt(pattern, text, at);
  const n = numberOf(m?.[1] ?? m?.[2] ?? m?.[3]);
  return m && n !== undefined ? { text: `第${toChineseNumeral(n)}项`, end: at + m[0].length } : undefined;
}

/**
 * Every article reference of a text, in order: `《X》第N条[第K款][第M项]` with Chinese, Arabic or full-width
 * numbers (normalised to the law files' 第一百二十四条), `之一` articles, several articles, paragraphs or
 * items of one law (`《食品安全法》第34条、第一百二十四条`, `第三十条第一款、第二款`, `第（一）、（二）项`),
 * ranges (`第三十条至第三十三条`, up to 50 articles), `同法第X条`/`该法第X条` referring back to the law named
 * last, and lists of laws (`依据《…》第X条和《…》第Y条`). An article number counts only right after a title, a
 * back reference or a previous reference of the same list: a stray `第三条` elsewhere names no law.
 */
export function parseArticleReferences(text: string): LegalCitation[] {
  return new CitationScanner(text).scan();
}

class CitationScanner {
  private readonly found: LegalCitation[] = [];
  /** The law named last (by a title). */
  private law: string | undefined;
  /** Where the next article's reference starts when it follows a title or 同法 directly. */
  private anchor: number | undefined;
  /** The last reference and its article, while a list of the same law may go on. */
  private last: { ref: LegalCitation; article: Article } | undefined;

  constructor(private readonly text: string) {}

  scan(): LegalCitation[] {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const next = this.title(i) ?? this.backReference(i) ?? this.article(i) ?? this.continuation(i);
      if (next !== undefined) {
        i = next;
        continue;
      }
      this.anchor = undefined;
      this.last = undefined;
      i += 1;
    }
    return this.found;
  }

  private title(at: number): number | undefined {
    if (this.text[at] !== '《') return undefined;
    const close = closingMark(this.text, at);
    if (close < 0) return undefined;
    this.law = this.text.slice(at + 1, close).trim();
    this.anchor = at;
    this.last = undefined;
    return skip(SPACE, this.text, skip(VERSION_NOTE, this.text, close + 1));
  }

  private backReference(at: number): number | undefined {
    const m = this.law ? matchAt(BACK_REFERENCE, this.text, at) : null;
    if (!m) return undefined;
    this.anchor = at;
    this.last = undefined;
    return skip(SPACE, this.text, at + m[0].length);
  }

  /** An article right after a title, 同法 or a separator of a list; anywhere else it is skipped. */
  private article(at: number): number | undefined {
    const article = this.text[at] === '第' ? articleAt(this.text, at) : undefined;
    if (!article) return undefined;
    const cited = this.law !== undefined && (this.anchor !== undefined || this.last !== undefined);
    const start = this.anchor ?? at;
    this.anchor = undefined;
    if (!cited) {
      this.last = undefined;
      return article.end;
    }
    const ref = this.withParts({ law: this.law!, article: article.text, index: start, length: 0 }, article.end);
    this.push(ref, article);
    return ref.index + ref.length;
  }

  /**
   * After a separator of a list: the next article of the same law (the main loop takes it; a range is spelled
   * out here), a further paragraph of the same article or a further item of the same paragraph.
   */
  private continuation(at: number): number | undefined {
    if (!this.last) return undefined;
    const { ref: last, article: lastArticle } = this.last;
    const sep = matchAt(SEPARATOR, this.text, at);
    if (!sep) return undefined;
    const from = at + sep[0].length;
    const article = this.text[from] === '第' ? articleAt(this.text, from) : undefined;
    if (article) {
      const span = article.number - lastArticle.number;
      if (RANGE.has(sep[1]) && !lastArticle.suffix && !article.suffix && !last.paragraph && !last.item && span > 1 && span <= MAX_RANGE) {
        for (let n = lastArticle.number + 1; n < article.number; n++) {
          this.found.push({ law: last.law, article: `第${toChineseNumeral(n)}条`, index: lastArticle.start, length: article.end - lastArticle.start });
        }
      }
      return from;
    }
    const paragraph = this.text[from] === '第' ? paragraphAt(this.text, from) : undefined;
    if (paragraph) {
      const ref = this.withParts({ law: last.law, article: last.article, paragraph: paragraph.text, index: from, length: 0 }, paragraph.end);
      this.push(ref, lastArticle);
      return ref.index + ref.length;
    }
    const item = last.item ? itemAt(this.text, from) ?? itemAt(this.text, from, BARE_ITEM) : undefined;
    if (item) {
      const ref: LegalCitation = { law: last.law, article: last.article, ...(last.paragraph ? { paragraph: last.paragraph } : {}), item: item.text, index: from, length: item.end - from };
      this.push(ref, lastArticle);
      return item.end;
    }
    return undefined;
  }

  private push(ref: LegalCitation, article: Article): void {
    this.found.push(ref);
    this.last = { ref, article };
  }

  /** The paragraph and item written after an article (or the item after a paragraph of a list). */
  private withParts(ref: LegalCitation, end: number): LegalCitation {
    let at = end;
    const paragraph = ref.paragraph === undefined ? paragraphAt(this.text, at) : undefined;
    if (paragraph) {
      ref.paragraph = paragraph.text;
      at = paragraph.end;
    }
    const item = itemAt(this.text, at);
    if (item) {
      ref.item = item.text;
      at = item.end;
    }
    ref.length = at - ref.index;
    return ref;
  }
}
