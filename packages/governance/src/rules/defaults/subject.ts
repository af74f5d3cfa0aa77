/**
 * 监管对象 (domain.md §11.2; field names of the subjects library's Subject, the common 法人信息 facts
 * flattened with a dot: `legalPerson.legalRep`). Subjects are merged by certificate number, not rejected
 * as duplicates: see the survivor rules in the subjects library (src/ingest/subjectIngest.ts).
 */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** 监管对象类别: code = the library's stored value, label = its Chinese name (files may give either). */
export const SUBJECT_KIND_TABLE: CodeTable = {
  name: 'subjectKind',
  title: '监管对象类别',
  values: [
    { code: 'legal', label: '法人及其他组织' },
    { code: 'natural', label: '特定自然人' },
    { code: 'equipment', label: '特种设备' },
    { code: 'product', label: '特定产品' },
    { code: 'place', label: '场地场所' },
    { code: 'project', label: '项目工程' },
  ],
};

export const SUBJECT_RULES: RuleDefinition[] = new RuleBuilder('SUBJECT')
  .required('kind', '监管对象类别')
  .codeTable('kind', '监管对象类别', 'subjectKind', 'error', '（法人及其他组织、特定自然人、特种设备、特定产品、场地场所、项目工程）')
  // 名称 and 行政区划代码 are required of a new subject only (judged by the library): an empty cell of a
  // subject that exists keeps its stored value (survivor rules).
  .maxLength('name', '名称', 200)
  .required('certType', '证件类型')
  .codeTable('certType', '证件类型', 'certType', 'warning', '（001 统一社会信用代码、111 居民身份证…）')
  .required('certNo', '证件号码')
  .maxLength('certNo', '证件号码', 64)
  .checksum('certNo', 'usccOrCitizenId', '证件号码应为有效的统一社会信用代码（证件类型001）或公民身份号码（111）', { typeField: 'certType' })
  .codeTable('adCode', '行政区划代码', 'division', 'error', '（6位 GB/T 2260 区划代码）')
  .maxLength('regAddress', '注册地址', 400)
  .maxLength('bizAddress', '经营地址', 400)
  .maxLength('industryCode', '国民经济行业分类代码', 5)
  .regex('industryCode', 'FORMAT', '^[A-T](\\d{2,4})?$', '国民经济行业分类代码应为门类字母加2至4位数字（GB/T 4754，如 F5211）')
  .maxLength('legalPerson.entType', '企业类型', 100)
  .maxLength('legalPerson.legalRep', '法定代表人', 100)
  .maxLength('legalPerson.regStatus', '登记状态', 20)
  .maxLength('legalPerson.regAuthority', '登记机关', 200)
  .regex('legalPerson.capital', 'AMOUNT', '^\\d{1,12}(\\.\\d{1,6})?$', '注册资本应为不小于0的金额（万元，最多6位小数）')
  .maxLength('naturalPerson.qualification', '资格证书', 200).rules;
