import fs from 'node:fs';
import path from 'node:path';
import { normalizeArticleNumber, toChineseNumeral } from '../src';
import { lawTitleCandidates } from '../src/citation/citation';
import { DATA_DIR } from './support';

describe('article numbers', () => {
  test.each([
    [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [32, '三十二'], [100, '一百'], [101, '一百零一'], [110, '一百一十'],
    [124, '一百二十四'], [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [1260, '一千二百六十'],
  ])('%i → %s', (n, text) => expect(toChineseNumeral(n)).toBe(text));

  test('agrees with every numbered article of the 法律 folder', () => {
    const dir = path.join(DATA_DIR, 'laws', '法律');
    let checked = 0;
    const wrong: string[] = [];
    for (const f of fs.readdirSync(dir)) {
      const law = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { articles: { number: number; numberText: string }[] };
      for (const a of law.articles) {
        const base = `第${toChineseNumeral(a.number)}条`;
        if (a.numberText.includes('之') ? !a.numberText.startsWith(`${base}之`) : a.numberText !== base) wrong.push(`${f} ${a.numberText}`);
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(10000);
  });

  test.each([
    ['第一百二十四条', '第一百二十四条'], ['第124条', '第一百二十四条'], ['124', '第一百二十四条'], [' 第３２条 ', '第三十二条'],
    ['第17条之一', '第十七条之一'], ['第十七条之一', '第十七条之一'], ['第120条之2', '第一百二十条之二'],
  ])('%s → %s', (input, expected) => expect(normalizeArticleNumber(input)).toBe(expected));

  test.each(['', '第条', '第0条', '第12345条', 'abc', '第一二四'])('%s is refused', (input) => {
    expect(() => normalizeArticleNumber(input)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_ARTICLE_NUMBER', field: 'article' }) }));
  });

  test('law titles are tried with and without the national prefix and book-title marks', () => {
    expect(lawTitleCandidates('《行政处罚法》')).toEqual(['行政处罚法', '中华人民共和国行政处罚法']);
    expect(lawTitleCandidates('中华人民共和国行政处罚法')).toEqual(['中华人民共和国行政处罚法', '行政处罚法']);
  });
});
