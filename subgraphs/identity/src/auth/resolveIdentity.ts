import type { Connection } from '@mikro-orm/core';
import { isUuid } from '@hub/runtime';
import { builtinIssuer } from './issuer';
import type { ResolvedIdentity } from '../resolvers/ResolvedIdentity';

const SELECT = `select u.id, u.username, u.name, u.role, u.dept_code, u.region, u.disabled, d.name as dept_name,
    coalesce((select array_agg(o.uscc order by o.ad_code, o.uscc) from "identity"."organ" o where o.dept_code = u.dept_code), '{}') as orgs
  from "identity"."user_account" u left join "identity"."department" d on d.code = u.dept_code`;

interface Row {
  id: string;
  username: string;
  name: string;
  role: string;
  dept_code: string | null;
  dept_name: string | null;
  region: string;
  disabled: boolean;
  orgs: string[];
}

/**
 * The user a verified token names, in one statement on unique indexes. The built-in provider's `sub` is the
 * user id. An external provider's `sub` is matched against the bound `oidcSubject`; failing that, its
 * preferred username against an account not yet bound to any external identity (first sign-in of a user the
 * admins created by username), so a bound account cannot be taken over by another subject with its name.
 */
export async function resolveIdentity(connection: Connection, issuer: string, subject: string, username?: string | null): Promise<ResolvedIdentity | null> {
  let rows: Row[];
  if (issuer === builtinIssuer()) {
    if (!isUuid(subject)) return null;
    rows = await connection.execute<Row[]>(`${SELECT} where u.id = ?`, [subject]);
  } else {
    const name = username?.trim().toLowerCase() || null;
    rows = await connection.execute<Row[]>(
      `${SELECT} where u.oidc_subject = ? or (u.oidc_subject is null and u.username = ?)
       order by (u.oidc_subject is not null) desc limit 1`,
      [subject, name],
    );
  }
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    dept: row.dept_code,
    deptName: row.dept_name,
    region: row.region,
    orgs: row.orgs,
    disabled: row.disabled,
  };
}
