import type { FilterQuery } from '@mikro-orm/core';
import { DataStatus, HubUser } from '@hub/runtime';

/**
 * 分级授权 of the knowledge library (知识库), issue 3.
 *
 * | role                                   | Law, LawArticle, LegalCase | InspectionRule, RiskFeature, ContingencyPlan |
 * |----------------------------------------|----------------------------|----------------------------------------------|
 * | public (anonymous)                     | records in dataStatus normal (lists already show only those; by id and `_entities` too) | none: root queries UNAUTHENTICATED, `_entities` null |
 * | staff, leader, admins, auditor, system | all                        | all                                          |
 *
 * Laws, articles and cases are published reference texts (the service portal shows them); discretion rules
 * (裁量基准), risk indicators and contingency plans are working material of the departments. For those the
 * public gets a clear UNAUTHENTICATED from the root queries (`@Authorized()`: sign in to see them) rather than
 * an empty list that would look like "there are none", and null from `_entities` (a reference is never an
 * error for the rest of a gateway plan). No department or region owns knowledge records: every signed-in role
 * reads all of them.
 *
 * Writes: the library exposes no mutations; laws and cases enter through `importLaws`/`importCases` and the
 * seed, run by operators (the system), never through the graph.
 *
 * Personal data: none is held (cases are the published, already anonymised texts).
 */

export const isPublic = (user: HubUser): boolean => user.role === 'public';

/** `where` narrowed to what the caller may see of the public knowledge (laws, articles, cases). */
export function publicView<T>(user: HubUser, where: FilterQuery<T>): FilterQuery<T> {
  return isPublic(user) ? ({ $and: [where, { dataStatus: DataStatus.normal }] } as FilterQuery<T>) : where;
}

/** Internal knowledge (rules, risk indicators, plans) is for signed-in users only. */
export const mayReadInternal = (user: HubUser): boolean => !isPublic(user);
