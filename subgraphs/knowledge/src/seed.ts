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
import { CORPUS_FILE, importCorpus } from './import/importCorpus';
import { importCases } from './import/importCases';
import { syncSearchIndex } from './search/syncSearchIndex';

export const CASES_FILE = path.join('cases', 'lawrefbook-cases.json');

/**
 * Laws and cases from the data directory (reference data: the scale does not apply), then the built-in
 * risk indicators, plans and discretion rules. Idempotent: unchanged files and existing ids are skipped.
 *
 * Laws come from the 659 files of `laws/` by default. With `HUB_KNOWLEDGE_CORPUS=full` they come from the
 * full corpus instead (`corpus/laws-all.jsonl.gz`: 1,427 documents, 58,637 articles, streamed); the 659
 * laws keep the same law and article ids either way, so the switch can be made on a seeded database.
 */
export async function seedKnowledge(em: EntityManager, { dataDir }: SeedOptions): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const full = corpusWanted();
  const source = dataDir && fs.existsSync(path.join(dataDir, full ? CORPUS_FILE : 'laws')) ? dataDir : undefined;
  if (full && dataDir && fs.existsSync(dataDir) && !source) throw new Error(`HUB_KNOWLEDGE_CORPUS=full，但数据目录中没有全量语料文件：${path.join(dataDir, CORPUS_FILE)}`);
  if (source) {
    const started = Date.now();
    Object.assign(counts, full ? await importCorpus(em, source) : await importLaws(em, source));
    logger.info({ ...counts, source: full ? CORPUS_FILE : 'laws', ms: Date.now() - started }, '法律法规已载入');
    const casesFile = path.join(source, CASES_FILE);
    if (fs.existsSync(casesFile)) Object.assign(counts, await importCases(em, casesFile));
    const indexing = Date.now();
    const synced = await syncSearchIndex(em);
    counts.searchDocumentsIndexed = synced.indexed;
    logger.info({ ...synced, ms: Date.now() - indexing }, '知识检索索引已同步');
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

/** `HUB_KNOWLEDGE_CORPUS=full` loads the full corpus; unset (or `laws`) the folders of `laws/`. */
function corpusWanted(): boolean {
  const value = process.env.HUB_KNOWLEDGE_CORPUS?.trim();
  if (!value || value === 'laws') return false;
  if (value === 'full') return true;
  throw new Error(`HUB_KNOWLEDGE_CORPUS 只能取 full（全量语料）或 laws（默认，laws/ 目录），当前为：${value}`);
}
