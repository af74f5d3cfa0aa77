import type { Connection, Transaction } from '@mikro-orm/core';

/**
 * 审计日志: one append-only table per hub database, shared by every library, so that one chain orders
 * everything anybody did. PostgreSQL itself numbers each entry and chains it (sha256 over the previous
 * entry's hash and this entry's content) under an advisory lock, so writers in any process, in any
 * transaction, extend one chain; updates, deletes and truncation are refused by triggers.
 */
const DDL = `
create schema if not exists audit;
create table if not exists audit.audit_log (
  seq bigint primary key,
  at timestamptz(3) not null,
  actor_id text not null,
  actor_name text not null,
  role text not null,
  dept text,
  region text,
  request_id text,
  subgraph text not null,
  operation text not null,
  entity_type text not null,
  entity_ids text[] not null,
  fields text[] not null,
  reason text,
  prev_hash char(64) not null,
  hash char(64) not null
);
create index if not exists audit_log_actor_idx on audit.audit_log (actor_id, seq);
create index if not exists audit_log_entity_idx on audit.audit_log (entity_type, seq);
create index if not exists audit_log_at_idx on audit.audit_log (at);
create or replace function audit.entry_hash(e audit.audit_log) returns text language sql immutable as $fn$
  select encode(sha256(convert_to(json_build_array(
    e.prev_hash, e.seq, (extract(epoch from e.at) * 1000)::bigint, e.actor_id, e.actor_name, e.role, e.dept, e.region,
    e.request_id, e.subgraph, e.operation, e.entity_type, e.entity_ids, e.fields, e.reason
  )::text, 'UTF8')), 'hex')
$fn$;
create or replace function audit.chain() returns trigger language plpgsql as $fn$
declare last_seq bigint; last_hash text;
begin
  perform pg_advisory_xact_lock(hashtext('audit.audit_log'));
  select seq, hash into last_seq, last_hash from audit.audit_log order by seq desc limit 1;
  new.seq := coalesce(last_seq, 0) + 1;
  new.at := date_trunc('milliseconds', clock_timestamp());
  new.prev_hash := coalesce(last_hash, repeat('0', 64));
  new.hash := audit.entry_hash(new);
  return new;
end
$fn$;
create or replace function audit.append_only() returns trigger language plpgsql as $fn$
begin
  raise exception '审计日志只能追加，不能修改或删除';
end
$fn$;
create or replace trigger audit_log_chain before insert on audit.audit_log for each row execute function audit.chain();
create or replace trigger audit_log_append_only before update or delete on audit.audit_log for each row execute function audit.append_only();
create or replace trigger audit_log_no_truncate before truncate on audit.audit_log for each statement execute function audit.append_only();
`;

/** Creates the audit schema once per database; safe when several libraries start at the same time. */
export async function ensureAuditLog(connection: Connection): Promise<void> {
  await connection.execute(`begin; select pg_advisory_xact_lock(hashtext('audit.ddl')); ${DDL} commit;`);
}

export interface AuditEntry {
  actorId: string;
  actorName: string;
  role: string;
  dept: string | null;
  region: string | null;
  requestId: string | null;
  subgraph: string;
  /** What was done: `create`, `update`, `delete`, `reveal`, `login`, …; mutations add their field name. */
  operation: string;
  entityType: string;
  entityIds: string[];
  fields: string[];
  reason: string | null;
}

const insertSql = (placeholder: string) => `insert into audit.audit_log (actor_id, actor_name, role, dept, region, request_id, subgraph, operation, entity_type, entity_ids, fields, reason)
  select actor_id, actor_name, role, dept, region, request_id, subgraph, operation, entity_type, entity_ids, fields, reason
  from json_populate_recordset(null::audit.audit_log, ${placeholder}::json)`;

const rowsJson = (entries: AuditEntry[]) =>
  JSON.stringify(entries.map((e) => ({
    actor_id: e.actorId,
    actor_name: e.actorName,
    role: e.role,
    dept: e.dept,
    region: e.region,
    request_id: e.requestId,
    subgraph: e.subgraph,
    operation: e.operation,
    entity_type: e.entityType,
    entity_ids: e.entityIds,
    fields: e.fields,
    reason: e.reason,
  })));

/** Appends entries in one statement (inside `transaction` when given, so they commit or vanish with the change). */
export async function appendAudit(connection: Connection, entries: AuditEntry[], transaction?: Transaction): Promise<void> {
  if (!entries.length) return;
  await connection.execute(insertSql('?'), [rowsJson(entries)], 'run', transaction);
}

/** The same statement for a plain `pg` client (`$1` placeholder), e.g. inside an import's own transaction. */
export const appendAuditSql = (entries: AuditEntry[]): { sql: string; params: unknown[] } => ({ sql: insertSql('$1'), params: [rowsJson(entries)] });

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  /** Entries whose hash does not match their content or whose link to the previous entry is broken (first 100). */
  brokenSeqs: number[];
  /** Numbers missing from the sequence (deleted entries), first 100. */
  missingSeqs: number[];
  headSeq: number | null;
  headHash: string | null;
}

/** Recomputes every hash in the database (one pass, in SQL) and reports where the chain breaks. */
export async function verifyAuditChain(connection: Connection): Promise<AuditChainReport> {
  const [row] = await connection.execute<{ checked: string; broken: string[] | null; missing: string[] | null; head_seq: string | null; head_hash: string | null }[]>(`
    with entries as (
      select seq, hash, prev_hash, audit.entry_hash(a) as expected,
             lag(hash) over (order by seq) as previous_hash, lag(seq) over (order by seq) as previous_seq
      from audit.audit_log a
    )
    select count(*) as checked,
      (array_agg(seq order by seq) filter (where hash <> expected or prev_hash <> coalesce(previous_hash, repeat('0', 64))))[1:100] as broken,
      (array_agg(coalesce(previous_seq, 0) + 1 order by seq) filter (where seq <> coalesce(previous_seq, 0) + 1))[1:100] as missing,
      max(seq) as head_seq,
      (array_agg(hash order by seq desc))[1] as head_hash
    from entries`);
  const brokenSeqs = (row.broken ?? []).map(Number);
  const missingSeqs = (row.missing ?? []).map(Number);
  return {
    ok: brokenSeqs.length === 0 && missingSeqs.length === 0,
    checked: Number(row.checked),
    brokenSeqs,
    missingSeqs,
    headSeq: row.head_seq === null ? null : Number(row.head_seq),
    headHash: row.head_hash,
  };
}
