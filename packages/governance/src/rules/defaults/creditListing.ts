/** 信用名单 (经营异常名录, 严重违法失信名单, 红黑名单; domain.md §4, §11.6; the credit library's CreditListing). */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** code = the library's stored value, label = the list's usual name. */
export const LIST_TYPE_TABLE: CodeTable = {
  name: 'listType',
  title: '名单类别',
  values: [
    { code: 'abnormal', label: '经营异常名录' },
    { code: 'serious', label: '严重违法失信名单' },
    { code: 'red', label: '红名单' },
    { code: 'black', label: '黑名单' },
  ],
};

export const CREDIT_LISTING_RULES: RuleDefinition[] = new RuleBuilder('CREDIT_LISTING')
  .required('listType', '名单类别')
  .codeTable('listType', '名单类别', 'listType', 'error', '（经营异常名录、严重违法失信名单、红名单、黑名单）')
  .maxLength('listName', '名单名称', 100)
  .required('uscc', '统一社会信用代码')
  .checksum('uscc', 'uscc', '统一社会信用代码校验位不符或格式错误')
  .maxLength('partyName', '主体名称', 200)
  .required('reason', '列入原因')
  .maxLength('reason', '列入原因', 500)
  .required('listedAt', '列入日期')
  .maxLength('listedBy', '列入机关', 200)
  .required('basis', '列入依据')
  .maxLength('basis', '列入依据', 500)
  .dateOrder('listedAt', 'removedAt', '移出日期不能早于列入日期')
  .maxLength('removedReason', '移出原因', 500)
  .maxLength('removedBy', '移出机关', 200)
  .dateOrder('listedAt', 'until', '列入期限届满日不能早于列入日期').rules;
