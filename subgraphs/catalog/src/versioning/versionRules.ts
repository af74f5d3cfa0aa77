import { HubError } from '@hub/runtime';
import type { VersionedRecord } from '../entities/VersionedRecord';

/**
 * A new version may be revised only from the version the client read (`expectedVersion` = versionNo),
 * and may not take effect before the version it replaces.
 */
export function assertCanSupersede(current: VersionedRecord, expectedVersion: number, effectiveFrom: string): void {
  if (current.versionNo !== expectedVersion) {
    throw new HubError('VERSION_CONFLICT', `该记录已有新版本（当前为第 ${current.versionNo} 版），请刷新后再改`, 'expectedVersion');
  }
  if (effectiveFrom < current.effectiveFrom) {
    throw new HubError('DATE_ORDER', `新版本生效日期 ${effectiveFrom} 不能早于当前版本的生效日期 ${current.effectiveFrom}`, 'effectiveFrom');
  }
}

/** Closes the current version: it stays in history, in force until the new one starts. */
export function closeVersion(current: VersionedRecord, effectiveFrom: string): void {
  current.isCurrent = false;
  current.effectiveTo = effectiveFrom;
  current.supersededAt = new Date();
}

/** SQL-side filter of the version in force on a date. */
export const inForceOn = (date: string) => ({ effectiveFrom: { $lte: date }, $or: [{ effectiveTo: null }, { effectiveTo: { $gt: date } }] });
