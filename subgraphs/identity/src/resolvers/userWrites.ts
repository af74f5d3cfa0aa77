import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError, type Role } from '@hub/runtime';
import { Department } from '../entities/Department';

/** Department staff and leaders belong to a department; anybody's department must exist. */
export async function checkDepartment(em: EntityManager, role: Role, deptCode: string | null | undefined): Promise<void> {
  if (!deptCode) {
    if (role === 'staff' || role === 'leader') throw new HubError('DEPT_REQUIRED', '部门工作人员和部门领导必须指定所属部门', 'dept');
    return;
  }
  if (!(await em.count(Department, { code: deptCode }))) throw new HubError('UNKNOWN_DEPT', `未找到部门：${deptCode}`, 'dept');
}

/** Flushes; a taken username or OIDC subject, or a concurrent change, becomes a client error with its field. */
export async function flushUser(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      // The constraint's name tells which key was taken (the message quotes the whole statement).
      if ((error as { constraint?: string }).constraint?.includes('oidc_subject')) throw new HubError('DUPLICATE_OIDC_SUBJECT', '该外部身份标识已绑定其他用户', 'oidcSubject');
      throw new HubError('DUPLICATE_USERNAME', '登录名已被使用', 'username');
    }
    if (error instanceof OptimisticLockError) throw new HubError('VERSION_CONFLICT', '该用户已被他人同时修改，请刷新后再改', 'expectedVersion');
    throw error;
  }
}
