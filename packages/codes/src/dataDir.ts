/** Where the reference data directory is (laws, division and industry tables, dictionaries). */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Nearest ancestor of `from` holding a package.json that declares npm workspaces. */
export function findRepoRoot(from: string = __dirname): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
        if (pkg.workspaces !== undefined) return dir;
      } catch {
        // An unreadable manifest is not the root; keep walking up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `HUB_DATA_DIR` when set; otherwise `<repo root>/../shared/data` when that directory exists;
 * otherwise undefined (callers fall back to built-in or npm-packaged tables).
 */
export function resolveDataDir(): string | undefined {
  const fromEnv = process.env.HUB_DATA_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  const root = findRepoRoot();
  if (root === undefined) return undefined;
  const shared = path.resolve(root, '..', 'shared', 'data');
  return isDirectory(shared) ? shared : undefined;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
