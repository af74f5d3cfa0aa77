import { HubError, SubgraphContext } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { inspectionById } from './behaviourLoaders';
import { assertWritable, visible } from '../access';

/**
 * Penalties and coercions must hang off a registered inspection (domain.md §2.3) that the user may read;
 * one the user cannot see is answered as missing, so that nobody learns what exists outside their scope.
 * With `write`, the follow-up record takes the inspection's organ and division, so the user must be
 * allowed to write there too.
 */
export async function requireInspection(ctx: SubgraphContext, inspectionId: string, { write = false } = {}): Promise<Inspection> {
  const inspection = visible(ctx.user, 'Inspection', await inspectionById(ctx).load(inspectionId));
  if (!inspection) throw new HubError('INSPECTION_NOT_FOUND', `未找到检查行为：${inspectionId}，处罚和强制须引用已登记的行政检查`, 'inspectionId');
  if (write) assertWritable(ctx.user, 'Inspection', inspection, () => 'inspectionId');
  return inspection;
}

/** What a follow-up record copies from its inspection, so that its lists filter without a join. */
export const partyOf = (i: Inspection) => ({
  subjectId: i.subjectId ?? null, partyName: i.partyName, partyCertNo: i.partyCertNo, adCode: i.adCode, orgName: i.orgName, orgCode: i.orgCode,
});
