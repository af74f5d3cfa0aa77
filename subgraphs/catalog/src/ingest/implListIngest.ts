import type { GovernedRow, IngestContext, RecordIngest } from '@hub/governance';
import { DEFAULT_CODE_TABLES, IMPL_LIST_RULES } from '@hub/governance';
import { chinaToday } from '@hub/codes';
import { implListSpec } from './catalogSpecs';
import { checkEffectiveOrder, checkItemReferences, currentVersions, storeVersions, VersionedTable } from './versionedStore';

const IMPL_LIST: VersionedTable = {
  table: 'catalog.check_impl_list',
  code: 'code',
  content: ['item_code', 'sub_item_code', 'org_name', 'org_uscc', 'exec_level', 'ad_code', 'check_method', 'check_freq', 'check_basis', 'objects', 'is_random_item', 'random_ratio', 'key_or_general'],
  text: ['org_name', 'check_method', 'check_freq', 'check_basis', 'objects'],
  columns: ['id', 'source_dept', 'effective_from', 'code', 'item_code', 'sub_item_code', 'org_name', 'org_uscc', 'exec_level', 'ad_code', 'check_method', 'check_freq', 'check_basis', 'objects', 'is_random_item', 'random_ratio', 'key_or_general'],
  children: {
    table: 'catalog.check_content',
    parent: 'list_id',
    columns: ['data_status', 'list_code', 'code', 'content', 'method', 'penalty_basis', 'penalty_power_code', 'check_type', 'sort_order'],
  },
};

/**
 * 检查实施清单 through the governance pipeline. The implementing agency must be an organ of the importing
 * department and the one the code names (chars 1–18), at the level it names (char 19); the item must exist
 * as a current item. Versioned like items: new code → version 1, changed content → next version (check
 * contents carried over), identical content → duplicate.
 */
export const implListIngest: RecordIngest = {
  spec: implListSpec,
  defaultRules: IMPL_LIST_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows, references, context) {
    const today = chinaToday();
    const own = new Set(context.orgs);
    for (const row of rows) {
      const code = row.values.code as string;
      const org = row.values.orgUscc as string;
      if (!own.has(org)) {
        row.violations.push({ rule: 'ORG_NOT_OF_DEPARTMENT', field: 'orgUscc', severity: 'error', message: `实施机构统一社会信用代码 ${org} 不属于报送部门（${context.deptCode}）`, value: org });
      }
      // Same rules as the library's online check (rules/implListRules.ts), on a code whose format passed.
      if (code.slice(0, 18) !== org) {
        row.violations.push({ rule: 'IMPL_LIST_ORG_MISMATCH', field: 'code', severity: 'error', message: `检查实施清单编码前18位（${code.slice(0, 18)}）应为实施机构统一社会信用代码 ${org}`, value: code });
      }
      if (String(row.values.execLevel) !== code[18]) {
        row.violations.push({ rule: 'IMPL_LIST_LEVEL_MISMATCH', field: 'execLevel', severity: 'error', message: `行使层级 ${String(row.values.execLevel)} 与检查实施清单编码第19位（${code[18]}）不一致`, value: String(row.values.execLevel) });
      }
    }
    await checkItemReferences(db, rows, references);
    const valid = rows.filter((r) => !r.violations.some((v) => v.severity === 'error'));
    const current = await currentVersions(db, IMPL_LIST, valid.map((row) => listColumns(row, '00000000-0000-0000-0000-000000000000', context, today)));
    checkEffectiveOrder(valid, 'code', current, (row) => (row.values.effectiveFrom as string | null) ?? today, 'IMPL_LIST_EFFECTIVE_BEFORE_CURRENT');
  },

  async store(db, rows, context) {
    const today = chinaToday();
    return storeVersions(db, IMPL_LIST, rows, (row, id) => listColumns(row, id, context, today), context);
  },
};

function listColumns(row: GovernedRow, id: string, context: IngestContext, today: string) {
  const v = row.values;
  return {
    id, source_dept: context.sourceDept, effective_from: v.effectiveFrom ?? today, code: v.code, item_code: v.itemCode, sub_item_code: v.subItemCode ?? null,
    org_name: v.orgName, org_uscc: v.orgUscc, exec_level: Number(v.execLevel), ad_code: v.adCode, check_method: v.checkMethod, check_freq: v.checkFreq ?? null,
    check_basis: v.checkBasis, objects: v.objects, is_random_item: v.isRandomItem, random_ratio: v.randomRatio ?? null, key_or_general: v.keyOrGeneral ?? null,
  };
}
