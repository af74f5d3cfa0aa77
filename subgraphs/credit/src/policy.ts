import type { FilterQuery } from '@mikro-orm/core';
import { chinaToday } from '@hub/codes';
import { DataStatus, HubError, HubUser, readScope, Scope, scopeFilter, writeScope } from '@hub/runtime';
import { LicenceStatus, PublicityStatus } from './entities/creditEnums';
import type { CreditListing } from './entities/CreditListing';
import type { LicensePublicity } from './entities/LicensePublicity';
import type { PenaltyPublicity } from './entities/PenaltyPublicity';

/**
 * 分级授权 of the credit library (信用信息库), issue 3. The one place that says who sees which record;
 * resolvers, loaders and references apply it (lists in SQL, so totals and pages stay right).
 *
 * | role                        | PenaltyPublicity (行政处罚公示)             | LicensePublicity (行政许可公示) | CreditListing (信用名单)     |
 * |-----------------------------|---------------------------------------------|---------------------------------|------------------------------|
 * | public (anonymous)          | status 正常, dataStatus normal and `publicUntil >= today` (Beijing) | status 有效 (valid), dataStatus normal | none |
 * | staff                       | the public's view, plus own department's organs (authorityUscc ∈ user.orgs) whose division is in the user's region and below | same | `listedBy` = own department's name |
 * | leader                      | the public's view, plus every authority whose division is in the region and below | same | all                  |
 * | city_admin / province_admin | like a leader                               | like a leader                   | all                          |
 * | auditor / system            | all                                         | all                             | all                          |
 *
 * Division: credit records carry no division code, but the authority's USCC does (characters 3–8 are the
 * 登记管理机关行政区划码: 330100 for a city bureau, 330102 for its 上城区 branch), so publicities are scoped
 * by region through `authorityUscc`. Listings name their authority only by name (`listedBy`): they are scoped
 * by department alone, and leaders and admins see all of them (nothing to narrow a region by).
 *
 * Whatever the public may read, every signed-in role may read too: a role's scope adds to the public view
 * (staff see every publicity in force plus their own department's expired or withdrawn ones).
 * The Subject extension fields (a subject's publicities and listings) apply the same rules; for the public
 * the listing fields are empty (`creditListings: []`, `onAbnormalList`/`onSeriousViolationList: null`).
 * Root queries of listings need a signed-in user (public: UNAUTHENTICATED); `_entities` of records outside
 * the caller's view answer null.
 *
 * Writes (`@Authorized('staff', 'leader')`; system always; public UNAUTHENTICATED; others FORBIDDEN): the
 * publicity's authority must be an organ of the user's department in the user's region (else FORBIDDEN,
 * field `authorityUscc`), a listing's `listedBy` the user's department (else FORBIDDEN, field `listedBy`);
 * updates and removals also need the stored record in write scope (field `id`). `sourceDept` becomes the
 * user's department.
 *
 * Personal data (RevealArgs + personalValue, masked unless revealed with a reason, each reveal audited):
 * `legalRepCertNo` (a legal representative is always a natural person, so any document number of theirs is
 * masked: kind `citizenId`), and the party identifiers that hold a citizen ID when the party is a natural
 * person or a sole trader (`uscc`, `regNo`, `taxNo`: kind `certNo`, masked only when they are citizen IDs).
 */

/** undefined: no restriction; null: nothing visible (answer empty without asking the database). */
export type Visibility<T> = FilterQuery<T> | null | undefined;
/** The same rule as SQL on alias `t`, for raw queries. */
export type VisibilitySql = { sql: string; params: unknown[] } | null | undefined;

/** The division code inside a USCC (characters 3–8). */
export const divisionOfUscc = (uscc: string): string => uscc.slice(2, 8);

const NO_ORG = ['-'];

/** An authority (by USCC) the scope covers: its organ for department scope, its division for both. */
export function authorityInScope(scope: Scope, authorityUscc: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  const uscc = authorityUscc.trim().toUpperCase();
  if (!divisionOfUscc(uscc).startsWith(scope.prefix)) return false;
  return scope.kind === 'region' || scope.orgs.includes(uscc);
}

function authorityWhere(scope: Scope): Record<string, unknown> | null | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return null;
  // `_` matches one character: the two characters before the division code.
  const division = { authorityUscc: { $like: `__${scope.prefix}%` } };
  if (scope.kind === 'region') return division;
  return { $and: [division, { authorityUscc: { $in: scope.orgs.length ? scope.orgs : NO_ORG } }] };
}

function authoritySql(scope: Scope): VisibilitySql {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return null;
  if (scope.kind === 'region') return { sql: 't.authority_uscc like ?', params: [`__${scope.prefix}%`] };
  // knex expands an array parameter into one placeholder per value: `in (?)`, not `= any(?)`.
  return { sql: 't.authority_uscc like ? and t.authority_uscc in (?)', params: [`__${scope.prefix}%`, scope.orgs.length ? scope.orgs : NO_ORG] };
}

/** Whatever the public may see, everyone may see: a signed-in scope widens the public view, never narrows it. */
function orPublic<T>(scoped: Visibility<T>, publicView: FilterQuery<T>): Visibility<T> {
  if (scoped === undefined) return undefined;
  if (scoped === null) return publicView;
  return { $or: [scoped, publicView] } as FilterQuery<T>;
}

function orPublicSql(scoped: VisibilitySql, publicView: { sql: string; params: unknown[] }): VisibilitySql {
  if (scoped === undefined) return undefined;
  if (scoped === null) return publicView;
  return { sql: `((${scoped.sql}) or (${publicView.sql}))`, params: [...scoped.params, ...publicView.params] };
}

const publicPenalty = (): FilterQuery<PenaltyPublicity> => ({ dataStatus: DataStatus.normal, status: PublicityStatus.normal, publicUntil: { $gte: chinaToday() } });
const publicPenaltySql = () => ({ sql: `t.data_status = 'normal' and t.status = 'normal' and t.public_until >= ?`, params: [chinaToday()] });
const PUBLIC_LICENSE: FilterQuery<LicensePublicity> = { dataStatus: DataStatus.normal, status: LicenceStatus.valid };
const PUBLIC_LICENSE_SQL = { sql: `t.data_status = 'normal' and t.status = 'valid'`, params: [] };

export const penaltyVisibility = (user: HubUser): Visibility<PenaltyPublicity> =>
  orPublic(authorityWhere(readScope(user)) as Visibility<PenaltyPublicity>, publicPenalty());

export const penaltyVisibilitySql = (user: HubUser): VisibilitySql => orPublicSql(authoritySql(readScope(user)), publicPenaltySql());

export const licenseVisibility = (user: HubUser): Visibility<LicensePublicity> =>
  orPublic(authorityWhere(readScope(user)) as Visibility<LicensePublicity>, PUBLIC_LICENSE);

export const licenseVisibilitySql = (user: HubUser): VisibilitySql => orPublicSql(authoritySql(readScope(user)), PUBLIC_LICENSE_SQL);

export const LISTING_SCOPE = { deptName: 'listedBy' } as const;

export const listingVisibility = (user: HubUser): Visibility<CreditListing> =>
  scopeFilter(readScope(user), LISTING_SCOPE) as Visibility<CreditListing>;

/** `where` narrowed to what the caller may see; null when nothing is visible. */
export function restrict<T>(where: FilterQuery<T>, visibility: Visibility<T>): FilterQuery<T> | null {
  if (visibility === null) return null;
  if (visibility === undefined) return where;
  return { $and: [where, visibility] } as FilterQuery<T>;
}

const denied = (message: string, field: string) => new HubError('FORBIDDEN', message, field);

/** A publicity may be written only in the name of an organ of the user's department, in the user's region. */
export function assertMayPublish(user: HubUser, authorityUscc: string, field = 'authorityUscc'): void {
  if (!authorityInScope(writeScope(user), authorityUscc)) {
    throw denied('只能以本部门（本辖区）的机关名义公示', field);
  }
}

/** A listing may be written only by the user's own department. */
export function assertMayList(user: HubUser, listedBy: string, field = 'listedBy'): void {
  const scope = writeScope(user);
  if (scope.kind === 'all') return;
  if (scope.kind !== 'department' || listedBy.trim() !== scope.deptName) {
    throw denied('只能由本部门作出列入或移出名单的决定', field);
  }
}

/** `sourceDept` of a write: the user's department; the system keeps what it was given. */
export const sourceDeptOf = (user: HubUser, given?: string | null): string | null =>
  user.role === 'system' ? given ?? null : user.dept;
