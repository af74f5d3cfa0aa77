import type { FilterQuery } from '@mikro-orm/core';
import { HubError, HubUser, inScope, readScope, scopeFilter, scopeSql, writeScope } from '@hub/runtime';
import type { Complaint } from './entities/Complaint';

/**
 * 投诉举报 access policy (issue 3). A complaint belongs to the department it is assigned to (`assignedOrg`,
 * the department's name) and to the region of its `territory`.
 *
 * | role                        | read                                                   | write (create, update, status)        |
 * |-----------------------------|--------------------------------------------------------|---------------------------------------|
 * | public                      | none, except `trackComplaint(no, queryCode)`: the progress of their own complaint, no identity | UNAUTHENTICATED |
 * | staff                       | assignedOrg = own department name AND territory in region | the same; else FORBIDDEN (field territory / assignedOrg, or id for an existing complaint) |
 * | leader                      | every department, territory in region                   | like staff (own department only)      |
 * | city_admin, province_admin  | every department, territory in region                   | FORBIDDEN                             |
 * | auditor                     | all                                                     | FORBIDDEN                             |
 * | system                      | all                                                     | all                                   |
 *
 * A change must leave the complaint inside the writer's scope too: handing a complaint to another
 * department (转办) is not something a department can do to itself here.
 * Personal data (complainant name and phone, a citizen ID as target certificate number) is masked unless
 * revealed with a reason (see ComplaintPrivacyResolver).
 */
const FIELDS = { region: 'territory', deptName: 'assignedOrg' } as const;
const COLUMNS = { region: 'territory', deptName: 'assigned_org' } as const;

/** Roles that may call the write mutations at all (the system always may). */
export const COMPLAINT_WRITERS = ['staff', 'leader'] as const;

/** The read rule as a MikroORM condition: `undefined` = everything, `null` = nothing (answer empty without asking). */
export const complaintReadWhere = (user: HubUser) =>
  scopeFilter(readScope(user), FIELDS) as FilterQuery<Complaint> | null | undefined;

/** The read rule for raw SQL on `alias` (e.g. `t`): `undefined` = everything, `null` = nothing. */
export function complaintReadSql(user: HubUser, alias?: string) {
  const prefix = alias ? `${alias}.` : '';
  return scopeSql(readScope(user), { region: `${prefix}${COLUMNS.region}`, deptName: `${prefix}${COLUMNS.deptName}` });
}

type Placed = Pick<Complaint, 'territory' | 'assignedOrg'>;

/** An existing complaint may be handled only by its department, in the writer's region. */
export function assertComplaintHandleable(user: HubUser, complaint: Placed): void {
  if (!inScope(writeScope(user), complaint, FIELDS)) throw new HubError('FORBIDDEN', '无权办理该投诉举报（仅限承办部门本辖区人员）', 'id');
}

/** A new or changed complaint must stay in the writer's region and department; the field says which is out. */
export function assertComplaintPlaceable(user: HubUser, complaint: Placed): void {
  const scope = writeScope(user);
  if (inScope(scope, complaint, FIELDS)) return;
  if (scope.kind !== 'none' && scope.kind !== 'all' && !complaint.territory.startsWith(scope.prefix)) {
    throw new HubError('FORBIDDEN', `无权登记或办理本辖区以外（${complaint.territory}）的投诉举报`, 'territory');
  }
  throw new HubError('FORBIDDEN', `无权登记或办理承办单位为${complaint.assignedOrg}的投诉举报（仅限本部门）`, 'assignedOrg');
}

/** Who a record came from: the writer's department; the system (adapters, imports) names it in the input. */
export const sourceDeptOf = (user: HubUser, given: string | null | undefined): string | null =>
  user.role === 'system' ? given ?? null : user.dept;
