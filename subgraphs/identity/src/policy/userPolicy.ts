/**
 * 分级授权 of the identity library (who may do what with users, departments and the audit log):
 *
 * - `login` is open to everybody (the public signs in through it); `me` and `changePassword` act on the caller's
 *   own account; `departments` is reference data for every signed-in user.
 * - Reading users: city_admin and province_admin see the users of their region and below (user.region starts
 *   with the admin's region prefix: 330100 → 3301…); auditors (and the system) see all; nobody else any.
 * - Managing users (create, update, reset password, unlock): city_admin and province_admin, only for users in
 *   their region, and only users whose role they could give. No admin grants more than the hub lets them hold:
 *   a city_admin assigns staff, leader and city_admin; a province_admin also province_admin and auditor (an
 *   auditor reads the whole hub, wider than any city). `system` and `public` are never assignable (no token
 *   may carry them). Nobody changes their own role or disables their own account.
 * - `resolveIdentity` (the user behind a verified token) is for the gateway's own calls only (role system).
 * - The audit log (`auditLog`, `verifyAuditChain`) is for auditors (and the system); reading it is audited too.
 */
import { ASSIGNABLE_ROLES, forbidden, HubError, HubUser, isRole, regionPrefix, type Role } from '@hub/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { User } from '../entities/User';

export const USER_ADMIN_ROLES: Role[] = ['city_admin', 'province_admin'];
export const USER_READER_ROLES: Role[] = ['city_admin', 'province_admin', 'auditor'];

const GRANTABLE: Partial<Record<Role, Role[]>> = {
  city_admin: ['staff', 'leader', 'city_admin'],
  province_admin: ['staff', 'leader', 'city_admin', 'province_admin', 'auditor'],
  system: ASSIGNABLE_ROLES,
};

/** Roles `actor` may give to (or manage in) somebody. */
export const grantableRoles = (actor: HubUser): Role[] => GRANTABLE[actor.role] ?? [];

/** The users `actor` may list: `undefined` = all of them. */
export function visibleUsers(actor: HubUser): FilterQuery<User> | undefined {
  if (actor.role === 'auditor' || actor.role === 'system') return undefined;
  if (!USER_ADMIN_ROLES.includes(actor.role)) throw forbidden();
  return { region: { $like: `${regionPrefix(actor.region)}%` } };
}

/** A region inside the actor's own (the system manages every region). */
export function assertRegionInScope(actor: HubUser, region: string, field = 'region'): void {
  if (actor.role === 'system') return;
  if (!region.startsWith(regionPrefix(actor.region))) {
    throw new HubError('FORBIDDEN', `只能管理本辖区（${actor.region}）及下级的用户`, field);
  }
}

/** A role the actor may assign: a known role, assignable at all, and within what the actor may grant. */
export function assertCanAssign(actor: HubUser, role: string, field = 'role'): asserts role is Role {
  if (!isRole(role)) throw new HubError('INVALID_ROLE', `未知的角色：${role}`, field);
  if (!ASSIGNABLE_ROLES.includes(role)) throw new HubError('FORBIDDEN', `角色 ${role} 不能分配给用户`, field);
  if (!grantableRoles(actor).includes(role)) throw new HubError('FORBIDDEN', `当前角色无权分配角色 ${role}`, field);
}

/** An existing user the actor may manage: in the actor's region, holding a role the actor could give. */
export function assertCanManage(actor: HubUser, target: User): void {
  assertRegionInScope(actor, target.region, 'id');
  if (!grantableRoles(actor).includes(target.role)) throw new HubError('FORBIDDEN', '无权管理该用户', 'id');
}
