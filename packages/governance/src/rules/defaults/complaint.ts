/** 投诉举报 (domain.md §4, §11.5; field names of the complaints library's Complaint). */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

const words = (name: string, title: string, labels: string[]): CodeTable => ({ name, title, values: labels.map((l) => ({ code: l, label: l })) });

/** The library stores the Chinese words themselves. */
export const COMPLAINT_KIND_TABLE = words('complaintKind', '诉求类型', ['投诉', '举报', '咨询']);
export const COMPLAINT_CHANNEL_TABLE = words('complaintChannel', '受理渠道', ['12345', '12315', '网站', '来信', '来访']);
export const COMPLAINT_STATUS_TABLE = words('complaintStatus', '办理状态', ['受理', '办理', '办结', '不予受理']);

export const COMPLAINT_RULES: RuleDefinition[] = new RuleBuilder('COMPLAINT')
  .required('no', '投诉举报编号')
  .maxLength('no', '投诉举报编号', 32)
  .regex('no', 'FORMAT', '^[0-9A-Z-]{4,32}$', '投诉举报编号应为4至32位字母、数字或连字符')
  .required('kind', '诉求类型')
  .codeTable('kind', '诉求类型', 'complaintKind', 'error', '（投诉、举报、咨询）')
  .required('channel', '受理渠道')
  .codeTable('channel', '受理渠道', 'complaintChannel', 'error', '（12345、12315、网站、来信、来访）')
  .required('receivedAt', '受理时间')
  .maxLength('complainantName', '投诉人姓名', 50)
  .maxLength('complainantPhone', '投诉人联系电话', 20)
  .regex('complainantPhone', 'FORMAT', '^[0-9+()\\- ]{3,20}$', '投诉人联系电话应为电话号码（数字，可含区号连字符）', 'warning')
  .required('targetName', '被投诉举报对象名称')
  .maxLength('targetName', '被投诉举报对象名称', 200)
  .maxLength('targetCertNo', '被投诉举报对象证件号码', 64)
  .required('territory', '所属区划')
  .codeTable('territory', '所属区划', 'division', 'error', '（6位 GB/T 2260 区划代码）')
  .maxLength('serviceType', '服务类型', 50)
  .maxLength('serviceName', '商品或服务名称', 100)
  .dateOrder('disputeDate', 'receivedAt', '争议发生日期不能晚于受理日期')
  .required('detail', '诉求内容')
  .maxLength('detail', '诉求内容', 2000)
  .checksum('itemCode', 'itemCode', '请填写14位数字的监管事项目录编码')
  .reference('itemCode', 'regItem', '监管事项目录编码在监管事项目录中不存在')
  .maxLength('assignedOrg', '承办单位', 200)
  .codeTable('status', '办理状态', 'complaintStatus', 'error', '（受理、办理、办结、不予受理）')
  .dateOrder('receivedAt', 'dueAt', '办理时限不能早于受理日期')
  .dateOrder('receivedAt', 'closedAt', '办结日期不能早于受理日期')
  .maxLength('result', '办理结果', 1000)
  .regex('satisfaction', 'RANGE', '^[1-5]$', '满意度应为1至5的整数').rules;
