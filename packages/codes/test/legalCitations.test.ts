import { LegalCitation, parseArticleReferences, parseChineseNumeral, toChineseNumeral } from '../src';

/** The references with the text each one spans. */
const parsed = (text: string) => parseArticleReferences(text).map((c) => ({ ...c, written: text.slice(c.index, c.index + c.length) }));
const ref = (law: string, article: string, index: number, written: string, parts: Partial<Pick<LegalCitation, 'paragraph' | 'item'>> = {}) =>
  ({ law, article, ...parts, index, length: written.length, written });

describe('parseArticleReferences', () => {
  test('title, article, paragraph and item, with the position of the whole reference', () => {
    const text = '依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项的规定';
    expect(parsed(text)).toEqual([
      ref('中华人民共和国食品安全法', '第一百二十四条', 2, '《中华人民共和国食品安全法》第一百二十四条第一款第（三）项', { paragraph: '第一款', item: '第三项' }),
    ]);
  });

  test('one law, several articles; Arabic numbers are normalised', () => {
    const text = '违反了《食品安全法》第34条、第一百二十四条';
    expect(parsed(text)).toEqual([
      ref('食品安全法', '第三十四条', 3, '《食品安全法》第34条'),
      ref('食品安全法', '第一百二十四条', 15, '第一百二十四条'),
    ]);
  });

  test('之一 articles', () => {
    expect(parsed('《行政处罚法》第三十二条之一')).toEqual([ref('行政处罚法', '第三十二条之一', 0, '《行政处罚法》第三十二条之一')]);
    expect(parsed('《行政处罚法》第17条之1')).toEqual([ref('行政处罚法', '第十七条之一', 0, '《行政处罚法》第17条之1')]);
  });

  test('full-width digits, blanks and the other ways of writing paragraphs and items', () => {
    expect(parsed('《行政处罚法》第 ３２ 条第２款第(3)项')).toEqual([
      ref('行政处罚法', '第三十二条', 0, '《行政处罚法》第 ３２ 条第２款第(3)项', { paragraph: '第二款', item: '第三项' }),
    ]);
    expect(parsed('《安全生产法》第一百零一条（二）项')).toEqual([ref('安全生产法', '第一百零一条', 0, '《安全生产法》第一百零一条（二）项', { item: '第二项' })]);
    expect(parsed('《安全生产法》第一百一十条第三项')).toEqual([ref('安全生产法', '第一百一十条', 0, '《安全生产法》第一百一十条第三项', { item: '第三项' })]);
  });

  test('同法 and 该法 refer back to the law named last', () => {
    const text = '违反《食品安全法》第三十四条，依据同法第一百二十四条和该法第126条第一款处罚';
    expect(parsed(text)).toEqual([
      ref('食品安全法', '第三十四条', 2, '《食品安全法》第三十四条'),
      ref('食品安全法', '第一百二十四条', 17, '同法第一百二十四条'),
      ref('食品安全法', '第一百二十六条', 27, '该法第126条第一款', { paragraph: '第一款' }),
    ]);
    expect(parsed('依据同法第三条')).toEqual([]); // no law named before
  });

  test('lists of laws, each with its own articles', () => {
    const text = '依据《中华人民共和国食品安全法》第一百二十四条和《中华人民共和国食品安全法实施条例》第七十五条的规定';
    expect(parsed(text)).toEqual([
      ref('中华人民共和国食品安全法', '第一百二十四条', 2, '《中华人民共和国食品安全法》第一百二十四条'),
      ref('中华人民共和国食品安全法实施条例', '第七十五条', 24, '《中华人民共和国食品安全法实施条例》第七十五条'),
    ]);
    // A law named without an article cites nothing; the article after the second title is the second law's.
    expect(parsed('依据《行政处罚法》和《食品安全法》第一百二十四条').map((c) => [c.law, c.article])).toEqual([['食品安全法', '第一百二十四条']]);
  });

  test('several paragraphs or items of one article, and ranges', () => {
    expect(parsed('《安全生产法》第九十九条第一款第（一）、（二）项、第二款').map((c) => [c.article, c.paragraph, c.item, c.written])).toEqual([
      ['第九十九条', '第一款', '第一项', '《安全生产法》第九十九条第一款第（一）'],
      ['第九十九条', '第一款', '第二项', '（二）项'],
      ['第九十九条', '第二款', undefined, '第二款'],
    ]);
    expect(parsed('《安全生产法》第三十条至第三十三条').map((c) => [c.article, c.written])).toEqual([
      ['第三十条', '《安全生产法》第三十条'],
      ['第三十一条', '第三十条至第三十三条'],
      ['第三十二条', '第三十条至第三十三条'],
      ['第三十三条', '第三十三条'],
    ]);
  });

  test('titles holding titles, version notes, and titles without an article', () => {
    expect(parsed('《最高人民法院关于适用〈中华人民共和国民法典〉侵权责任编的解释（一）》第三条')[0]).toMatchObject({
      law: '最高人民法院关于适用〈中华人民共和国民法典〉侵权责任编的解释（一）', article: '第三条', index: 0,
    });
    expect(parsed('《最高人民法院关于适用《民法典》侵权责任编的解释（一）》第三条').map((c) => [c.law, c.article])).toEqual([
      ['最高人民法院关于适用《民法典》侵权责任编的解释（一）', '第三条'],
    ]);
    expect(parsed('《食品安全法》（2021年修正）第三十四条')).toEqual([ref('食品安全法', '第三十四条', 0, '《食品安全法》（2021年修正）第三十四条')]);
    expect(parsed('《企业信息公示暂行条例》的规定')).toEqual([]);
  });

  test('an article number that follows no title, and what is not an article, name nothing', () => {
    expect(parsed('按照第三条的规定')).toEqual([]);
    expect(parsed('《食品安全法》规定，第三条')).toEqual([]);
    expect(parsed('《食品安全法》第0条、第一二三四五条')).toEqual([]);
    expect(parsed('')).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  test.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['一百零一', 101], ['一百一十', 110], ['一百十', 110], ['一百二十四', 124], ['两百', 200],
    ['一千零一十', 1010], ['一二四', 124], ['124', 124], ['１２４', 124],
  ])('%s → %i', (text, n) => expect(parseChineseNumeral(text)).toBe(n));

  test.each(['', '零', '0', '百', '十百', '二三十', '一万', '10000', 'abc'])('%s is not an article number', (text) => expect(parseChineseNumeral(text)).toBeUndefined());

  test('round trip 1–9999', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
