/**
 * 执法人员 (domain.md §4, §11.3). The 公民身份号码 arrives in full and is checked here; the library stores
 * only its hash and a masked form. 执法证号 has no national format (issued per province/ministry): 4–32
 * characters without spaces.
 */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** 执法人员状态 as the enforcement library stores it (code) with the words departments write (label). */
export const ENFORCER_STATUS_TABLE: CodeTable = {
  name: 'enforcerStatus',
  title: '执法人员状态',
  values: [
    { code: 'active', label: '在岗' },
    { code: 'suspended', label: '暂停执法' },
    { code: 'left', label: '离岗' },
  ],
};

export const ENFORCER_RULES: RuleDefinition[] = new RuleBuilder('ENFORCER')
  .required('name', '姓名')
  .maxLength('name', '姓名', 50)
  .required('idNo', '公民身份号码')
  .checksum('idNo', 'citizenId', '公民身份号码无效（校验位不符或格式错误）')
  .required('certNo', '执法证号')
  .maxLength('certNo', '执法证号', 32)
  .regex('certNo', 'FORMAT', '^\\S{4,}$', '执法证号应为4至32个字符且不含空格')
  .required('certIssuer', '发证机关')
  .maxLength('certIssuer', '发证机关', 100)
  .required('certValidFrom', '执法证有效期起')
  .required('certValidTo', '执法证有效期止')
  .dateOrder('certValidFrom', 'certValidTo', '执法证有效期止不能早于有效期起')
  .required('fields', '执法领域')
  .maxLength('fields', '执法领域', 50)
  .required('orgName', '所属执法主体')
  .maxLength('orgName', '所属执法主体', 100)
  .required('orgUscc', '所属执法主体统一社会信用代码')
  .checksum('orgUscc', 'uscc', '所属执法主体统一社会信用代码无效（校验位不符或格式错误）')
  .required('adCode', '行政区划代码')
  .codeTable('adCode', '行政区划代码', 'division', 'error', '（6位 GB/T 2260 区划代码）')
  .codeTable('status', '状态', 'enforcerStatus', 'error', '（在岗、暂停执法、离岗）').rules;
