import fs from 'node:fs';
import path from 'node:path';

export const DATA_DIR = '/work/shared/data';

/** Laws and articles of one level folder, counted straight from the files (what an import must load). */
export function countLevel(dataDir: string, level: string): { laws: number; articles: number } {
  const dir = path.join(dataDir, 'laws', level);
  let articles = 0;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const f of files) articles += (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { articles: unknown[] }).articles.length;
  return { laws: files.length, articles };
}
