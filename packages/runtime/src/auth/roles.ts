/**
 * 分级授权: the roles of the hub. `system` is internal (the gateway's own calls, adapters, tests of a single
 * library); no token can carry it.
 */
export const ROLES = ['public', 'staff', 'leader', 'city_admin', 'province_admin', 'auditor', 'system'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  public: '公众',
  staff: '部门工作人员',
  leader: '部门领导',
  city_admin: '市级管理员',
  province_admin: '省级管理员',
  auditor: '审计员',
  system: '系统',
};

/** Roles a person can be given (in the user registry or by an identity provider). */
export const ASSIGNABLE_ROLES: Role[] = ['staff', 'leader', 'city_admin', 'province_admin', 'auditor'];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Roles whose work needs personal data (ID numbers, phones, complainants), revealed one read at a time with a reason. */
export const PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set<Role>(['staff', 'leader', 'auditor', 'system']);

/** Roles that manage users (and rules) in their region. */
export const ADMIN_ROLES: ReadonlySet<Role> = new Set<Role>(['city_admin', 'province_admin', 'system']);
