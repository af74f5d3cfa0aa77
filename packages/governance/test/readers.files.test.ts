import { openRecordFile } from '../src/readers';
import { FileError } from '../src/types';
import { tempFiles } from './fixtures/tempFiles';

const files = tempFiles('files');

/** Bytes as the named formats begin (enough for detection: readers look at content, not the extension). */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

async function fileError(file: string) {
  try {
    await openRecordFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('expected a FileError');
}

describe('files that cannot be read', () => {
  test('a 0-byte file', async () => {
    const error = await fileError(files.write('empty.csv', ''));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toContain('0 字节');
  });

  test.each([
    ['PNG named .xlsx', 'image.xlsx', PNG, 'PNG 图片'],
    ['PDF named .csv', 'report.csv', PDF, 'PDF'],
    ['old .xls (OLE)', 'old.xls', OLE, 'Excel 97-2003（.xls）'],
    ['random binary', 'data.csv', Buffer.from([1, 2, 3, 0, 5, 6, 7, 8]), '二进制'],
  ])('%s is not a spreadsheet', async (_name, fileName, bytes, says) => {
    const error = await fileError(files.write(fileName, bytes));
    expect(error.code).toBe('NOT_A_SPREADSHEET');
    expect(error.message).toContain(says);
  });

  test('a ZIP that is not a workbook', async () => {
    // A stored (uncompressed) ZIP with one entry `word/document.xml`, built by hand.
    const name = Buffer.from('word/document.xml');
    const body = Buffer.from('<w:document/>');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(name.length, 28);
    const cdOffset = local.length + name.length + body.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    const error = await fileError(files.write('doc.xlsx', Buffer.concat([local, name, body, central, name, end])));
    expect(error.code).toBe('NOT_A_SPREADSHEET');
    expect(error.message).toContain('Word');
  });

  test('a truncated ZIP', async () => {
    const error = await fileError(files.write('cut.xlsx', Buffer.from('PK\x03\x04 and then nothing', 'latin1')));
    expect(error.code).toBe('NOT_A_SPREADSHEET');
  });

  test('a missing file', async () => {
    const error = await fileError(files.path('nowhere.csv'));
    expect(error.code).toBe('FILE_NOT_FOUND');
  });
});
