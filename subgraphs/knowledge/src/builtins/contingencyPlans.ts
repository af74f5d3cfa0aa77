import { stableId } from '@hub/codes';

/** A handful of fixed 应急预案, one per field the seed city's departments cover. */
const PLANS = [
  {
    code: 'YJYA-SPAQ-01', title: '食品安全事故应急预案', field: '食品安全', level: 'Ⅱ级（重大）',
    steps: ['接报后2小时内报告本级人民政府和上级食品安全监督管理部门', '封存可能导致事故的食品及其原料、工具和用具', '组织医疗救治和流行病学调查', '开展抽样检验，查明事故原因', '依法发布事故信息，责令召回问题食品', '总结评估并督促整改'],
  },
  {
    code: 'YJYA-TZSB-01', title: '特种设备事故应急预案', field: '特种设备安全', level: 'Ⅲ级（较大）',
    steps: ['立即启动应急响应，通知使用单位停止使用相关设备', '组织救援，疏散并救治受困人员', '保护事故现场和相关证据', '组织技术专家分析事故原因', '依法调查处理并发布警示'],
  },
  {
    code: 'YJYA-WHHX-01', title: '危险化学品泄漏事故应急预案', field: '安全生产', level: 'Ⅱ级（重大）',
    steps: ['划定警戒区，疏散周边人员', '切断泄漏源，防止次生事故', '开展环境监测，控制污染扩散', '组织伤员救治', '事故调查与责任追究'],
  },
  {
    code: 'YJYA-HJ-01', title: '突发环境事件应急预案', field: '生态环境', level: 'Ⅲ级（较大）',
    steps: ['核实信息并报告本级人民政府', '开展应急监测，确定污染范围', '采取截流、围堵、吸附等措施控制污染', '通报可能受影响的地区', '评估损害并组织修复'],
  },
  {
    code: 'YJYA-XF-01', title: '人员密集场所火灾事故应急预案', field: '消防安全', level: 'Ⅰ级（特别重大）',
    steps: ['调派力量赶赴现场灭火救援', '组织人员疏散和伤员救治', '设置警戒，维护现场秩序', '调查火灾原因', '督促场所整改火灾隐患'],
  },
  {
    code: 'YJYA-YP-01', title: '药品安全突发事件应急预案', field: '药品安全', level: 'Ⅲ级（较大）',
    steps: ['暂停销售和使用涉事药品', '组织不良反应监测和医疗救治', '开展抽样检验，追溯产品流向', '责令企业召回', '依法查处违法行为并发布信息'],
  },
];

export function builtinContingencyPlans() {
  return PLANS.map((p) => ({ id: stableId('contingency-plan', p.code), ...p }));
}
