import type { ChunkDb, GovernedRow, IngestContext, RecordIngest, ReferenceCheck } from '@hub/governance';
import { COMPLAINT_RULES, DEFAULT_CODE_TABLES, departmentName, softDeleteRecords, upsertRecords, uuidv7 } from '@hub/governance';
import { maskPhone, Problems } from '@hub/runtime';
import { ComplaintStatus } from '../entities/ComplaintEnums';
import { checkComplaintState } from '../rules/complaintRules';
import { defaultDueAt } from '../rules/calendar';
import { complaintSpec } from './complaintSpec';

/**
 * 投诉举报 through the governance pipeline, stored idempotently on `no` (complaint_no_unique).
 * - The complainant's phone is stored masked (138****5678), like the city's imported complaints: the full
 *   number given on a file is never kept. No 查询码 is issued for an imported complaint (query_code_hash null).
 * - 承办单位 is the importing department's name (one query per chunk); empty means the department itself.
 * - The subject is linked by 证件号码; the item code must exist in the catalogue.
 * - The library's cross-field rules (rules/complaintRules.ts) judge status, dates and result.
 */
export const complaintIngest: RecordIngest = {
  spec: complaintSpec,
  defaultRules: COMPLAINT_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows, references, context) {
    const deptName = await departmentName(db, context.deptCode);
    for (const row of rows) {
      const org = row.values.assignedOrg as string | null;
      if (!org && !deptName) row.violations.push({ rule: 'COMPLAINT_ASSIGNED_ORG_REQUIRED', field: 'assignedOrg', severity: 'error', message: `承办单位不能为空（报送部门 ${context.deptCode} 未登记）`, value: null });
      else if (!org) row.links.assignedOrg = deptName;
      else if (org === deptName) row.links.assignedOrg = org;
      else row.violations.push({ rule: 'COMPLAINT_ASSIGNED_ORG_NOT_OF_DEPARTMENT', field: 'assignedOrg', severity: 'error', message: `承办单位 ${org} 不是报送部门（${deptName ?? context.deptCode}）`, value: org });
      judgeState(row);
    }
    await checkItemCodes(db, rows, references);
    await linkTargets(db, rows);
  },

  // A department deletes complaints it delivered itself.
  remove: (db, rows, context) => softDeleteRecords(db, { table: 'complaints.complaint', key: [['no', 'no']], owner: { column: 'source_dept', of: 'department' } }, rows, context),
  // 查询码 is set in the hub (never delivered): a re-delivery keeps it.
  store: (db, rows, context) =>
    upsertRecords(
      db,
      { table: 'complaints.complaint', columns: COLUMNS, key: ['no'], insertOnly: ['query_code_hash'] },
      rows.map((row) => ({ row, values: complaintColumns(row, uuidv7(), context) })),
    ),
};

const COLUMNS = [
  'id', 'source_dept', 'no', 'kind', 'channel', 'received_at', 'complainant_name', 'complainant_phone', 'query_code_hash', 'target_name', 'target_cert_no',
  'subject_id', 'territory', 'service_type', 'service_name', 'dispute_date', 'detail', 'item_code', 'assigned_org', 'status', 'due_at', 'closed_at', 'result', 'satisfaction',
];

/** The phone as the library keeps an imported one: masked; a number masked already stays as it is. */
export function storedPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.includes('*') ? phone : maskPhone(phone.replace(/[\s-]/g, ''));
}

function complaintColumns(row: GovernedRow, id: string, context: IngestContext) {
  const v = row.values;
  const receivedAt = v.receivedAt as string;
  return {
    id, source_dept: context.sourceDept, no: v.no, kind: v.kind, channel: v.channel, received_at: receivedAt,
    complainant_name: v.complainantName ?? null, complainant_phone: storedPhone(v.complainantPhone as string | null), query_code_hash: null,
    target_name: v.targetName, target_cert_no: v.targetCertNo ?? null, subject_id: row.links.subjectId ?? null, territory: v.territory,
    service_type: v.serviceType ?? null, service_name: v.serviceName ?? null, dispute_date: v.disputeDate ?? null, detail: v.detail,
    item_code: v.itemCode ?? null, assigned_org: row.links.assignedOrg, status: v.status ?? ComplaintStatus.accepted,
    due_at: v.dueAt ?? defaultDueAt(new Date(receivedAt)), closed_at: v.closedAt ?? null, result: v.result ?? null, satisfaction: v.satisfaction ?? null,
  };
}

/** checkComplaintState of the library, its problems as violations (`COMPLAINT_<code>`). */
function judgeState(row: GovernedRow): void {
  const v = row.values;
  const problems = new Problems();
  checkComplaintState(
    {
      status: (v.status as ComplaintStatus | null) ?? ComplaintStatus.accepted, receivedAt: new Date(v.receivedAt as string), dueAt: v.dueAt as string | null,
      disputeDate: v.disputeDate as string | null, closedAt: v.closedAt as string | null, result: v.result as string | null, satisfaction: v.satisfaction as number | null,
    },
    problems,
  );
  for (const p of problems.list) {
    // Date order is judged by the rule set already (same message would appear twice).
    if (p.code === 'DATE_ORDER') continue;
    row.violations.push({ rule: `COMPLAINT_${p.code}`, field: p.field, severity: 'error', message: p.message, value: v[p.field] === null || v[p.field] === undefined ? null : String(v[p.field]) });
  }
}

/** The `regItem` references of the chunk: one query. */
async function checkItemCodes(db: ChunkDb, rows: GovernedRow[], references: Map<GovernedRow, ReferenceCheck[]>): Promise<void> {
  const checks = rows.flatMap((row) => (references.get(row) ?? []).filter((c) => c.target === 'regItem').map((check) => ({ row, check })));
  if (!checks.length) return;
  const values = [...new Set(checks.map(({ check }) => String(check.value)))];
  const { rows: found } = await db.query<{ v: string }>(`select item_code as v from catalog.reg_item where item_code = any($1) and is_current and data_status = 'normal'`, [values]);
  const existing = new Set(found.map((r) => r.v));
  for (const { row, check } of checks) {
    if (!existing.has(String(check.value))) {
      row.violations.push({ rule: check.rule.code, field: check.field, severity: check.rule.severity, message: `${check.rule.description}：${String(check.value)}`, value: String(check.value) });
    }
  }
}

/** The subject complained about, by its certificate number (one query). */
async function linkTargets(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const certs = [...new Set(rows.map((r) => r.values.targetCertNo as string | null).filter((c): c is string => !!c))];
  if (!certs.length) return;
  const { rows: subjects } = await db.query<{ id: string; cert_no: string }>(`select id, cert_no from subjects.subject where cert_no = any($1)`, [certs]);
  const byCert = new Map(subjects.map((s) => [s.cert_no, s.id]));
  for (const row of rows) {
    const id = byCert.get(row.values.targetCertNo as string);
    if (id) row.links.subjectId = id;
  }
}
