import path from 'node:path';
import fs from 'node:fs';

/** The repository root: the nearest folder upwards whose package.json declares workspaces. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

/** Folder for embedded state (PostgreSQL data, generated files); `HUB_STATE_DIR` overrides. */
export function stateDir(): string {
  return process.env.HUB_STATE_DIR ?? path.join(repoRoot(), '.data');
}
