import type { ChunkDb, GovernedRow, IngestContext, RecordIngest, ReferenceCheck, Violation } from '@hub/governance';
import { DEFAULT_CODE_TABLES, INSPECTION_RULES, softDeleteRecords, upsertRecords, uuidv7 } from '@hub/governance';
import { inspectionSpec } from './inspectionSpec';
import { MIN_INSPECTORS } from '../rules/inspectionRules';
import { checkReferences, linkSubjects, prefillBehaviour, requireOwnOrgan } from './references';

interface EnforcerRow {
  id: string;
  cert_no: string;
  name: string;
  status: string;
  cert_valid_from: string;
  cert_valid_to: string;
}

/** 行政检查 through the governance pipeline: references and links per chunk, stored idempotently. */
export const inspectionIngest: RecordIngest = {
  spec: inspectionSpec,
  defaultRules: INSPECTION_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  prefill: (db, rows) => prefillBehaviour(db, rows),

  async resolve(db, rows, references, context) {
    requireOwnOrgan(rows, context);
    await checkReferences(db, rows, references);
    await linkSubjects(db, rows);
    await linkInspectors(db, rows);
  },

  remove: (db, rows, context) =>
    softDeleteRecords(db, { table: 'enforcement.inspection', key: [['org_code', 'orgCode'], ['action_code', 'actionCode']], owner: { column: 'org_code', of: 'organ' } }, rows, context),

  async store(db, rows, context) {
    const records = rows.map((row) => ({ row, values: inspectionColumns(row, uuidv7(), context) }));
    const stored = await upsertRecords(db, { table: 'enforcement.inspection', columns: COLUMNS, key: ['org_code', 'action_code'] }, records);
    // 检查人员 are rows of their own: a re-delivery that changes only them is an update too.
    const replaced = await inspectorsChanged(db, records, stored);
    const inspectors: Record<string, unknown>[] = [];
    for (const { row } of records) {
      const id = stored.get(row.rowNumber);
      if (!id || (row.outcome === 'updated' && !replaced.has(id))) continue;
      (row.links.inspectors as LinkedInspector[]).forEach((inspector, ordinal) =>
        inspectors.push({ id: uuidv7(), inspection_id: id, enforcer_id: inspector.id, name: inspector.name, cert_no: inspector.certNo, ordinal, is_leader: ordinal === 0 }),
      );
    }
    if (replaced.size) await db.query(`delete from enforcement.inspection_inspector where inspection_id = any($1::uuid[])`, [[...replaced]]);
    if (inspectors.length) {
      await db.query(
        `insert into enforcement.inspection_inspector (id, inspection_id, enforcer_id, name, cert_no, ordinal, is_leader)
         select id, inspection_id, enforcer_id, name, cert_no, ordinal, is_leader from json_populate_recordset(null::enforcement.inspection_inspector, $1::json)`,
        [JSON.stringify(inspectors)],
      );
    }
    return stored;
  },
};

/**
 * Known inspections (updated, or unchanged in their own columns) whose delivered inspectors differ from the
 * stored ones, by id: their inspector rows are replaced. An unchanged inspection whose inspectors changed
 * becomes an update (version + 1) and joins `stored`. One query, for the known rows only.
 */
async function inspectorsChanged(db: ChunkDb, records: { row: GovernedRow; values: Record<string, unknown> }[], stored: Map<number, string>): Promise<Set<string>> {
  const known = new Map<string, GovernedRow>();
  for (const { row, values } of records) {
    const key = `${values.org_code}\u0000${values.action_code}`;
    if (row.outcome !== 'inserted' && !known.has(key)) known.set(key, row);
  }
  const replaced = new Set<string>();
  if (!known.size) return replaced;
  const keys = [...known.values()];
  const { rows: current } = await db.query<{ id: string; org_code: string; action_code: string; certs: string[] }>(
    `select i.id, i.org_code, i.action_code, coalesce(array_agg(ii.cert_no order by ii.ordinal) filter (where ii.id is not null), '{}') as certs
     from enforcement.inspection i
     join unnest($1::text[], $2::text[]) as k(org_code, action_code) on i.org_code = k.org_code and i.action_code = k.action_code
     left join enforcement.inspection_inspector ii on ii.inspection_id = i.id
     group by i.id`,
    [keys.map((r) => r.values.orgCode), keys.map((r) => r.values.actionCode)],
  );
  const bumped: string[] = [];
  for (const c of current) {
    const row = known.get(`${c.org_code}\u0000${c.action_code}`)!;
    const wanted = (row.links.inspectors as LinkedInspector[]).map((i) => i.certNo);
    if (wanted.join(',') === c.certs.join(',')) continue;
    replaced.add(c.id);
    if (row.outcome === undefined) {
      row.outcome = 'updated';
      stored.set(row.rowNumber, c.id);
      bumped.push(c.id);
    }
  }
  if (bumped.length) await db.query(`update enforcement.inspection set version = version + 1, updated_at = now() where id = any($1::uuid[])`, [bumped]);
  return replaced;
}

const COLUMNS = [
  'id', 'source_dept', 'action_code', 'action_name', 'item_code', 'impl_list_code', 'plan_id', 'org_name', 'org_code', 'entrusted_dept', 'entrusted_code',
  'object_type', 'party_name', 'party_nature', 'party_cert_type', 'party_cert_no', 'reg_address', 'biz_address', 'ad_code', 'check_form',
  'check_category', 'check_mode', 'result', 'check_date', 'reported_at', 'reported_by', 'subject_id',
];

function inspectionColumns(row: GovernedRow, id: string, context: IngestContext) {
  const v = row.values;
  return {
    id, source_dept: context.sourceDept, action_code: v.actionCode, action_name: v.actionName, item_code: v.itemCode, impl_list_code: v.implListCode,
    plan_id: v.planId ?? null, org_name: v.orgName, org_code: v.orgCode, entrusted_dept: v.entrustedDept ?? null, entrusted_code: v.entrustedCode ?? null,
    object_type: v.objectType, party_name: v.partyName, party_nature: v.partyNature, party_cert_type: v.partyCertType, party_cert_no: v.partyCertNo,
    reg_address: v.regAddress ?? row.links.regAddress ?? null, biz_address: v.bizAddress ?? row.links.bizAddress ?? null, ad_code: v.adCode,
    check_form: v.checkForm, check_category: v.checkCategory, check_mode: v.checkMode ?? null, result: v.result, check_date: v.checkDate,
    reported_at: v.reportedAt ?? new Date().toISOString(), reported_by: v.reportedBy ?? null, subject_id: row.links.subjectId ?? null,
  };
}

interface LinkedInspector {
  id: string;
  name: string;
  certNo: string;
}

/**
 * 检查人员: every 执法证号 must be registered and valid on the check date, at least two of them; the
 * first is the leader. One query per chunk.
 */
async function linkInspectors(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const certs = [...new Set(rows.flatMap((r) => (r.values.inspectors as string[] | null) ?? []))];
  const { rows: found } = certs.length
    ? await db.query<EnforcerRow>(`select id, cert_no, name, status, cert_valid_from::text, cert_valid_to::text from enforcement.enforcer where cert_no = any($1)`, [certs])
    : { rows: [] as EnforcerRow[] };
  const byCert = new Map(found.map((e) => [e.cert_no, e]));
  for (const row of rows) {
    const list = (row.values.inspectors as string[] | null) ?? [];
    const date = row.values.checkDate as string;
    const linked: LinkedInspector[] = [];
    const violations: Violation[] = [];
    if (new Set(list).size < MIN_INSPECTORS) {
      violations.push({ rule: 'INSPECTORS_TOO_FEW', field: 'inspectors', severity: 'error', message: `行政检查的检查人员不得少于${MIN_INSPECTORS}人`, value: list.join(',') });
    }
    for (const certNo of new Set(list)) {
      const enforcer = byCert.get(certNo);
      if (!enforcer) {
        violations.push({ rule: 'INSPECTOR_CERT_UNKNOWN', field: 'inspectors', severity: 'error', message: `执法证号 ${certNo} 未在执法人员库登记`, value: certNo });
      } else if (enforcer.status !== 'active' || enforcer.cert_valid_from > date || enforcer.cert_valid_to < date) {
        violations.push({ rule: 'INSPECTOR_CERT_INVALID', field: 'inspectors', severity: 'error', message: `执法证号 ${certNo} 在检查日期 ${date} 无效（状态或有效期不符）`, value: certNo });
      } else {
        linked.push({ id: enforcer.id, name: enforcer.name, certNo });
      }
    }
    row.violations.push(...violations);
    row.links.inspectors = linked;
  }
}

export type { ReferenceCheck };
