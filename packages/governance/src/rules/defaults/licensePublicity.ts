/** 双公示 行政许可 (XK_* keys, domain.md §4, §11.6; field names of the credit library's LicensePublicity). */
import type { CodeTable, RuleDefinition } from '../../types';
import { publicityPartyRules } from './penaltyPublicity';

export const LICENCE_CATEGORY_TABLE: CodeTable = {
  name: 'licenceCategory',
  title: '许可类别',
  values: ['普通', '特许', '认可', '核准', '登记', '其他'].map((l) => ({ code: l, label: l })),
};

/** XK_ZT: code = the library's stored value, label = the word of the exchange format. */
export const LICENCE_STATUS_TABLE: CodeTable = {
  name: 'licenceStatus',
  title: '许可状态',
  values: [
    { code: 'valid', label: '有效' },
    { code: 'invalid', label: '无效' },
  ],
};

export const LICENSE_PUBLICITY_RULES: RuleDefinition[] = publicityPartyRules('LICENSE_PUBLICITY')
  .required('docName', '行政许可决定文书名称')
  .maxLength('docName', '行政许可决定文书名称', 64)
  .required('docNo', '行政许可决定文书号')
  .maxLength('docNo', '行政许可决定文书号', 64)
  .required('category', '许可类别')
  .codeTable('category', '许可类别', 'licenceCategory', 'error', '（普通、特许、认可、核准、登记、其他）')
  .maxLength('certName', '许可证书名称', 64)
  .maxLength('licenceNo', '许可编号', 64)
  .required('content', '许可内容')
  .maxLength('content', '许可内容', 4000)
  .required('decisionDate', '许可决定日期')
  .required('validFrom', '有效期自')
  .required('validTo', '有效期至')
  .dateOrder('validFrom', 'validTo', '有效期至不能早于有效期自')
  .dateOrder('decisionDate', 'validFrom', '有效期自早于许可决定日期，请核实', true, 'warning')
  .required('authority', '许可机关')
  .maxLength('authority', '许可机关', 200)
  .required('authorityUscc', '许可机关统一社会信用代码')
  .checksum('authorityUscc', 'uscc', '许可机关统一社会信用代码校验位不符或格式错误')
  .required('status', '当前状态')
  .codeTable('status', '当前状态', 'licenceStatus', 'error', '（有效、无效）')
  .required('dataSource', '数据来源单位')
  .maxLength('dataSource', '数据来源单位', 200)
  .checksum('dataSourceUscc', 'uscc', '数据来源单位统一社会信用代码校验位不符或格式错误')
  .maxLength('remark', '备注', 512).rules;
