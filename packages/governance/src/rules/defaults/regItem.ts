/**
 * 监管事项（主项）(domain.md §2.1, §11.1; field names of the catalogue library's RegItem). The 14-digit
 * 监管事项目录编码 has no published check character: its format is what the `itemCode` checksum judges.
 * The department a file names (监管部门编码) must be the importing one: the ingest checks that.
 */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** 事项类型: the library stores the Chinese words. */
export const REG_ITEM_CATEGORY_TABLE: CodeTable = {
  name: 'regItemCategory',
  title: '事项类型',
  values: ['行政检查', '行政处罚', '行政强制', '其他'].map((w) => ({ code: w, label: w })),
};

/** 事项状态 (0 无效 / 1 有效). */
export const REG_ITEM_STATUS_TABLE: CodeTable = {
  name: 'regItemStatus',
  title: '事项状态',
  values: [
    { code: '1', label: '有效' },
    { code: '0', label: '无效' },
  ],
};

export const REG_ITEM_RULES: RuleDefinition[] = new RuleBuilder('REG_ITEM')
  .required('itemCode', '监管事项目录编码')
  .checksum('itemCode', 'itemCode', '请填写14位数字的监管事项目录编码')
  .required('name', '监管事项名称')
  .maxLength('name', '监管事项名称', 500)
  .maxLength('powerItemCode', '对应权力事项编码', 100)
  .required('deptName', '监管部门')
  .maxLength('deptName', '监管部门', 200)
  .required('deptCode', '监管部门编码')
  .maxLength('deptCode', '监管部门编码', 50)
  .required('dutyCode', '职能部门编码')
  .maxLength('dutyCode', '职能部门编码', 50)
  .maxLength('lineCode', '业务条线编码', 50)
  .required('category', '事项类型')
  .codeTable('category', '事项类型', 'regItemCategory', 'error', '（行政检查、行政处罚、行政强制、其他）')
  .maxLength('licenseItemCode', '对应许可事项编码', 100)
  .maxLength('licenseItemType', '对应许可事项类型', 50)
  .maxLength('licenseItemName', '对应许可事项名称', 500)
  .codeTable('status', '事项状态', 'regItemStatus', 'error', '（1 有效、0 无效）').rules;
