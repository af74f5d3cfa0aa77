import type { GovernedRow, IngestContext, RecordIngest } from '@hub/governance';
import { DEFAULT_CODE_TABLES, REG_ITEM_RULES } from '@hub/governance';
import { chinaToday } from '@hub/codes';
import { regItemSpec } from './catalogSpecs';
import { checkEffectiveOrder, currentVersions, storeVersions, VersionedTable } from './versionedStore';

const REG_ITEM: VersionedTable = {
  table: 'catalog.reg_item',
  code: 'item_code',
  content: ['name', 'power_item_code', 'dept_name', 'dept_code', 'duty_code', 'line_code', 'category', 'license_item_code', 'license_item_type', 'license_item_name', 'status'],
  text: ['name', 'dept_name', 'license_item_type', 'license_item_name'],
  columns: ['id', 'source_dept', 'effective_from', 'item_code', 'name', 'power_item_code', 'dept_name', 'dept_code', 'duty_code', 'line_code', 'category', 'license_item_code', 'license_item_type', 'license_item_name', 'status'],
  children: {
    table: 'catalog.reg_sub_item',
    parent: 'item_id',
    columns: ['data_status', 'item_code', 'sub_item_code', 'name', 'sub_power_code', 'object_category', 'object_desc', 'form', 'method', 'level', 'basis_article_ids', 'basis_text', 'process', 'result', 'scope', 'impl_list_code', 'status', 'sort_order'],
  },
};

/**
 * 监管事项（主项）through the governance pipeline. A department delivers its own items only (监管部门编码 =
 * the importing department; an existing item must be the department's). An item code not yet in the
 * catalogue becomes version 1; one whose current version differs becomes the next version (sub-items
 * carried over); identical content is a duplicate.
 */
export const regItemIngest: RecordIngest = {
  spec: regItemSpec,
  defaultRules: REG_ITEM_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows, _references, context) {
    const today = chinaToday();
    for (const row of rows) {
      const dept = row.values.deptCode as string | null;
      if (dept && dept !== context.deptCode) {
        row.violations.push({ rule: 'REG_ITEM_DEPT_NOT_OWN', field: 'deptCode', severity: 'error', message: `监管部门编码 ${dept} 不是报送部门（${context.deptCode}）：只能报送本部门的监管事项`, value: dept });
      }
    }
    const own = rows.filter((r) => !r.violations.some((v) => v.severity === 'error'));
    const current = await currentVersions(db, REG_ITEM, own.map((row) => itemColumns(row, '00000000-0000-0000-0000-000000000000', context, today)), ['dept_code']);
    for (const row of own) {
      const cur = current.get(row.values.itemCode as string);
      if (cur && cur.extra.dept_code !== context.deptCode) {
        row.violations.push({ rule: 'REG_ITEM_OF_OTHER_DEPARTMENT', field: 'itemCode', severity: 'error', message: `监管事项 ${cur.code} 属于其他部门（${String(cur.extra.dept_code)}），不能修改`, value: cur.code });
      }
    }
    checkEffectiveOrder(own, 'itemCode', current, (row) => (row.values.effectiveFrom as string | null) ?? today, 'REG_ITEM_EFFECTIVE_BEFORE_CURRENT');
  },

  async store(db, rows, context) {
    const today = chinaToday();
    return storeVersions(db, REG_ITEM, rows, (row, id) => itemColumns(row, id, context, today), context);
  },
};

function itemColumns(row: GovernedRow, id: string, context: IngestContext, today: string) {
  const v = row.values;
  return {
    id, source_dept: context.sourceDept, effective_from: v.effectiveFrom ?? today, item_code: v.itemCode, name: v.name, power_item_code: v.powerItemCode ?? null,
    dept_name: v.deptName, dept_code: v.deptCode, duty_code: v.dutyCode, line_code: v.lineCode ?? null, category: v.category,
    license_item_code: v.licenseItemCode ?? null, license_item_type: v.licenseItemType ?? null, license_item_name: v.licenseItemName ?? null,
    status: v.status === null || v.status === undefined ? 1 : Number(v.status),
  };
}
