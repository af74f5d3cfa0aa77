import type { RecordTypeSpec } from '@hub/governance';

/** 投诉举报 as departments deliver it (domain.md §4 complaintInfo/tipInfo, §11.5). */
export const complaintSpec: RecordTypeSpec = {
  type: 'complaint',
  title: '投诉举报',
  library: 'complaints',
  naturalKey: ['no'],
  fields: [
    { name: 'no', header: '投诉举报编号', aliases: ['工单编号', '诉求编号', '编号'], kind: 'code', required: true, maxLength: 32, example: 'TS202406010000001' },
    { name: 'kind', header: '诉求类型', aliases: ['类型', 'complaintType'], kind: 'text', required: true, codeTable: 'complaintKind', example: '投诉' },
    { name: 'channel', header: '受理渠道', aliases: ['来源渠道', '渠道'], kind: 'text', required: true, codeTable: 'complaintChannel', example: '12345' },
    { name: 'receivedAt', header: '受理时间', aliases: ['登记时间', '来电时间'], kind: 'datetime', required: true, example: '2024-06-01 09:30:00' },
    { name: 'complainantName', header: '投诉人姓名', aliases: ['投诉人', '举报人', '诉求人'], kind: 'text', maxLength: 50, example: '李四' },
    { name: 'complainantPhone', header: '投诉人联系电话', aliases: ['联系电话', '来电号码', '投诉人电话'], kind: 'text', maxLength: 20, example: '13812345678', description: '入库时脱敏保存（如 138****5678）' },
    { name: 'targetName', header: '被投诉举报对象名称', aliases: ['被投诉对象', '被举报对象', 'complaintObject'], kind: 'text', required: true, maxLength: 200, example: '杭州某某食品有限公司' },
    { name: 'targetCertNo', header: '被投诉举报对象证件号码', aliases: ['被投诉对象统一社会信用代码', 'complaintObjectCertCode'], kind: 'certNo', maxLength: 64, example: '91330100716105852F' },
    { name: 'territory', header: '所属区划', aliases: ['行政区划代码', '区划代码', 'complaintTerritory'], kind: 'code', required: true, codeTable: 'division', maxLength: 6, example: '330102' },
    { name: 'serviceType', header: '服务类型', aliases: ['serviceType'], kind: 'text', maxLength: 50, example: '商品' },
    { name: 'serviceName', header: '商品或服务名称', aliases: ['serviceName'], kind: 'text', maxLength: 100, example: '食品' },
    { name: 'disputeDate', header: '争议发生日期', aliases: ['disputeDate'], kind: 'date', example: '2024-05-30' },
    { name: 'detail', header: '诉求内容', aliases: ['投诉内容', '举报内容', 'complaintDetail'], kind: 'text', required: true, maxLength: 2000, example: '反映该店销售过期食品' },
    { name: 'itemCode', header: '监管事项目录编码', aliases: ['监管事项编码', '事项编码'], kind: 'code', maxLength: 14, example: '' },
    { name: 'assignedOrg', header: '承办单位', aliases: ['承办部门'], kind: 'text', maxLength: 200, example: '杭州市市场监督管理局', description: '须为报送部门名称；不填则为报送部门' },
    { name: 'status', header: '办理状态', aliases: ['状态'], kind: 'text', codeTable: 'complaintStatus', example: '受理', description: '受理、办理、办结、不予受理；不填为受理' },
    { name: 'dueAt', header: '办理时限', kind: 'date', example: '', description: '不填为受理后15个工作日' },
    { name: 'closedAt', header: '办结日期', kind: 'date', example: '' },
    { name: 'result', header: '办理结果', kind: 'text', maxLength: 1000, example: '' },
    { name: 'satisfaction', header: '满意度', kind: 'integer', example: '', description: '1至5，仅办结的' },
  ],
};
