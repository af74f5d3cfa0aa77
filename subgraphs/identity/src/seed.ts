import type { EntityManager } from '@mikro-orm/postgresql';
import { CITY_CODE, createFrame, organsOf } from '@hub/city';
import { stableId } from '@hub/codes';
import { insertRows, type Role, type SeedOptions } from '@hub/runtime';
import { hashPassword } from './auth/passwords';
import { Department } from './entities/Department';
import { Organ } from './entities/Organ';
import { User } from './entities/User';

/**
 * The password of every seeded user: HUB_SEED_PASSWORD, or `Hub@2026` (the try-it-out default documented in
 * README; set HUB_SEED_PASSWORD, or change the passwords, before anybody else can reach the hub).
 */
export const DEFAULT_SEED_PASSWORD = 'Hub@2026';
const PROVINCE_CODE = `${CITY_CODE.slice(0, 2)}0000`;
/** 上城区: the seeded county-level staff member works in a branch, to show region scoping. */
const COUNTY_CODE = '330102';

interface SeedUser {
  username: string;
  name: string;
  role: Role;
  deptCode: string | null;
  region: string;
}

/** Departments, their organs and the seed users (admin, province, auditor, a staff member and a leader per department). */
export async function seedIdentity(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  if (!frame.counties.some((c) => c.code === COUNTY_CODE)) throw new Error(`division table has no county ${COUNTY_CODE} under ${CITY_CODE}`);
  const departments = frame.departments.map((d) => ({ id: stableId('identity-department', d.code), code: d.code, name: d.name, shortName: d.shortName, uscc: d.uscc, sourceDept: 'SEED' }));
  const organs = frame.departments.flatMap((d) => organsOf(frame, d)).map((o) => ({ id: stableId('identity-organ', o.uscc), ...o, sourceDept: 'SEED' }));
  const people: SeedUser[] = [
    { username: 'admin', name: '杭州市系统管理员', role: 'city_admin', deptCode: null, region: CITY_CODE },
    { username: 'province', name: '浙江省系统管理员', role: 'province_admin', deptCode: null, region: PROVINCE_CODE },
    { username: 'auditor', name: '杭州市审计员', role: 'auditor', deptCode: null, region: CITY_CODE },
    ...frame.departments.flatMap((d): SeedUser[] => [
      { username: `${d.code.toLowerCase()}.staff`, name: `${d.shortName}工作人员`, role: 'staff', deptCode: d.code, region: CITY_CODE },
      { username: `${d.code.toLowerCase()}.leader`, name: `${d.shortName}领导`, role: 'leader', deptCode: d.code, region: CITY_CODE },
    ]),
    { username: 'scjg.shangcheng', name: '上城区市场监管分局工作人员', role: 'staff', deptCode: 'SCJG', region: COUNTY_CODE },
  ];
  // Only new users get a hash (a re-seed costs nothing), and one scrypt serves them all: they share a
  // documented password by construction, so one salt reveals nothing, and 25 derivations would cost seconds.
  // Every password set later (changePassword, resetPassword, createUser) gets a salt of its own.
  const existing = new Set((await em.find(User, { username: { $in: people.map((p) => p.username) } }, { fields: ['username'] })).map((u) => u.username));
  const fresh = people.filter((p) => !existing.has(p.username));
  const passwordHash = fresh.length ? await hashPassword(process.env.HUB_SEED_PASSWORD || DEFAULT_SEED_PASSWORD) : null;
  const users = fresh.map((p) => ({ id: stableId('identity-user', p.username), ...p, passwordHash, sourceDept: 'SEED' }));
  return {
    departments: await insertRows(em, Department, departments),
    organs: await insertRows(em, Organ, organs),
    users: await insertRows(em, User, users),
  };
}
