import { stableId } from '@hub/codes';

interface IndicatorSpec {
  name: string;
  formula?: string;
  threshold?: number;
  window?: string;
}

/**
 * The five dimensions of domain.md §8 `#riskTree` and their indicators in the order listed there.
 * Formulas use the rule shapes of §8: count in a window ≥ N, growth rate, state (expiry, list membership).
 */
const TREE: { name: string; indicators: (string | IndicatorSpec)[] }[] = [
  { name: '基础属性', indicators: ['注册资本', '法人股东数', '对外投资数', '分支机构数', { name: '经营年限', formula: 'years(now - estDate)', threshold: 1 }, '股东类型', '上市', '企业类型'] },
  {
    name: '动态',
    indicators: [
      '许可证数量',
      { name: '许可证过期或失效', formula: 'exists(license where validTo < now + 30d or status = 无效)', threshold: 1, window: 'P30D' },
      { name: '营业执照过期', formula: 'exists(businessLicense where validTo < now)', threshold: 1 },
      '注册资本实缴比例',
      { name: '法定代表人/名称/住所/经营范围频繁变更', formula: 'count(registrationChange in window)', threshold: 3, window: 'P1Y' },
      '注册资本大幅增减', '营收', '亏损次数', '资产负债率', '破产', '社保人数', '纳税额', '员工变动率', '知识产权', '股权出质比例', '股权冻结次数',
    ],
  },
  {
    name: '监管',
    indicators: [
      { name: '当前是否列异', formula: 'exists(abnormalOperation where removedAt is null)', threshold: 1 },
      '列异原因',
      { name: '近三年列异次数', formula: 'count(abnormalOperation in window)', threshold: 2, window: 'P3Y' },
      { name: '是否黑名单/历史/信用修复', formula: 'exists(redBlackList where listType = black)', threshold: 1 },
      '失信被执行人',
      { name: '近三年行政处罚次数/罚没金额/种类', formula: 'count(penalty in window)', threshold: 2, window: 'P3Y' },
      '双随机结果(不配合/已责令改正/待后续处理)',
      '诉讼数量/金额',
    ],
  },
  { name: '风险', indicators: ['反垄断', '不正当竞争/价格', '数据安全', '广告违法(绝对化用语等)', '关联企业吊销/黑名单/列异/处罚/失信比例'] },
  {
    name: '社会评价',
    indicators: [
      { name: '近一年12345投诉举报次数', formula: 'count(complaint in window)', threshold: 5, window: 'P1Y' },
      { name: '近三月投诉增长率', formula: 'growth(count(complaint in window), previous window)', threshold: 0.5, window: 'P3M' },
      '负面舆情条数/占比',
    ],
  },
];

const code2 = (n: number) => String(n).padStart(2, '0');

/** R01…R05 with R0101… under them; weights are equal among siblings. */
export function builtinRiskFeatures() {
  return TREE.flatMap((dimension, i) => {
    const code = `R${code2(i + 1)}`;
    const root = { id: stableId('risk-feature', code), code, name: dimension.name, parentCode: null, depth: 1, formula: null, weight: 1 / TREE.length, threshold: null, window: null };
    const children = dimension.indicators.map((spec, j) => {
      const s: IndicatorSpec = typeof spec === 'string' ? { name: spec } : spec;
      const childCode = `${code}${code2(j + 1)}`;
      return {
        id: stableId('risk-feature', childCode), code: childCode, name: s.name, parentCode: code, depth: 2,
        formula: s.formula ?? null, weight: 1 / dimension.indicators.length, threshold: s.threshold ?? null, window: s.window ?? null,
      };
    });
    return [root, ...children];
  });
}
