import type { FilterQuery } from '@mikro-orm/core';
import { DataStatus, HubError, HubUser, inScope, writeScope } from '@hub/runtime';
import type { CheckContent } from './entities/CheckContent';
import type { CheckImplList } from './entities/CheckImplList';
import type { RegItem } from './entities/RegItem';
import type { RegSubItem } from './entities/RegSubItem';

/**
 * 分级授权 of the catalogue (监管事项目录清单库), issue 3. The catalogue is published to everybody: the
 * public portal shows it, and every department reads every other department's items (joint checks, claims).
 *
 * | role                                   | RegItem                          | RegSubItem          | CheckImplList       | CheckContent  | ItemClaim                       |
 * |----------------------------------------|----------------------------------|---------------------|---------------------|---------------|---------------------------------|
 * | public (anonymous)                     | current version, dataStatus normal, status 1 (有效) | status 1, normal, of a visible item | current version, normal | normal, of a visible list | status claimed; `claimedBy` null |
 * | staff, leader, admins, auditor, system | all versions and states          | all                 | all                 | all           | all (withdrawn with includeWithdrawn) |
 *
 * For the public every by-key query, history, `asOf`/`effectiveOn` read, list, nested field and
 * `__resolveReference` applies the same rule in its SQL: an old version, an invalid or revoked item is null or
 * absent (`regItemHistory` holds only the current version). A visible list of an item the public may not see
 * answers `item: null`.
 *
 * Writes (`@Authorized('staff', 'leader')`; system always; public UNAUTHENTICATED; admins and auditors
 * FORBIDDEN): an item only by its owning department (`deptCode` = the user's department, else FORBIDDEN on
 * `deptCode`; a change also needs the stored item to be the department's, else FORBIDDEN on `itemCode`); an
 * implementation list only by an organ of the user's department (`orgUscc` ∈ user.orgs, else FORBIDDEN on
 * `orgUscc`) in the user's region (`adCode`, else FORBIDDEN on `adCode`; a change also needs the stored list
 * in scope, else FORBIDDEN on `code`); a claim or its withdrawal only for the user's own department (FORBIDDEN
 * on `deptCode`). `sourceDept` becomes the user's department.
 *
 * Personal data: none but the claimant's name (`claimedBy`), a civil servant's name that the public does not see.
 */

export const isPublic = (user: HubUser) => user.role === 'public';

const NORMAL = { dataStatus: DataStatus.normal };

/** The public's view of each record type (undefined for everybody else: no restriction). */
export const PUBLIC_VIEW = {
  RegItem: { ...NORMAL, isCurrent: true, status: 1 },
  RegSubItem: { ...NORMAL, status: 1 },
  CheckImplList: { ...NORMAL, isCurrent: true },
  CheckContent: NORMAL,
} as const;

/** The same rules as SQL on alias `t` (windowed loaders). */
export const PUBLIC_VIEW_SQL = {
  CheckImplList: `t.data_status = 'normal' and t.is_current`,
} as const;

type Viewed = { RegItem: RegItem; RegSubItem: RegSubItem; CheckImplList: CheckImplList; CheckContent: CheckContent };

/** `where` narrowed to what the caller may see. */
export function visible<K extends keyof Viewed>(user: HubUser, type: K, where: FilterQuery<Viewed[K]>): FilterQuery<Viewed[K]> {
  return isPublic(user) ? ({ $and: [where, PUBLIC_VIEW[type]] } as FilterQuery<Viewed[K]>) : where;
}

/** The public sees claims in force only. */
export const claimsIncludeWithdrawn = (user: HubUser, asked: boolean): boolean => asked && !isPublic(user);

const denied = (message: string, field: string) => new HubError('FORBIDDEN', message, field);

/** An item is written by its owning department only. */
export function assertMayWriteItem(user: HubUser, deptCode: string, field = 'deptCode'): void {
  if (!inScope(writeScope(user), { deptCode }, { dept: 'deptCode' })) throw denied('只能维护本部门的监管事项', field);
}

/** A list is written by an organ of the user's department, in the user's region. */
export function assertMayWriteList(user: HubUser, list: { orgUscc: string; adCode: string }, field?: string): void {
  const scope = writeScope(user);
  if (scope.kind === 'all') return;
  if (!inScope(scope, list, { org: 'orgUscc' })) throw denied('只能维护本部门机构的检查实施清单', field ?? 'orgUscc');
  if (!inScope(scope, list, { org: 'orgUscc', region: 'adCode' })) throw denied('只能维护本辖区的检查实施清单', field ?? 'adCode');
}

/** A department claims (and withdraws) only for itself. */
export function assertMayClaim(user: HubUser, deptCode: string): void {
  if (!inScope(writeScope(user), { deptCode }, { dept: 'deptCode' })) throw denied('只能以本部门名义认领或撤回', 'deptCode');
}

/** `sourceDept` of a write: the user's department; the system keeps what it was given. */
export const sourceDeptOf = (user: HubUser, given?: string | null): string | null =>
  user.role === 'system' ? given ?? null : user.dept;
