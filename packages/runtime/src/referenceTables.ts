import { loadDivisions, loadIndustries, resolveDataDir, DivisionTable, IndustryTable } from '@hub/codes';

let tables: { divisions: DivisionTable; industries: IndustryTable } | undefined;

/** Division and industry tables, loaded once per process from HUB_DATA_DIR (or the packaged fallbacks). */
export function referenceTables() {
  if (!tables) {
    const dataDir = resolveDataDir();
    tables = { divisions: loadDivisions(dataDir), industries: loadIndustries(dataDir) };
  }
  return tables;
}
