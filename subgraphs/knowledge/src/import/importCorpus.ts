import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ImportLawsOptions, importLawFiles, LawEntry, lawEntry, LawImportResult } from './importLaws';

/** The full national corpus: every document of `laws/index.json`, one law file a line, gzip. */
export const CORPUS_FILE = path.join('corpus', 'laws-all.jsonl.gz');

export interface ImportCorpusOptions extends ImportLawsOptions {
  /** Another corpus file of the same shape (default `<dataDir>/corpus/laws-all.jsonl.gz`). */
  file?: string;
}

/**
 * Loads the full corpus (1,427 documents, 58,637 articles) into the same `law` / `law_article` tables and
 * through the same path as `importLaws`: unchanged documents are skipped by hash, a changed one replaces
 * only its own law and articles, versions are settled (现行 / 已修订) at the end. The file is streamed
 * (gunzip, one line at a time), never held whole in memory.
 *
 * A corpus document has the same `id` as its file in `laws/` (`法律/行政处罚法(2021-01-22)`), the same
 * content and the same hash, so the 659 laws of `laws/` keep their law and article ids whichever source
 * loaded them, and switching source rewrites nothing.
 */
export async function importCorpus(em: EntityManager, dataDir: string, options: ImportCorpusOptions = {}): Promise<LawImportResult> {
  const file = options.file ?? path.join(dataDir, CORPUS_FILE);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new Error(`未找到全量法律法规语料文件：${file}`);
  const levels = options.levels;
  async function* entries(): AsyncGenerator<LawEntry> {
    for await (const entry of corpusEntries(fs.createReadStream(file), file)) {
      if (levels && 'file' in entry && !levels.includes(entry.file.level)) continue;
      yield entry;
    }
  }
  return importLawFiles(em, entries());
}

/**
 * The documents of a gzip JSON-lines stream, in order (`origin:line` names a rejected line). Reading is
 * pulled by the consumer: the stream is paused while a document waits for its write, so only a chunk or
 * two of the file is in memory at any time. Stopping early (break) closes the stream.
 */
export async function* corpusEntries(compressed: Readable, origin: string): AsyncGenerator<LawEntry> {
  let line = 0;
  for await (const text of gunzippedLines(compressed)) {
    line += 1;
    if (text.trim()) yield lawEntry(text, `${origin}:${line}`);
  }
}

/**
 * The lines of a gzip stream. Not `readline`: its async iterator buffers up to 1,024 lines ahead of the
 * consumer, which for this corpus (a whole law a line) is most of the file; iterating the gunzip stream
 * itself keeps the usual stream back-pressure.
 */
export async function* gunzippedLines(compressed: Readable): AsyncGenerator<string> {
  const gunzip = zlib.createGunzip();
  gunzip.setEncoding('utf8');
  compressed.on('error', (error) => gunzip.destroy(error));
  compressed.pipe(gunzip);
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
    }
    if (rest) yield rest;
  } finally {
    compressed.unpipe(gunzip);
    compressed.destroy();
    gunzip.destroy();
  }
}
