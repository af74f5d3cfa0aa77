import { stableId } from '@hub/codes';
import { addDays } from '@hub/codes';
import { Rng } from './rng';
import { branchUscc, CITY_CODE } from './departments';
import type { ArticleRef } from './laws';
import type { CityFrame } from './frame';

export interface CityCheckContent {
  code: string;
  content: string;
  method: string;
  penaltyBasis: string;
  checkType: 'DAILY' | 'RANDOM' | 'SPECIAL' | 'TEMPORARY';
}

export interface CityImplList {
  code: string;
  orgName: string;
  orgUscc: string;
  execLevel: number;
  adCode: string;
  checkMethod: string;
  checkFreq: string;
  checkBasis: string;
  objects: string;
  isRandomItem: boolean;
  randomRatio: number | null;
  keyOrGeneral: '重点' | '一般';
  contents: CityCheckContent[];
}

export interface CitySubItem {
  subItemCode: string;
  name: string;
  objectCategory: string;
  objectDesc: string;
  form: string;
  method: string;
  level: string;
  basis: ArticleRef[];
  process: string;
  result: string;
  scope: string[];
}

export interface CityItem {
  index: number;
  id: string;
  itemCode: string;
  name: string;
  deptName: string;
  deptCode: string;
  dutyCode: string;
  lineCode: string;
  category: '行政检查' | '行政处罚' | '行政强制' | '其他';
  status: 1;
  effectiveFrom: string;
  departmentIndex: number;
  /** Departments that claimed (认领) the item: the owner, sometimes a partner. */
  claimedBy: number[];
  subItems: CitySubItem[];
  implLists: CityImplList[];
}

const CHECK_TOPICS = ['经营资质', '从业人员健康管理', '进货查验记录', '产品标签标识', '安全管理制度', '隐患排查治理', '设备维护保养', '台账记录', '应急预案', '广告发布', '价格公示', '消防设施'];

/**
 * Catalogue item i belongs to department i mod n. Its 14-digit code: city 3301, department 2 digits,
 * category digit, 7-digit sequence.
 */
export function itemAt(frame: CityFrame, index: number): CityItem {
  const rng = new Rng(frame.seed, 'item', index);
  const department = frame.departments[index % frame.departments.length];
  const laws = frame.laws[department.index];
  const topic = CHECK_TOPICS[index % CHECK_TOPICS.length];
  const object = rng.pick(department.objects);
  const itemCode = `3301${String(department.index + 10).padStart(2, '0')}1${String(index).padStart(7, '0')}`;
  const basis = rng.sample(laws.inspectionBases.length ? laws.inspectionBases : laws.penaltyBases, rng.int(1, 2));
  const penaltyBasis = rng.pick(laws.penaltyBases.length ? laws.penaltyBases : basis);
  const county = frame.counties[index % frame.counties.length];
  const lists: CityImplList[] = [
    { level: 3, uscc: department.uscc, orgName: department.name, adCode: CITY_CODE },
    { level: 4, uscc: branchUscc(department, county.code), orgName: `${department.name}${county.name}分局`, adCode: county.code },
  ].slice(0, rng.chance(0.6) ? 2 : 1).map((org, n) => {
    const isRandomItem = rng.chance(0.7);
    return {
      code: `${org.uscc}${org.level}${String(index).padStart(5, '0')}${n}`,
      orgName: org.orgName,
      orgUscc: org.uscc,
      execLevel: org.level,
      adCode: org.adCode,
      checkMethod: rng.pick(['现场检查', '书面检查', '网络检查']),
      checkFreq: rng.pick(['每年不少于1次', '每年不少于2次', '每季度1次']),
      checkBasis: basis.map((b) => b.citation).join('；'),
      objects: object,
      isRandomItem,
      randomRatio: isRandomItem ? rng.pick([0.03, 0.05, 0.1, 0.2]) : null,
      keyOrGeneral: rng.chance(0.3) ? '重点' : '一般',
      contents: Array.from({ length: rng.int(2, 4) }, (_, c) => ({
        code: `${itemCode}${n}${String(c + 1).padStart(2, '0')}`,
        content: `检查${object}${topic}情况（第${c + 1}项）`,
        method: rng.pick(['查阅资料、现场核查', '询问相关人员并查看记录', '抽样检验', '查看现场并拍照取证']),
        penaltyBasis: penaltyBasis.citation,
        checkType: rng.pick(['DAILY', 'RANDOM', 'RANDOM', 'SPECIAL', 'TEMPORARY'] as const),
      })),
    };
  });
  return {
    index,
    id: stableId('item', frame.seed, index),
    itemCode,
    name: `对${object}${topic}的行政检查`,
    deptName: department.name,
    deptCode: department.code,
    dutyCode: department.dutyCode,
    lineCode: `${department.dutyCode}0000${String((index % 9) + 1).padStart(3, '0')}`,
    category: '行政检查',
    status: 1,
    effectiveFrom: addDays('2022-01-01', rng.int(0, 300)),
    departmentIndex: department.index,
    claimedBy: rng.chance(0.15) ? [department.index, (department.index + 1) % frame.departments.length] : [department.index],
    subItems: Array.from({ length: rng.int(1, 2) }, (_, s) => ({
      subItemCode: `${itemCode}${String(s + 1).padStart(2, '0')}`,
      name: `${object}${topic}检查（子项${s + 1}）`,
      objectCategory: '1',
      objectDesc: object,
      form: rng.pick(['双随机抽查', '重点检查', '日常检查']),
      method: rng.pick(['现场检查', '书面检查', '网络检查']),
      level: '市',
      basis,
      process: '制定计划→实施检查→记录结果→依法处置→结果公示',
      result: '检查结果记入监管对象信用记录并依法公示',
      scope: ['市', '县'],
    })),
    implLists: lists,
  };
}

const itemCache = new WeakMap<CityFrame, Map<number, CityItem>>();

/** `itemAt`, computed once per frame: behaviour records and complaints look items up constantly. */
export function cachedItemAt(frame: CityFrame, index: number): CityItem {
  let cache = itemCache.get(frame);
  if (!cache) itemCache.set(frame, (cache = new Map()));
  let item = cache.get(index);
  if (!item) cache.set(index, (item = itemAt(frame, index)));
  return item;
}

/** Item indexes of a department. */
export function itemsOf(frame: CityFrame, departmentIndex: number): number[] {
  const out: number[] = [];
  for (let i = departmentIndex; i < frame.itemCount; i += frame.departments.length) out.push(i);
  return out;
}
