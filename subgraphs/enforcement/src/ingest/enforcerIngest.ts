import { randomUUID } from 'node:crypto';
import type { GovernedRow, IngestContext, RecordIngest } from '@hub/governance';
import { DEFAULT_CODE_TABLES, ENFORCER_RULES } from '@hub/governance';
import { hashIdNo, maskIdNo } from '../rules/mask';
import { enforcerSpec } from './behaviourSpecs';

const COLUMNS = [
  'id', 'source_dept', 'name', 'id_no_hash', 'id_no_masked', 'cert_no', 'cert_issuer', 'cert_valid_from', 'cert_valid_to', 'fields', 'org_name', 'org_uscc',
  'ad_code', 'status', 'is_expert',
];

/** A department registers only its own organs' enforcers. */
function requireOwnOrganUscc(rows: GovernedRow[], context: IngestContext): void {
  const own = new Set(context.orgs);
  for (const row of rows) {
    const org = row.values.orgUscc as string | null;
    if (org && !own.has(org)) {
      row.violations.push({ rule: 'ORG_NOT_OF_DEPARTMENT', field: 'orgUscc', severity: 'error', message: `所属执法主体 ${org} 不属于报送部门（${context.deptCode}）`, value: org });
    }
  }
}

function enforcerColumns(row: GovernedRow, id: string, context: IngestContext) {
  const v = row.values;
  const idNo = v.idNo as string;
  // The ID number itself is never stored: its hash finds the person again, the masked form is shown.
  return {
    id, source_dept: context.sourceDept, name: v.name, id_no_hash: hashIdNo(idNo), id_no_masked: maskIdNo(idNo), cert_no: v.certNo, cert_issuer: v.certIssuer,
    cert_valid_from: v.certValidFrom, cert_valid_to: v.certValidTo, fields: v.fields, org_name: v.orgName, org_uscc: v.orgUscc, ad_code: v.adCode,
    status: v.status ?? 'active', is_expert: v.isExpert ?? false,
  };
}

/** 执法人员 through the governance pipeline; idempotent on 执法证号 (`enforcer_cert_no_unique`). */
export const enforcerIngest: RecordIngest = {
  spec: enforcerSpec,
  defaultRules: ENFORCER_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(_db, rows, _references, context) {
    requireOwnOrganUscc(rows, context);
  },

  async store(db, rows, context) {
    const records = rows.map((row) => ({ row, id: randomUUID() }));
    const { rows: inserted } = await db.query<{ id: string }>(
      `insert into enforcement.enforcer (${COLUMNS.join(', ')})
       select ${COLUMNS.join(', ')} from json_populate_recordset(null::enforcement.enforcer, $1::json)
       on conflict (cert_no) do nothing returning id`,
      [JSON.stringify(records.map(({ row, id }) => enforcerColumns(row, id, context)))],
    );
    const storedIds = new Set(inserted.map((r) => r.id));
    const stored = new Map<number, string>();
    for (const { row, id } of records) if (storedIds.has(id)) stored.set(row.rowNumber, id);
    return stored;
  },
};
