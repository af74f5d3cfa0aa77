/**
 * 检查实施清单 (domain.md §2.1, §11.1; field names of the catalogue library's CheckImplList). The code is
 * the implementing agency's USCC + 行使层级 (1–5) + a suffix; the ingest also checks that the stated agency
 * and level are the ones the code names, and that the agency is an organ of the importing department.
 */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** 行使层级 (character 19 of the list code). */
export const EXEC_LEVEL_TABLE: CodeTable = {
  name: 'execLevel',
  title: '行使层级',
  values: [
    { code: '1', label: '国家' },
    { code: '2', label: '省' },
    { code: '3', label: '市' },
    { code: '4', label: '县' },
    { code: '5', label: '乡镇' },
  ],
};

/** 事项类别 of a 抽查事项: the library stores 重点 / 一般. */
export const IMPL_LIST_EMPHASIS_TABLE: CodeTable = {
  name: 'implListEmphasis',
  title: '重点/一般检查事项',
  values: [
    { code: '重点', label: '重点检查事项' },
    { code: '一般', label: '一般检查事项' },
  ],
};

export const IMPL_LIST_RULES: RuleDefinition[] = new RuleBuilder('IMPL_LIST')
  .required('code', '检查实施清单编码')
  .checksum('code', 'implListCode', '检查实施清单编码应为实施机构统一社会信用代码 + 行使层级(1至5) + 编号')
  .required('itemCode', '监管事项目录编码')
  .checksum('itemCode', 'itemCode', '请填写14位数字的监管事项目录编码')
  .reference('itemCode', 'regItem', '监管事项目录编码在监管事项目录中不存在')
  .maxLength('subItemCode', '子项编码', 50)
  .required('orgName', '实施机构')
  .maxLength('orgName', '实施机构', 200)
  .required('orgUscc', '实施机构统一社会信用代码')
  .checksum('orgUscc', 'uscc', '实施机构统一社会信用代码无效（校验位不符或格式错误）')
  .required('execLevel', '行使层级')
  .codeTable('execLevel', '行使层级', 'execLevel', 'error', '（1国家、2省、3市、4县、5乡镇）')
  .required('adCode', '行政区划代码')
  .codeTable('adCode', '行政区划代码', 'division', 'error', '（6位 GB/T 2260 区划代码）')
  .required('checkMethod', '检查方式')
  .maxLength('checkMethod', '检查方式', 200)
  .maxLength('checkFreq', '检查频次', 200)
  .required('checkBasis', '检查依据')
  .required('objects', '检查对象')
  .maxLength('objects', '检查对象', 500)
  .required('isRandomItem', '是否双随机抽查事项')
  .regex('randomRatio', 'RANGE', '^(0(\\.\\d+)?|1)$', '抽查比例应为0至1之间的小数（如 0.05 表示5%）')
  .codeTable('keyOrGeneral', '事项类别', 'implListEmphasis', 'error', '（重点、一般）').rules;
