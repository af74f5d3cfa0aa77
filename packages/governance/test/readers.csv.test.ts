import * as iconv from 'iconv-lite';
import { openRecordFile } from '../src/readers';
import { cellsOf, codesOf, readAll, tempFiles } from './fixtures/tempFiles';

const files = tempFiles('csv');

const TEXT = '统一社会信用代码,名称,检查日期\n91330100716105852F,杭州某某食品有限公司,2024-06-01\n92330102MA2H0QXX1K,"上城区某某店,分店",2024年6月2日\n';
const EXPECTED = [
  { 统一社会信用代码: '91330100716105852F', 名称: '杭州某某食品有限公司', 检查日期: '2024-06-01' },
  { 统一社会信用代码: '92330102MA2H0QXX1K', 名称: '上城区某某店,分店', 检查日期: '2024年6月2日' },
];

describe('CSV encodings', () => {
  test.each([
    ['utf8', Buffer.from(TEXT, 'utf8')],
    ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['gbk', iconv.encode(TEXT, 'gbk')],
    ['utf16le', iconv.encode(TEXT, 'utf-16le', { addBOM: true })],
  ])('%s gives the same rows', async (encoding, bytes) => {
    const { source, rows } = await readAll(files.write(`enc-${encoding}.csv`, bytes));
    expect(source.format).toBe('csv');
    expect(source.encoding).toBe(encoding);
    expect(source.headers).toEqual(['统一社会信用代码', '名称', '检查日期']);
    expect(cellsOf(rows)).toEqual(EXPECTED);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  test('GBK text whose first 64 KB end in the middle of a character is still GBK', async () => {
    const line = '杭州某某食品有限公司,1\n';
    const text = 'a,b\n' + line.repeat(3000);
    const { source, rows } = await readAll(files.write('gbk-long.csv', iconv.encode(text, 'gbk')));
    expect(source.encoding).toBe('gbk');
    expect(rows).toHaveLength(3000);
    expect(rows[2999].cells).toEqual({ a: '杭州某某食品有限公司', b: '1' });
  });

  test('an ASCII header and 64 KB of ASCII rows before the first GBK text is still GBK', async () => {
    const text = 'code,name\n' + '330100,x\n'.repeat(10_000) + '330101,杭州某某食品有限公司\n';
    const { source, rows } = await readAll(files.write('gbk-late.csv', iconv.encode(text, 'gbk')));
    expect(source.encoding).toBe('gbk');
    expect(rows[10_000].cells).toEqual({ code: '330101', name: '杭州某某食品有限公司' });
  });

  test('bytes invalid in the detected encoding are flagged on their row, not silently replaced', async () => {
    // UTF-8 for the first 64 KB (so detected as UTF-8), then a GBK line appended by another tool.
    const bytes = Buffer.concat([Buffer.from('编码,名称\n' + '1,杭州\n'.repeat(8000), 'utf8'), Buffer.from('2,'), iconv.encode('杭州', 'gbk'), Buffer.from('\n')]);
    const { source, rows } = await readAll(files.write('mixed.csv', bytes));
    expect(source.encoding).toBe('utf8');
    expect(rows).toHaveLength(8001);
    expect(codesOf(rows.filter((r) => r.problems.length > 0))).toEqual([[8002, ['UNDECODABLE_TEXT']]]);
    expect(rows[8000].problems[0].column).toBe('名称');
  });
});

describe('CSV delimiters and line ends', () => {
  test.each([
    ['semicolon', 'a;b;c\r\n1;2;3\r\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3', '|'],
    ['old Mac CR', 'a,b,c\r1,2,3\r', ','],
  ])('%s', async (name, text) => {
    const { source, rows } = await readAll(files.write(`delim-${name.replace(/\W/g, '')}.csv`, text));
    expect(source.headers).toEqual(['a', 'b', 'c']);
    expect(cellsOf(rows)).toEqual([{ a: '1', b: '2', c: '3' }]);
  });

  test('CRLF files with broken quoting resume on the right line', async () => {
    const { rows } = await readAll(files.write('crlf-broken.csv', 'a,b\r\n1,x\r\n2,"y\r\n3,z\r\n'));
    expect(rows.map((r) => [r.rowNumber, r.cells, r.problems.map((p) => p.code)])).toEqual([
      [2, { a: '1', b: 'x' }, []],
      [3, { a: '2', b: '"y' }, ['BAD_QUOTING']],
      [4, { a: '3', b: 'z' }, []],
    ]);
  });

  test('multi-line quoted cells keep row numbers as lines of the file', async () => {
    const { rows } = await readAll(files.write('multiline.csv', 'a,b\r\n1,"x\r\ny"\r\n2,"p\nq"\r\n3,z\r\n'));
    expect(rows.map((r) => [r.rowNumber, r.cells.b])).toEqual([
      [2, 'x\r\ny'],
      [4, 'p\nq'],
      [6, 'z'],
    ]);
  });
});

describe('CSV bad input', () => {
  test('a quote inside an unquoted cell and text after a closing quote are kept as written', async () => {
    const { rows } = await readAll(files.write('stray-quotes.csv', 'a,b\n1,ab"c\n2,"北京"某公司\n3,4\n'));
    expect(cellsOf(rows)).toEqual([
      { a: '1', b: 'ab"c' },
      { a: '2', b: '"北京"某公司' },
      { a: '3', b: '4' },
    ]);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  test('an unclosed quote at the end of the file: that row is a problem, the rows after it are read', async () => {
    const { rows } = await readAll(files.write('unclosed-eof.csv', 'a,b\n1,x\n2,"北京某公司\n3,4\n5,6\n'));
    expect(codesOf(rows)).toEqual([
      [2, []],
      [3, ['BAD_QUOTING']],
      [4, []],
      [5, []],
    ]);
    expect(rows[1].cells).toEqual({ a: '2', b: '"北京某公司' });
    expect(rows[1].problems[0]).toMatchObject({ row: 3, message: expect.stringContaining('第3行的引号不成对') });
    expect(cellsOf(rows.slice(2))).toEqual([
      { a: '3', b: '4' },
      { a: '5', b: '6' },
    ]);
  });

  test('an unclosed quote closed by a later quote does not swallow the lines in between', async () => {
    // csv-parse alone returns lines 2-4 as one cell `"北京某公司\n3,4\n5,"6"`, losing rows 3 and 4.
    const { rows } = await readAll(files.write('unclosed-later.csv', 'a,b\n1,"北京某公司\n3,4\n5,"6"\n7,8\n'));
    expect(codesOf(rows)).toEqual([
      [2, ['BAD_QUOTING']],
      [3, []],
      [4, []],
      [5, []],
    ]);
    expect(cellsOf(rows)).toEqual([
      { a: '1', b: '"北京某公司' },
      { a: '3', b: '4' },
      { a: '5', b: '6' },
      { a: '7', b: '8' },
    ]);
  });

  test('several broken lines in one file are each reported once', async () => {
    const { rows } = await readAll(files.write('unclosed-many.csv', 'a,b\n"x,1\n2,2\n"y,3\n4,4\n'));
    expect(codesOf(rows)).toEqual([
      [2, ['BAD_QUOTING']],
      [3, []],
      [4, ['BAD_QUOTING']],
      [5, []],
    ]);
  });

  test('a closed multi-line cell that holds whole records is flagged, its text kept', async () => {
    const { rows } = await readAll(files.write('swallowed.csv', 'a,b,c\n1,2,"x\n3,4,5\n6,7,8"\n9,9,9\n'));
    expect(codesOf(rows)).toEqual([
      [2, ['SUSPECT_QUOTING']],
      [5, []],
    ]);
    expect(rows[0].cells.c).toBe('x\n3,4,5\n6,7,8');
  });

  test('ragged rows: extra cells kept as __extra_<n>, missing cells null, both reported', async () => {
    const { source, rows } = await readAll(files.write('ragged.csv', 'a,b,c\n1,2,3,4,\n1,2\n1,2,3,,\n'));
    expect(source.headers).toEqual(['a', 'b', 'c']);
    expect(cellsOf(rows)).toEqual([
      { a: '1', b: '2', c: '3', __extra_4: '4' },
      { a: '1', b: '2', c: null },
      { a: '1', b: '2', c: '3' },
    ]);
    expect(codesOf(rows)).toEqual([
      [2, ['EXTRA_CELLS']],
      [3, ['MISSING_CELLS']],
      [4, []], // trailing empty cells (a trailing comma) are not a problem
    ]);
    expect(rows[1].problems[0]).toMatchObject({ column: 'c', message: expect.stringContaining('缺少「c」') });
  });

  test('empty rows are skipped but row numbers stay those of the file', async () => {
    const { rows } = await readAll(files.write('empty-rows.csv', '\n\na,b\n1,2\n\n,\n  ,  \n3,4\n\n'));
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [4, { a: '1', b: '2' }],
      [8, { a: '3', b: '4' }],
    ]);
  });

  test('unknown and extra columns are kept as headers; duplicates renamed; * marks and spaces removed', async () => {
    const { source, rows } = await readAll(files.write('headers.csv', ' *名称 ,备注,名称,＊地址,,名称,\n甲,乙,丙,丁,戊,己\n'));
    expect(source.headers).toEqual(['名称', '备注', '名称(2)', '地址', '__col_5', '名称(3)']);
    expect(rows[0].cells).toEqual({ 名称: '甲', 备注: '乙', '名称(2)': '丙', 地址: '丁', __col_5: '戊', '名称(3)': '己' });
    expect(source.problems.map((p) => p.code)).toEqual(['DUPLICATE_HEADER', 'EMPTY_HEADER', 'DUPLICATE_HEADER']);
  });

  test('a file with only blank lines has no header', async () => {
    await expect(readAll(files.write('blank.csv', '\r\n  \r\n,,\r\n'))).rejects.toMatchObject({ name: 'FileError', code: 'NO_HEADER' });
  });

  test('a header with an unclosed quote cannot be read', async () => {
    await expect(readAll(files.write('bad-header.csv', 'a,"b\n1,2\n'))).rejects.toMatchObject({ code: 'NO_HEADER' });
  });

  test('stopping early releases the file', async () => {
    const file = files.write('early.csv', 'a\n1\n2\n3\n');
    const source = await openRecordFile(file);
    for await (const row of source.rows) {
      expect(row.cells.a).toBe('1');
      break;
    }
    await source.close();
  });
});
