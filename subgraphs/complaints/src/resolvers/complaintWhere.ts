import { FilterQuery } from '@mikro-orm/core';
import { DataStatus, regionPrefix } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { addDays, chinaDayStart, chinaToday } from '@hub/codes';
import { ComplaintFilter } from './ComplaintFilter';

/** The filter as a MikroORM condition; every condition has an index (see the entity). */
export function complaintWhere(filter: ComplaintFilter | undefined): FilterQuery<Complaint> {
  const and: FilterQuery<Complaint>[] = [{ dataStatus: { $in: filter?.dataStatus?.length ? filter.dataStatus : [DataStatus.normal] } }];
  if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  if (filter?.channel?.length) and.push({ channel: { $in: filter.channel } });
  if (filter?.kind?.length) and.push({ kind: { $in: filter.kind } });
  if (filter?.territoryPrefix) and.push({ territory: { $like: `${regionPrefix(filter.territoryPrefix)}%` } });
  if (filter?.assignedOrg) and.push({ assignedOrg: filter.assignedOrg });
  if (filter?.receivedFrom) and.push({ receivedAt: { $gte: chinaDayStart(filter.receivedFrom) } });
  if (filter?.receivedTo) and.push({ receivedAt: { $lt: chinaDayStart(addDays(filter.receivedTo, 1)) } });
  if (filter?.overdue !== undefined && filter.overdue !== null) and.push(overdueWhere(filter.overdue, chinaToday()));
  return { $and: and };
}

/** Overdue: still open past its due date, or closed after it (a final status always has closedAt). */
function overdueWhere(overdue: boolean, today: string): FilterQuery<Complaint> {
  if (overdue) {
    return { $or: [{ closedAt: null, dueAt: { $lt: today } }, { closedLate: true }] };
  }
  return { $or: [{ closedAt: null, dueAt: { $gte: today } }, { closedLate: false }] };
}
