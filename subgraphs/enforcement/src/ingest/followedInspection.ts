import type { ChunkDb, GovernedRow, ReferenceCheck } from '@hub/governance';

/** What a penalty, coercion or other action copies from the inspection it follows (as the seed does). */
export interface FollowedInspection {
  id: string;
  item_code: string;
  subject_id: string | null;
  party_name: string;
  party_cert_type: string;
  party_cert_no: string;
  ad_code: string;
  org_name: string;
  org_code: string;
}

const FIELD = 'inspectionActionCode';

/** The reference checks of a chunk without the `inspection` target (resolved here per organ, not by code alone). */
export function withoutInspectionChecks(references: Map<GovernedRow, ReferenceCheck[]>): Map<GovernedRow, ReferenceCheck[]> {
  const rest = new Map<GovernedRow, ReferenceCheck[]>();
  for (const [row, checks] of references) rest.set(row, checks.filter((c) => c.target !== 'inspection'));
  return rest;
}

/**
 * 检查行为编号 → the inspection of the same 实施机构, one query per chunk; `links.inspection` is set on the
 * rows that name one. A row naming an unknown inspection breaks the record type's reference rule (or, when
 * the rule set no longer has one and the inspection is mandatory, `<PREFIX>_INSPECTION_ACTION_CODE_EXISTS`).
 * The party of the record must be the inspection's: a different 行政相对人编码 is `<PREFIX>_PARTY_MISMATCH`.
 */
export async function linkFollowedInspections(
  db: ChunkDb,
  rows: GovernedRow[],
  references: Map<GovernedRow, ReferenceCheck[]>,
  prefix: string,
  mandatory: boolean,
): Promise<void> {
  const orgs: string[] = [];
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const org = row.values.orgCode as string | null;
    const code = row.values[FIELD] as string | null;
    if (!org || !code || seen.has(`${org}\u0000${code}`)) continue;
    seen.add(`${org}\u0000${code}`);
    orgs.push(org);
    codes.push(code);
  }
  const { rows: found } = codes.length
    ? await db.query<FollowedInspection & { action_code: string }>(
      `select id, action_code, item_code, subject_id, party_name, party_cert_type, party_cert_no, ad_code, org_name, org_code
       from enforcement.inspection
       where (org_code, action_code) in (select * from unnest($1::text[], $2::text[])) and data_status = 'normal'`,
      [orgs, codes],
    )
    : { rows: [] as (FollowedInspection & { action_code: string })[] };
  const byKey = new Map(found.map(({ action_code, ...inspection }) => [`${inspection.org_code}\u0000${action_code}`, inspection as FollowedInspection]));
  for (const row of rows) {
    const org = row.values.orgCode as string | null;
    const code = row.values[FIELD] as string | null;
    if (!code) continue; // required (or optional) is judged by the rules
    const inspection = org ? byKey.get(`${org}\u0000${code}`) : undefined;
    if (!inspection) {
      const check = references.get(row)?.find((c) => c.target === 'inspection');
      if (check) {
        row.violations.push({ rule: check.rule.code, field: FIELD, severity: check.rule.severity, message: `${check.rule.description}：${code}`, value: code });
      } else if (mandatory) {
        row.violations.push({ rule: `${prefix}_INSPECTION_ACTION_CODE_EXISTS`, field: FIELD, severity: 'error', message: `检查行为编号对应的行政检查不存在：${code}`, value: code });
      }
      continue;
    }
    const party = row.values.partyCertNo as string | null;
    if (party && party !== inspection.party_cert_no) {
      row.violations.push({
        rule: `${prefix}_PARTY_MISMATCH`, field: 'partyCertNo', severity: 'error',
        message: `行政相对人编码与所依据的行政检查（${code}）的行政相对人不一致`, value: party,
      });
      continue;
    }
    row.links.inspection = inspection;
  }
}
