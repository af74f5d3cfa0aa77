import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CityInspection, inspectionAt } from '@hub/city';
import { openRecordFile, type RecordIngest, type RecordTypeSpec } from '@hub/governance';
import type { Pool } from 'pg';
import { organsOf, runImport, type ImportResult } from '../src';
import { quote } from './deliveries';
import { frame } from './exchangeTestHub';

export { quote };

/** Rows (cells by field name) as a CSV file with the record type's national headers; returns the file. */
export function writeRecordCsv(file: string, spec: RecordTypeSpec, rows: Record<string, string>[]): string {
  const lines = [spec.fields.map((f) => quote(f.header)).join(','), ...rows.map((r) => spec.fields.map((f) => quote(r[f.name] ?? '')).join(','))];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * A file through the pipeline for 市场监管 (SCJG) as the test operator, in small chunks so that a few rows
 * cross chunk boundaries. `orgs` defaults to SCJG's organs.
 */
export async function importForScjg(
  pool: Pool,
  ingest: RecordIngest,
  file: string,
  batchKey: string,
  { chunkSize, channel = 'file', orgs }: { chunkSize: number; channel?: 'file' | 'push'; orgs?: string[] },
): Promise<ImportResult> {
  return runImport({
    pool, ingest, source: await openRecordFile(file), batchKey, channel, fileName: path.basename(file),
    context: { deptCode: 'SCJG', orgs: orgs ?? (await organsOf(pool, 'SCJG')), sourceDept: 'SCJG' },
    actor: { id: 'test', name: '测试', role: 'system', region: null }, chunkSize,
  });
}

/** A certificate number with its check character changed: no longer valid. */
export const breakCheck = (code: string) => code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');

/** SCJG's seeded inspections of companies (USCC parties): what penalties, coercions and other actions follow. */
export function companyInspections(count: number): CityInspection[] {
  const found: CityInspection[] = [];
  for (let i = 0; i < frame.inspectionCount && found.length < count; i++) {
    const inspection = inspectionAt(frame, i);
    if (inspection.departmentIndex === 0 && inspection.subject.certType === '001') found.push(inspection);
  }
  return found;
}
