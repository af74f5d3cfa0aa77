/**
 * Code tables of the behaviour records that domain.md gives (§3 "Dictionaries found"). Where the records
 * store the word itself (检查类别 日常, 处罚程序 简易, 行政相对人性质 自然人), the code is that word, so a
 * label never needs rewriting and stored data keeps its present form. The division table (`division`) is
 * large and comes from @hub/codes: see `divisionCodeTable`.
 */
import type { CodeTable } from '../../types';

const table = (name: string, title: string, values: [string, string][]): CodeTable => ({
  name,
  title,
  values: values.map(([code, label]) => ({ code, label })),
});

/** Code = label: vocabularies stored as words. */
const words = (name: string, title: string, labels: string[]): CodeTable => table(name, title, labels.map((l) => [l, l]));

/** 监管对象类型 [V #punUI]. */
export const OBJECT_TYPE_TABLE = table('objectType', '监管对象类型', [
  ['1', '企业、个体户、农专社'],
  ['2', '自然人'],
  ['3', '特种设备'],
  ['4', '特定产品(食品)'],
  ['5', '特定产品(三种特殊食品)'],
  ['6', '药品'],
  ['7', '化妆品'],
  ['8', '医疗器械'],
  ['9', '场地场所'],
  ['10', '非企业'],
  ['11', '其他'],
]);

/** 行政相对人性质/类别 (双公示 wording; the list beyond these three is not documented). */
export const PARTY_NATURE_TABLE = words('partyNature', '行政相对人性质', ['法人及非法人组织', '自然人', '个体工商户']);

/**
 * 证件类型 [V #sgsSql codes]. Meanings of codes other than 001/111 follow GA/T 2000.156 from memory
 * (domain.md §13 gap 6); 099 and 154 are seen in data but their meaning is unverified.
 */
export const CERT_TYPE_TABLE = table('certType', '证件类型', [
  ['001', '统一社会信用代码'],
  ['099', '其他法人或非法人组织证件'],
  ['111', '居民身份证'],
  ['154', '其他个人证件(154)'],
  ['411', '外交护照'],
  ['414', '普通护照'],
  ['511', '台湾居民来往大陆通行证'],
]);

/** 检查类别 as the enforcement library stores it. */
export const CHECK_CATEGORY_TABLE = words('checkCategory', '检查类别', ['日常', '双随机', '专项', '投诉举报', '其他']);

/** 处罚种类 [V #sgsSql]. */
export const PENALTY_TYPE_TABLE = table('penaltyType', '处罚种类', [
  ['01', '警告'],
  ['02', '罚款'],
  ['03', '没收违法所得'],
  ['04', '责令停产停业'],
  ['05', '吊销许可证'],
  ['06', '行政拘留'],
  ['07', '其他'],
  ['08', '通报批评'],
  ['09', '没收非法财物'],
  ['10', '降低资质等级'],
  ['11', '暂扣许可证'],
  ['12', '限制开展经营活动'],
  ['13', '限制从业'],
  ['14', '责令关闭'],
]);

/** 处罚程序 (案件程序类别 01 简易 / 02 一般); the library stores the word. */
export const PENALTY_PROCEDURE_TABLE = words('penaltyProcedure', '处罚程序', ['简易', '一般']);

/** 行政强制种类. */
export const COERCION_KIND_TABLE = words('coercionKind', '行政强制种类', ['强制措施', '强制执行']);

/** 双随机抽查结果 as published in 国家企业信用信息公示系统 (last two entries [M]). */
export const RANDOM_CHECK_RESULT_TABLE = words('randomCheckResult', '双随机抽查结果', [
  '未发现问题',
  '未按规定公示应当公示的信息',
  '公示信息隐瞒真实情况、弄虚作假',
  '不予配合检查情节严重',
  '发现问题已责令改正',
  '发现问题待后续处理',
  '通过登记的住所(经营场所)无法联系',
  '未发现开展本次抽查涉及的经营活动',
]);

/** Every default table except `division` (pass `divisionCodeTable(...)` alongside). */
export const BASE_CODE_TABLES: CodeTable[] = [
  OBJECT_TYPE_TABLE,
  PARTY_NATURE_TABLE,
  CERT_TYPE_TABLE,
  CHECK_CATEGORY_TABLE,
  PENALTY_TYPE_TABLE,
  PENALTY_PROCEDURE_TABLE,
  COERCION_KIND_TABLE,
  RANDOM_CHECK_RESULT_TABLE,
];

export const DIVISION_TABLE_NAME = 'division';

/**
 * The `division` table from GB/T 2260 rows (`readDivisionsFromPackage()` / `readDivisionsFromDataDir()`
 * of @hub/codes). Retired codes stay in by default: records describe the region as it was then.
 */
export function divisionCodeTable(divisions: Iterable<{ code: string; name: string; retired?: boolean }>, opts: { allowRetired?: boolean } = {}): CodeTable {
  const values: { code: string; label: string }[] = [];
  for (const d of divisions) if (opts.allowRetired !== false || !d.retired) values.push({ code: d.code, label: d.name });
  return { name: DIVISION_TABLE_NAME, title: '行政区划代码', values };
}
