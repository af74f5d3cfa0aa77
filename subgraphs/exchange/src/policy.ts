import type { FilterQuery } from '@mikro-orm/core';
import { forbidden, HubUser } from '@hub/runtime';

/**
 * Who sees and corrects what in the exchange library (issue 3's tiers): a department's staff and leaders see
 * their own department's batches and rejects and correct them; city/province admins and auditors see all
 * departments' (they follow data quality); the public none. Rule sets are read by every signed-in user and
 * changed by admins.
 */
export function departmentWhere<T extends { deptCode: string }>(user: HubUser): FilterQuery<T> | undefined {
  if (user.role === 'staff' || user.role === 'leader') return { deptCode: user.dept ?? '-' } as FilterQuery<T>;
  return undefined;
}

export const canSeeDepartment = (user: HubUser, deptCode: string): boolean =>
  user.role === 'staff' || user.role === 'leader' ? user.dept === deptCode : user.role !== 'public';

export function assertMayCorrect(user: HubUser, deptCode: string): void {
  if (user.role === 'system') return;
  if ((user.role === 'staff' || user.role === 'leader') && user.dept === deptCode) return;
  throw forbidden('只能整改本部门报送的数据');
}

export const SIGNED_IN = ['staff', 'leader', 'city_admin', 'province_admin', 'auditor'] as const;
export const RULE_ADMINS = ['city_admin', 'province_admin'] as const;
