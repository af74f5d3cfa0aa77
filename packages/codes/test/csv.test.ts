import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCsv, readCsvRecords } from '../src';

describe('parseCsv', () => {
  test('quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x,y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x,y', 'say "hi"\nthere'],
    ]);
  });

  test('CRLF, BOM, empty fields and no trailing newline', () => {
    expect(parseCsv('\ufeffa,b,c\r\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  test('unterminated quote is an error', () => {
    expect(() => parseCsv('a\n"oops')).toThrow(SyntaxError);
  });
});

describe('readCsvRecords', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-csv-'));
  afterAll(() => fs.rmSync(dir, { recursive: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  test('records keyed by header', () => {
    expect(readCsvRecords(write('ok.csv', 'code,name\n01,农业\n'), ['code'])).toEqual([{ code: '01', name: '农业' }]);
  });

  test('missing column names the file', () => {
    const file = write('missing.csv', 'code\n01\n');
    expect(() => readCsvRecords(file, ['code', 'name'])).toThrow(`${file}: missing column(s) name`);
  });

  test('ragged row is an error', () => {
    expect(() => readCsvRecords(write('ragged.csv', 'code,name\n01\n'), ['code'])).toThrow(/record 1 has 1 fields/);
  });
});
