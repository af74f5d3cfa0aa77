import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger, type SeedOptions, insertRows } from '@hub/runtime';
import { ContingencyPlan } from './entities/ContingencyPlan';
import { InspectionRule } from './entities/InspectionRule';
import { RiskFeature } from './entities/RiskFeature';
import { builtinContingencyPlans } from './builtins/contingencyPlans';
import { builtinInspectionRules } from './builtins/inspectionRules';
import { builtinRiskFeatures } from './builtins/riskFeatures';
import { importLaws } from './import/importLaws';
import { importCases } from './import/importCases';

export const CASES_FILE = path.join('cases', 'lawrefbook-cases.json');

/**
 * Laws and cases from the data directory (reference data: the scale does not apply), then the built-in
 * risk indicators, plans and discretion rules. Idempotent: unchanged files and existing ids are skipped.
 */
export async function seedKnowledge(em: EntityManager, { dataDir }: SeedOptions): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const lawsDir = dataDir && fs.existsSync(path.join(dataDir, 'laws')) ? dataDir : undefined;
  if (lawsDir) {
    const started = Date.now();
    Object.assign(counts, await importLaws(em, lawsDir));
    logger.info({ ...counts, ms: Date.now() - started }, '法律法规已载入');
    const casesFile = path.join(lawsDir, CASES_FILE);
    if (fs.existsSync(casesFile)) Object.assign(counts, await importCases(em, casesFile));
  } else {
    logger.info(
      { dataDir: dataDir ?? null },
      '知识库未载入法律法规：设置 HUB_DATA_DIR 指向含 laws/<效力位阶>/*.json 与 cases/*.json 的数据目录后重新执行 npm run seed，或调用 importLaws(em, 目录) / importCases(em, 文件)',
    );
  }
  counts.riskFeatures = await insertNew(em, RiskFeature, builtinRiskFeatures());
  counts.contingencyPlans = await insertNew(em, ContingencyPlan, builtinContingencyPlans());
  counts.inspectionRules = await insertNew(em, InspectionRule, builtinInspectionRules());
  return counts;
}

async function insertNew<T extends object>(em: EntityManager, entity: new () => T, rows: object[]): Promise<number> {
  const stamped = rows.map((r) => ({ ...r, sourceDept: 'BUILTIN' }));
  return insertRows(em, entity, stamped);
}
