import { branchUscc, CITY_CODE, Department } from './departments';
import type { CityFrame } from './frame';

/** An organ of a department: the city bureau or one of its county branches (分局), each with its own USCC. */
export interface Organ {
  deptCode: string;
  uscc: string;
  name: string;
  adCode: string;
}

export function organsOf(frame: Pick<CityFrame, 'counties'>, department: Department): Organ[] {
  return [
    { deptCode: department.code, uscc: department.uscc, name: department.name, adCode: CITY_CODE },
    ...frame.counties.map((county) => ({
      deptCode: department.code,
      uscc: branchUscc(department, county.code),
      name: `${department.name}${county.name}分局`,
      adCode: county.code,
    })),
  ];
}

export type CityRole = 'staff' | 'leader' | 'city_admin' | 'province_admin' | 'auditor';

/** A person of the seed city as the gateway would pass them to a library (for tests and the user seed). */
export interface CityUser {
  id: string;
  username: string;
  name: string;
  role: CityRole;
  dept: string | null;
  deptName: string | null;
  region: string;
  orgs: string[];
}

/** The user a library's tests act as: `role` of department `deptCode` (none for admins/auditors) in `region`. */
export function cityUser(frame: CityFrame, role: CityRole, deptCode: string | null = 'SCJG', region: string = CITY_CODE): CityUser {
  const department = deptCode ? frame.departments.find((d) => d.code === deptCode) : undefined;
  if (deptCode && !department) throw new Error(`unknown department ${deptCode}`);
  return {
    id: `city-${role}-${deptCode ?? 'none'}-${region}`,
    username: `${role}.${(deptCode ?? 'hub').toLowerCase()}.${region}`,
    name: `${department?.shortName ?? '杭州'}${role}`,
    role,
    dept: department?.code ?? null,
    deptName: department?.name ?? null,
    region,
    orgs: department ? organsOf(frame, department).map((o) => o.uscc) : [],
  };
}

/** The roles every authorisation test plays, by name: the public and the system are added by the caller. */
export function cityRoles(frame: CityFrame) {
  return {
    scjgStaff: cityUser(frame, 'staff', 'SCJG', CITY_CODE),
    sthjStaff: cityUser(frame, 'staff', 'STHJ', CITY_CODE),
    countyStaff: cityUser(frame, 'staff', 'SCJG', '330102'),
    leader: cityUser(frame, 'leader', 'SCJG', CITY_CODE),
    cityAdmin: cityUser(frame, 'city_admin', null, CITY_CODE),
    auditor: cityUser(frame, 'auditor', null, CITY_CODE),
  };
}
