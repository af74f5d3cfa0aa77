import type { FilterQuery } from '@mikro-orm/core';
import { HubError, HubUser, inScope, readScope, Scope, scopeFilter, writeScope } from '@hub/runtime';
import type { Subject } from './entities/Subject';

/**
 * 监管对象库 access policy (issue 3). Subjects are a shared base library: they belong to a region, not
 * to a department, so every department works on the same subjects.
 *
 * | role                            | read                                   | write (create / update)            |
 * |---------------------------------|----------------------------------------|------------------------------------|
 * | public                          | nothing (lists empty, lookups null)    | UNAUTHENTICATED                    |
 * | staff, leader                   | subjects whose adCode is in their region (prefix) | same region; else FORBIDDEN (field adCode, or id for an existing subject outside it) |
 * | city_admin, province_admin      | subjects in their region                | FORBIDDEN                          |
 * | auditor                         | all subjects                            | FORBIDDEN                          |
 * | system                          | all subjects                            | all                                |
 *
 * Writes record the writer's department in `sourceDept` (the system keeps what the input says).
 * Personal data: a natural person's certNo (a citizen ID or other personal document) and a legal representative's certificate number
 * are masked unless revealed with a reason (see SubjectPrivacyResolver).
 */
const FIELDS = { region: 'adCode' } as const;

/** Roles that may call the write mutations at all (the system always may). */
export const SUBJECT_WRITERS = ['staff', 'leader'] as const;

/** A department scope narrows by department; subjects have none, so it widens to its region. */
function regionOnly(scope: Scope): Scope {
  return scope.kind === 'department' ? { kind: 'region', region: scope.region, prefix: scope.prefix } : scope;
}

export const subjectReadScope = (user: HubUser): Scope => regionOnly(readScope(user));
export const subjectWriteScope = (user: HubUser): Scope => regionOnly(writeScope(user));

/** The read rule as a MikroORM condition: `undefined` = everything, `null` = nothing (answer empty without asking). */
export const subjectReadWhere = (user: HubUser) =>
  scopeFilter(subjectReadScope(user), FIELDS) as FilterQuery<Subject> | null | undefined;

export const canReadSubject = (user: HubUser, subject: Pick<Subject, 'adCode'>): boolean =>
  inScope(subjectReadScope(user), subject, FIELDS);

/**
 * A create or update may only put a subject where the writer works; `field` names what is out of place
 * (`adCode` for the new division, `id` for an existing subject outside the writer's region).
 */
export function assertSubjectWritable(user: HubUser, adCode: string, field: 'adCode' | 'id'): void {
  if (inScope(subjectWriteScope(user), { adCode }, FIELDS)) return;
  throw new HubError('FORBIDDEN', field === 'id' ? '无权修改本辖区以外的监管对象' : `无权在本辖区以外（${adCode}）登记监管对象`, field);
}

/** Who a record came from: the writer's department; the system (adapters, imports) names it in the input. */
export const sourceDeptOf = (user: HubUser, given: string | null | undefined): string | null =>
  user.role === 'system' ? given ?? null : user.dept;
