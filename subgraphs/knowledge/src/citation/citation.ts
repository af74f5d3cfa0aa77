import { HubError } from '@hub/runtime';
import { toChineseNumeral } from './chineseNumerals';

const CHINESE_ARTICLE = /^第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?$/;
const ARABIC_ARTICLE = /^第?(\d{1,4})条?(?:之([一二三四五六七八九十]|\d{1,2}))?$/;

/**
 * `第一百二十四条`, `第124条`, `124`, `第17条之一` → the `numberText` of the law files. Full-width digits
 * count as digits; anything else is a client error on `field`.
 */
export function normalizeArticleNumber(input: string, field = 'article'): string {
  const text = input.replace(/\s+/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (CHINESE_ARTICLE.test(text)) return text;
  const m = ARABIC_ARTICLE.exec(text);
  if (m && +m[1] >= 1) {
    const suffix = m[2] ? `之${/^\d+$/.test(m[2]) ? toChineseNumeral(+m[2]) : m[2]}` : '';
    return `第${toChineseNumeral(+m[1])}条${suffix}`;
  }
  throw new HubError('INVALID_ARTICLE_NUMBER', `条号格式不正确：${input}（应如 第一百二十四条、第124条）`, field);
}

/** `《中华人民共和国行政处罚法》` → `行政处罚法`'s candidates: the title as given and with the national prefix. */
export function lawTitleCandidates(input: string): string[] {
  const title = input.replace(/\s+/g, '').replace(/^《(.*)》$/, '$1');
  if (!title) throw new HubError('INVALID_LAW_TITLE', '法律名称不能为空', 'law');
  const bare = title.replace(/^中华人民共和国/, '');
  return [...new Set([title, bare, `中华人民共和国${bare}`])];
}
