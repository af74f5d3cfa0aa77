import { stableId } from '@hub/codes';
import { addDays, addWorkingDays } from '@hub/codes';
import { Rng } from './rng';
import { CitySubject } from './subjects';
import { CityInspection, PENALTY_TYPE_NAMES } from './behaviour';
import type { CityFrame } from './frame';

export interface CityPenaltyPublicity {
  id: string;
  penaltyId: string;
  uscc: string;
  partyName: string;
  partyCategory: string;
  legalRep: string | null;
  decisionNo: string;
  illegalType: string;
  illegalFacts: string;
  basis: string;
  penaltyCategory: string;
  content: string;
  fineWan: number | null;
  confiscatedWan: number | null;
  decisionDate: string;
  validUntil: string;
  publicUntil: string;
  publishedAt: string;
  authority: string;
  authorityUscc: string;
  dataSource: string;
  dataSourceUscc: string;
  status: '0' | '1' | '2';
}

/** 双公示 of a penalty on a legal person: usually within 7 working days, one in ten late. */
export function penaltyPublicityOf(frame: CityFrame, inspection: CityInspection): CityPenaltyPublicity | null {
  const penalty = inspection.penalty;
  if (!penalty || inspection.subject.kind !== 'legal') return null;
  const rng = new Rng(frame.seed, 'penalty-publicity', inspection.index);
  const department = frame.departments[inspection.departmentIndex];
  const serious = penalty.penaltyTypes.some((t) => ['04', '05', '14'].includes(t));
  return {
    id: stableId('penalty-publicity', frame.seed, inspection.index),
    penaltyId: penalty.id,
    uscc: inspection.subject.certNo,
    partyName: inspection.subject.name,
    partyCategory: inspection.subject.legalPerson?.entType === '个体工商户' ? '个体工商户' : '法人及非法人组织',
    legalRep: inspection.subject.legalPerson?.legalRep ?? null,
    decisionNo: penalty.decisionNo,
    illegalType: penalty.basis.shortTitle ? `违反《${penalty.basis.shortTitle}》` : '其他',
    illegalFacts: penalty.illegalFacts,
    basis: penalty.basis.citation,
    penaltyCategory: penalty.penaltyTypes.map((t) => PENALTY_TYPE_NAMES[t]).join(';'),
    content: penalty.resultText,
    fineWan: penalty.fineYuan === null ? null : penalty.fineYuan / 10_000,
    confiscatedWan: penalty.confiscatedYuan === null ? null : penalty.confiscatedYuan / 10_000,
    decisionDate: penalty.decisionDate,
    validUntil: addDays(penalty.decisionDate, 365 * 3),
    publicUntil: addDays(penalty.decisionDate, serious ? 365 * 3 : 365),
    publishedAt: addWorkingDays(penalty.decisionDate, rng.chance(0.9) ? rng.int(1, 7) : rng.int(8, 20)),
    authority: department.name,
    authorityUscc: department.uscc,
    dataSource: department.name,
    dataSourceUscc: department.uscc,
    status: '0',
  };
}

export interface CityLicensePublicity {
  id: string;
  uscc: string;
  partyName: string;
  partyCategory: string;
  legalRep: string | null;
  docName: string;
  docNo: string;
  category: string;
  certName: string;
  licenceNo: string;
  content: string;
  decisionDate: string;
  validFrom: string;
  validTo: string;
  authority: string;
  authorityUscc: string;
  status: '有效' | '无效';
}

export interface CityListing {
  id: string;
  uscc: string;
  listType: 'abnormal' | 'serious' | 'red' | 'black';
  listName: string;
  reason: string;
  listedAt: string;
  listedBy: string;
  basis: string;
  removedAt: string | null;
  removedReason: string | null;
  removedBy: string | null;
  until: string | null;
}

const ABNORMAL_REASONS = ['未按照规定期限公示年度报告', '未在责令的期限内公示有关企业信息', '公示企业信息隐瞒真实情况、弄虚作假', '通过登记的住所或者经营场所无法联系'];

/** Licences and list entries of a legal subject (credit libraries are keyed by USCC). */
export function creditOfSubject(frame: CityFrame, subject: CitySubject): { licenses: CityLicensePublicity[]; listings: CityListing[] } {
  if (subject.kind !== 'legal') return { licenses: [], listings: [] };
  const rng = new Rng(frame.seed, 'credit', subject.index);
  const department = frame.departments[subject.departmentIndex];
  const licenses: CityLicensePublicity[] = [];
  if (rng.chance(0.3)) {
    const decisionDate = addDays('2020-01-01', rng.int(0, 2200));
    const validTo = addDays(decisionDate, 365 * 5);
    licenses.push({
      id: stableId('license-publicity', frame.seed, subject.index),
      uscc: subject.certNo, partyName: subject.name,
      partyCategory: subject.legalPerson?.entType === '个体工商户' ? '个体工商户' : '法人及非法人组织',
      legalRep: subject.legalPerson?.legalRep ?? null,
      docName: `${department.field}许可决定书`, docNo: `${department.shortName}许〔${decisionDate.slice(0, 4)}〕${subject.index}号`,
      category: '普通', certName: `${department.field}许可证`, licenceNo: `XK${department.code}${String(subject.index).padStart(8, '0')}`,
      content: `准予从事${rng.pick(department.objects)}相关经营活动`, decisionDate, validFrom: decisionDate, validTo,
      authority: department.name, authorityUscc: department.uscc, status: validTo >= frame.today ? '有效' : '无效',
    });
  }
  const listings: CityListing[] = [];
  const entry = (listType: CityListing['listType'], listName: string, reason: string, basis: string, removedChance: number, until: string | null = null) => {
    const listedAt = addDays('2021-01-01', rng.int(0, 2000));
    const removed = rng.chance(removedChance);
    const removedAt = removed ? addDays(listedAt, rng.int(30, 400)) : null;
    listings.push({
      id: stableId('listing', frame.seed, subject.index, listType), uscc: subject.certNo, listType, listName, reason, listedAt,
      listedBy: '杭州市市场监督管理局', basis,
      removedAt: removedAt && removedAt < frame.today ? removedAt : null,
      removedReason: removedAt && removedAt < frame.today ? '已履行相关义务，申请移出' : null,
      removedBy: removedAt && removedAt < frame.today ? '杭州市市场监督管理局' : null,
      until,
    });
  };
  if (rng.chance(0.03)) entry('abnormal', '经营异常名录', rng.pick(ABNORMAL_REASONS), '《企业经营异常名录管理暂行办法》', 0.4);
  if (rng.chance(0.003)) entry('serious', '严重违法失信名单', '被列入经营异常名录届满3年仍未履行相关义务', '《市场监督管理严重违法失信名单管理办法》', 0.1, addDays(frame.today, 365 * 3));
  if (rng.chance(0.002)) entry('black', '失信被执行人名单', '有履行能力而拒不履行生效法律文书确定义务', '《最高人民法院关于公布失信被执行人名单信息的若干规定》', 0.2);
  if (rng.chance(0.005)) entry('red', '守信激励对象名单', 'A级纳税人', '《纳税信用管理办法》', 0, addDays(frame.today, 365));
  return { licenses, listings };
}
