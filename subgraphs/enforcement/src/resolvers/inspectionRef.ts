import { HubError, SubgraphContext } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { inspectionById } from './behaviourLoaders';

/** Penalties and coercions must hang off a registered inspection (domain.md §2.3). */
export async function requireInspection(ctx: SubgraphContext, inspectionId: string): Promise<Inspection> {
  const inspection = await inspectionById(ctx).load(inspectionId);
  if (!inspection) throw new HubError('INSPECTION_NOT_FOUND', `未找到检查行为：${inspectionId}，处罚和强制须引用已登记的行政检查`, 'inspectionId');
  return inspection;
}

/** What a follow-up record copies from its inspection, so that its lists filter without a join. */
export const partyOf = (i: Inspection) => ({
  subjectId: i.subjectId ?? null, partyName: i.partyName, partyCertNo: i.partyCertNo, adCode: i.adCode, orgName: i.orgName, orgCode: i.orgCode,
});
