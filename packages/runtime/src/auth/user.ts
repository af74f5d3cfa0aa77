import type { Role } from './roles';

/**
 * Who is asking, as the gateway verified it and every subgraph receives it: the person, their role, their
 * department and their region (a 6-digit division code; their scope is that code's prefix).
 */
export interface HubUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  /** Department code (e.g. `SCJG`); null for the public and for roles above departments. */
  dept: string | null;
  deptName: string | null;
  region: string;
  /** USCCs of every organ of the user's department (city bureau, county branches); the region narrows where. */
  orgs: string[];
}

/** Anonymous callers: the service portal's public. */
export const PUBLIC_USER: HubUser = Object.freeze({
  id: 'anonymous',
  username: 'anonymous',
  name: '公众',
  role: 'public',
  dept: null,
  deptName: null,
  region: '000000',
  orgs: [],
}) as HubUser;

/** The hub acting for itself (the gateway resolving a user, seeds, adapters). */
export const SYSTEM_USER: HubUser = Object.freeze({
  id: 'system',
  username: 'system',
  name: '系统',
  role: 'system',
  dept: null,
  deptName: null,
  region: '000000',
  orgs: [],
}) as HubUser;
