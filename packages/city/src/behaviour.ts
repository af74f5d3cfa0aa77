import { stableId } from '@hub/codes';
import { addDays } from '@hub/codes';
import { Rng } from './rng';
import { subjectAt, CitySubject } from './subjects';
import { enforcersOf } from './enforcers';
import { cachedItemAt, itemsOf } from './catalog';
import type { ArticleRef } from './laws';
import type { CityFrame } from './frame';

export const CHECK_RESULTS: [string, number][] = [
  ['未发现问题', 70], ['发现问题已责令改正', 17], ['发现问题待后续处理', 6], ['未按规定公示应当公示的信息', 3],
  ['通过登记的住所(经营场所)无法联系', 2], ['不予配合检查情节严重', 1], ['公示信息隐瞒真实情况、弄虚作假', 1],
];

export interface CityInspection {
  index: number;
  id: string;
  actionCode: string;
  actionName: string;
  itemCode: string;
  implListCode: string;
  planId: string | null;
  orgName: string;
  orgCode: string;
  objectType: string;
  subject: CitySubject;
  partyNature: string;
  checkForm: string;
  checkCategory: string;
  checkMode: string;
  result: string;
  checkDate: string;
  reportedAt: string;
  reportedBy: string;
  inspectors: { enforcerId: string; name: string; certNo: string }[];
  departmentIndex: number;
  penalty: CityPenalty | null;
  coercion: CityCoercion | null;
  otherAction: CityOtherAction | null;
}

export interface CityPenalty {
  id: string;
  caseNo: string;
  actionName: string;
  caseSource: string;
  illegalFacts: string;
  basis: ArticleRef;
  procedure: '简易' | '一般';
  hearing: boolean;
  filedAt: string;
  criminal: boolean;
  major: boolean;
  decisionNo: string;
  decisionDate: string;
  penaltyTypes: string[];
  fineYuan: number | null;
  confiscatedYuan: number | null;
  resultText: string;
  reconsideration: string;
  litigation: string;
  closingDate: string | null;
  closingMode: string | null;
  paidYuan: number | null;
  reportedAt: string;
}

export interface CityCoercion {
  id: string;
  actionCode: string;
  decisionNo: string;
  kind: '强制措施' | '强制执行';
  measureType: string;
  basis: string;
  facts: string;
  start: string;
  end: string;
  reportedAt: string;
}

export interface CityOtherAction {
  id: string;
  actionCode: string;
  actionName: string;
  source: string;
  measure: string;
  closing: string;
  start: string;
  end: string;
  reportedAt: string;
}

const OBJECT_TYPE: Record<string, string> = { legal: '1', natural: '2', equipment: '3', product: '4', place: '9', project: '11' };
const PARTY_NATURE: Record<string, string> = { legal: '法人及非法人组织', natural: '自然人' };
const FIRST_CHECK = '2023-01-01';
const CHECK_SPAN_DAYS = 1400;

/** Inspection j: a subject (skewed: a few subjects are checked often), one of its department's items, 2–3 inspectors with valid certificates. */
export function inspectionAt(frame: CityFrame, index: number): CityInspection {
  const rng = new Rng(frame.seed, 'inspection', index);
  const hot = rng.chance(0.2);
  const subject = subjectAt(frame, hot ? rng.int(0, Math.max(0, Math.floor(frame.subjectCount / 50))) : rng.int(0, frame.subjectCount - 1));
  const department = frame.departments[subject.departmentIndex];
  const item = cachedItemAt(frame, rng.pick(itemsOf(frame, department.index)));
  const list = rng.pick(item.implLists);
  const checkDate = addDays(FIRST_CHECK, rng.int(0, CHECK_SPAN_DAYS));
  const candidates = enforcersOf(frame, department.index)
    .filter((e) => e.status === 'active' && e.certValidFrom <= checkDate && e.certValidTo >= checkDate);
  const inspectors = rng.sample(candidates, rng.chance(0.2) ? 3 : 2);
  const result = rng.weighted(CHECK_RESULTS);
  const year = checkDate.slice(0, 4);
  const actionCode = `JC${department.code}${year}${String(index).padStart(8, '0')}`;
  const reportedAt = `${addDays(checkDate, rng.int(1, 12))}T${String(rng.int(8, 18)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`;
  const hasProblem = result.startsWith('发现问题') || result.startsWith('不予配合') || result.startsWith('公示信息');
  const laws = frame.laws[department.index];
  const penalty = hasProblem && rng.chance(0.55) && (subject.kind === 'legal' || subject.kind === 'natural') ? penaltyFor(frame, rng, index, department.shortName, checkDate, rng.pick(laws.penaltyBases.length ? laws.penaltyBases : laws.inspectionBases), subject) : null;
  const coercion = hasProblem && rng.chance(0.12) ? {
    id: stableId('coercion', frame.seed, index),
    actionCode: `QZ${department.code}${year}${String(index).padStart(8, '0')}`,
    decisionNo: `${department.shortName}强〔${year}〕${index}号`,
    kind: rng.chance(0.8) ? '强制措施' as const : '强制执行' as const,
    measureType: rng.pick(['查封场所、设施或者财物', '扣押财物', '冻结存款、汇款']),
    basis: laws.penaltyBases[0]?.citation ?? '《行政强制法》第九条',
    facts: `${subject.name}涉嫌违法生产经营，存在证据灭失风险`,
    start: addDays(checkDate, 1),
    end: addDays(checkDate, 31),
    reportedAt: `${addDays(checkDate, 33)}T10:00:00+08:00`,
  } : null;
  const otherAction = !penalty && rng.chance(0.02) ? {
    id: stableId('other-action', frame.seed, index),
    actionCode: `QT${department.code}${year}${String(index).padStart(8, '0')}`,
    actionName: rng.pick(['约谈告诫', '行政指导', '责令整改通知']),
    source: '日常检查',
    measure: rng.pick(['约谈', '行政指导', '书面警示']),
    closing: '已整改完毕',
    start: addDays(checkDate, 1),
    end: addDays(checkDate, 15),
    reportedAt: `${addDays(checkDate, 16)}T10:00:00+08:00`,
  } : null;
  return {
    index,
    id: stableId('inspection', frame.seed, index),
    actionCode,
    actionName: `${item.name}（${subject.name}）`,
    itemCode: item.itemCode,
    implListCode: list.code,
    planId: rng.chance(0.4) ? stableId('random-plan', frame.seed, department.index, year) : null,
    orgName: list.orgName,
    orgCode: list.orgUscc,
    objectType: OBJECT_TYPE[subject.kind],
    subject,
    partyNature: PARTY_NATURE[subject.kind] ?? '法人及非法人组织',
    checkForm: rng.pick(['现场检查', '书面检查', '网络检查']),
    checkCategory: rng.weighted([['日常', 40], ['双随机', 40], ['专项', 10], ['投诉举报', 8], ['其他', 2]]),
    checkMode: rng.pick(['单独检查', '联合检查']),
    result,
    checkDate,
    reportedAt,
    reportedBy: inspectors[0]?.name ?? '系统',
    inspectors: inspectors.map((e) => ({ enforcerId: e.id, name: e.name, certNo: e.certNo })),
    departmentIndex: department.index,
    penalty,
    coercion,
    otherAction,
  };
}

function penaltyFor(frame: CityFrame, rng: Rng, index: number, shortName: string, checkDate: string, basis: ArticleRef, subject: CitySubject): CityPenalty {
  const filedAt = addDays(checkDate, rng.int(1, 5));
  const decisionDate = addDays(filedAt, rng.int(5, 40));
  const simple = rng.chance(0.3);
  const types: string[] = simple ? ['01'] : rng.weighted<string[]>([[['02'], 60], [['02', '03'], 20], [['01', '02'], 15], [['04'], 3], [['05'], 2]]);
  const fineYuan = types.includes('02') ? rng.int(1, 200) * 500 : null;
  const confiscatedYuan = types.includes('03') ? rng.int(1, 100) * 300 : null;
  const closingDate = addDays(decisionDate, rng.int(10, 90));
  const closed = closingDate < frame.today;
  return {
    id: stableId('penalty', frame.seed, index),
    caseNo: `${shortName}案〔${decisionDate.slice(0, 4)}〕${index}号`,
    actionName: `对${subject.name}违法行为的行政处罚`,
    caseSource: rng.pick(['监督检查', '投诉举报', '上级交办', '其他部门移送']),
    illegalFacts: `经查，${subject.name}存在违反${basis.citation.split('》')[0]}》规定的行为，检查中发现相关问题且未能提供合法证明。`,
    basis,
    procedure: simple ? '简易' : '一般',
    hearing: !simple && rng.chance(0.1),
    filedAt,
    criminal: false,
    major: !simple && rng.chance(0.05),
    decisionNo: `${shortName}罚〔${decisionDate.slice(0, 4)}〕${index}号`,
    decisionDate,
    penaltyTypes: types,
    fineYuan,
    confiscatedYuan,
    resultText: `依据${basis.citation}，决定给予${types.map((t) => PENALTY_TYPE_NAMES[t]).join('、')}${fineYuan ? `，罚款人民币${fineYuan}元` : ''}的行政处罚。`,
    reconsideration: rng.weighted([['未申请', 95], ['维持', 3], ['撤销', 1], ['变更', 1]]),
    litigation: rng.weighted([['未提起', 97], ['维持', 2], ['撤销', 1]]),
    closingDate: closed ? closingDate : null,
    closingMode: closed ? rng.pick(['自觉履行', '自觉履行', '强制执行']) : null,
    paidYuan: closed ? (fineYuan ?? 0) + (confiscatedYuan ?? 0) : null,
    reportedAt: `${addDays(closed ? closingDate : decisionDate, rng.int(1, 6))}T09:30:00+08:00`,
  };
}

/** 处罚种类 codes (domain.md §3). */
export const PENALTY_TYPE_NAMES: Record<string, string> = {
  '01': '警告', '02': '罚款', '03': '没收违法所得', '04': '责令停产停业', '05': '吊销许可证', '06': '行政拘留', '07': '其他',
  '08': '通报批评', '09': '没收非法财物', '10': '降低资质等级', '11': '暂扣许可证', '12': '限制开展经营活动', '13': '限制从业', '14': '责令关闭',
};
