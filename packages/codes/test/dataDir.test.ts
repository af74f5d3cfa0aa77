import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRepoRoot, resolveDataDir } from '../src';

describe('resolveDataDir', () => {
  const saved = process.env.HUB_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.HUB_DATA_DIR;
    else process.env.HUB_DATA_DIR = saved;
  });

  test('HUB_DATA_DIR wins', () => {
    process.env.HUB_DATA_DIR = '/some/where';
    expect(resolveDataDir()).toBe(path.resolve('/some/where'));
  });

  test('defaults to <repo root>/../shared/data when it exists', () => {
    delete process.env.HUB_DATA_DIR;
    const root = findRepoRoot();
    expect(root).toBeDefined();
    const shared = path.resolve(root as string, '..', 'shared', 'data');
    expect(resolveDataDir()).toBe(fs.existsSync(shared) ? shared : undefined);
  });
});

describe('findRepoRoot', () => {
  test('is the directory whose package.json declares workspaces', () => {
    const root = findRepoRoot(__dirname) as string;
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { workspaces?: unknown };
    expect(pkg.workspaces).toBeDefined();
    expect(path.relative(root, __dirname)).toBe(path.join('packages', 'codes', 'test'));
  });

  test('undefined outside any workspace', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-root-'));
    try {
      expect(findRepoRoot(tmp)).toBeUndefined();
    } finally {
      fs.rmSync(tmp, { recursive: true });
    }
  });
});
