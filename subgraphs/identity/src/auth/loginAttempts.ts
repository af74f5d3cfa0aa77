import type { Connection, Transaction } from '@mikro-orm/core';
import type { Role } from '@hub/runtime';

/** 5 consecutive failures lock an account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_SECONDS = 15 * 60;

const TABLE = '"identity"."user_account"';

export interface LoginCandidate {
  id: string;
  username: string;
  name: string;
  role: Role;
  deptCode: string | null;
  deptName: string | null;
  region: string;
  disabled: boolean;
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
}

interface Row {
  id: string;
  username: string;
  name: string;
  role: Role;
  dept_code: string | null;
  dept_name: string | null;
  region: string;
  disabled: boolean;
  password_hash: string | null;
  failed_logins: number;
  locked_until: Date | string | null;
}

const COLUMNS = `id, username, name, role, dept_code, region, disabled, password_hash, failed_logins, locked_until,
  (select d.name from "identity"."department" d where d.code = dept_code) as dept_name`;

const candidate = (row: Row): LoginCandidate => ({
  id: row.id,
  username: row.username,
  name: row.name,
  role: row.role,
  deptCode: row.dept_code,
  deptName: row.dept_name,
  region: row.region,
  disabled: row.disabled,
  passwordHash: row.password_hash,
  failedLogins: Number(row.failed_logins),
  lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
});

/**
 * Every attempt is counted BEFORE its password is checked, in one UPDATE … RETURNING on the user's row: the row
 * lock orders parallel attempts, so at most MAX_FAILED_LOGINS guesses are ever checked between two successes,
 * however many arrive at once. The attempt that reaches the limit sets the lock; a success clears it again
 * (`loginSucceeded`). An expired lock starts a fresh count. Returns null when the account is locked (or unknown).
 */
export async function reserveAttempt(connection: Connection, username: string): Promise<LoginCandidate | null> {
  const rows = await connection.execute<Row[]>(
    `update ${TABLE} set
       failed_logins = (case when locked_until is null then failed_logins else 0 end) + 1,
       locked_until = case when (case when locked_until is null then failed_logins else 0 end) + 1 >= ?
                      then now() + make_interval(secs => ?) else null end
     where username = ? and (locked_until is null or locked_until <= now())
     returning ${COLUMNS}`,
    [MAX_FAILED_LOGINS, LOCK_SECONDS, username],
  );
  return rows.length ? candidate(rows[0]) : null;
}

/** The account as it is now (to tell a locked account from an unknown name, after `reserveAttempt` found neither). */
export async function findByUsername(connection: Connection, username: string): Promise<LoginCandidate | null> {
  const rows = await connection.execute<Row[]>(`select ${COLUMNS} from ${TABLE} where username = ?`, [username]);
  return rows.length ? candidate(rows[0]) : null;
}

/** A verified password: the count starts again and the login time is kept. */
export async function loginSucceeded(connection: Connection, id: string, transaction?: Transaction): Promise<void> {
  await connection.execute(`update ${TABLE} set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?`, [id], 'run', transaction);
}
