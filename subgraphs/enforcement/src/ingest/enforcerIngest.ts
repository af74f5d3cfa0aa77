import type { GovernedRow, IngestContext, RecordIngest } from '@hub/governance';
import { DEFAULT_CODE_TABLES, ENFORCER_RULES, softDeleteRecords, upsertRecords, uuidv7 } from '@hub/governance';
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

  remove: (db, rows, context) => softDeleteRecords(db, { table: 'enforcement.enforcer', key: [['cert_no', 'certNo']], owner: { column: 'org_uscc', of: 'organ' } }, rows, context),
  store: (db, rows, context) =>
    upsertRecords(db, { table: 'enforcement.enforcer', columns: COLUMNS, key: ['cert_no'] }, rows.map((row) => ({ row, values: enforcerColumns(row, uuidv7(), context) }))),
};
