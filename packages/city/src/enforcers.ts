import { makeCitizenId, stableId } from '@hub/codes';
import { addDays } from '@hub/codes';
import { Rng } from './rng';
import { personName } from './names';
import type { CityFrame } from './frame';

export interface CityEnforcer {
  index: number;
  id: string;
  name: string;
  idNo: string;
  certNo: string;
  certIssuer: string;
  certValidFrom: string;
  certValidTo: string;
  fields: string[];
  departmentIndex: number;
  orgName: string;
  orgUscc: string;
  adCode: string;
  status: 'active' | 'suspended' | 'left';
  isExpert: boolean;
  /** 回避关系: subjects this enforcer must not inspect. */
  conflicts: { subjectIndex: number; reason: string; until: string | null }[];
}

/** Enforcers are spread evenly over departments: enforcer i belongs to department i mod n. */
export function enforcerAt(frame: CityFrame, index: number): CityEnforcer {
  const rng = new Rng(frame.seed, 'enforcer', index);
  const department = frame.departments[index % frame.departments.length];
  const county = rng.pick(frame.counties);
  // Certificates run five years; about one in twelve ran out before the seed's "today".
  // The first two of each department are always drawable, so every check date has two valid inspectors.
  const guaranteed = index < frame.departments.length * 2;
  const expired = !guaranteed && rng.chance(1 / 12);
  const certValidFrom = expired ? addDays('2019-01-01', rng.int(0, 400)) : addDays('2021-06-01', rng.int(0, 600));
  const certValidTo = expired ? addDays('2024-03-01', rng.int(0, 400)) : addDays(certValidFrom, 5 * 365);
  return {
    index,
    id: stableId('enforcer', frame.seed, index),
    name: personName(rng),
    idNo: makeCitizenId(county.code, `19${rng.int(65, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`, String(index % 1000).padStart(3, '0')),
    certNo: `33010${String(department.index).padStart(2, '0')}${certValidFrom.slice(0, 4)}${String(index).padStart(5, '0')}`,
    certIssuer: '杭州市人民政府',
    certValidFrom,
    certValidTo,
    fields: [department.field],
    departmentIndex: department.index,
    orgName: department.name,
    orgUscc: department.uscc,
    adCode: rng.chance(0.5) ? county.code : frame.counties[0].code,
    status: guaranteed ? 'active' : rng.weighted([['active', 95], ['suspended', 3], ['left', 2]] as const),
    isExpert: rng.chance(0.1),
    conflicts: rng.chance(0.05) ? [{ subjectIndex: rng.int(0, frame.subjectCount - 1), reason: rng.pick(['近亲属任职', '曾在该单位任职', '存在经济往来']), until: null }] : [],
  };
}

const byDepartment = new WeakMap<CityFrame, CityEnforcer[][]>();

/** The enforcers of a department, computed once per frame (inspections draw from them constantly). */
export function enforcersOf(frame: CityFrame, departmentIndex: number): CityEnforcer[] {
  let lists = byDepartment.get(frame);
  if (!lists) {
    lists = frame.departments.map(() => []);
    for (let i = 0; i < frame.enforcerCount; i++) lists[i % frame.departments.length].push(enforcerAt(frame, i));
    byDepartment.set(frame, lists);
  }
  return lists[departmentIndex];
}
