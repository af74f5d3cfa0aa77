import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '@hub/runtime';
import { LegalCase } from '../entities/LegalCase';
import { caseProblem, CaseRecord, caseRow } from './caseFile';
import { hashOf } from './lawFile';
import { upsertById } from './upsert';

export interface CaseImportResult {
  casesInserted: number;
  casesUpdated: number;
  casesUnchanged: number;
  rejected: number;
}

/** Loads a cases file (a JSON array, see shared/data/README.md); unchanged cases are left alone. */
export async function importCases(em: EntityManager, file: string): Promise<CaseImportResult> {
  const records = JSON.parse(await fs.promises.readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(records)) throw new Error(`案例文件应为 JSON 数组：${file}`);
  const result: CaseImportResult = { casesInserted: 0, casesUpdated: 0, casesUnchanged: 0, rejected: 0 };
  const known = new Map<string, string>(
    (await em.createQueryBuilder(LegalCase).select(['id', 'contentHash']).execute('all', false) as { id: string; content_hash: string }[])
      .map((r) => [r.id, r.content_hash]),
  );
  const now = new Date();
  const rows = new Map<string, ReturnType<typeof caseRow>>();
  for (const record of records as Partial<CaseRecord>[]) {
    const problem = caseProblem(record);
    if (problem) {
      logger.warn({ file, case: record?.id, problem }, `案例格式不符（${problem}），已跳过`);
      result.rejected += 1;
      continue;
    }
    const row = caseRow(record as CaseRecord, hashOf(JSON.stringify(record)), now);
    const before = known.get(row.id);
    if (before === row.contentHash) result.casesUnchanged += 1;
    else {
      if (before === undefined) result.casesInserted += 1;
      else result.casesUpdated += 1;
      rows.set(row.id, row);
      known.set(row.id, row.contentHash);
    }
  }
  await upsertById(em, LegalCase, 'legal_case', [...rows.values()]);
  return result;
}
