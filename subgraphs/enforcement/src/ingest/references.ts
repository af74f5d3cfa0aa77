import type { ChunkDb, GovernedRow, IngestContext, ReferenceCheck } from '@hub/governance';

/**
 * Reference checks and links that behaviour records share. Governance reads the other libraries' tables
 * directly here (read-only, one query per target per chunk): a bulk import of a million rows cannot ask the
 * graph row by row, and all libraries live in one database.
 */
const TARGETS: Record<string, (db: ChunkDb, values: string[]) => Promise<Set<string>>> = {
  regItem: async (db, values) =>
    new Set((await db.query<{ v: string }>(`select item_code as v from catalog.reg_item where item_code = any($1) and is_current and data_status = 'normal'`, [values])).rows.map((r) => r.v)),
  implList: async (db, values) =>
    new Set((await db.query<{ v: string }>(`select code as v from catalog.check_impl_list where code = any($1) and is_current and data_status = 'normal'`, [values])).rows.map((r) => r.v)),
  inspection: async (db, values) =>
    new Set((await db.query<{ v: string }>(`select action_code as v from enforcement.inspection where action_code = any($1)`, [values])).rows.map((r) => r.v)),
};

/** Each `reference` rule of the chunk: one query per target; a missing value is a violation of that rule. */
export async function checkReferences(db: ChunkDb, rows: GovernedRow[], references: Map<GovernedRow, ReferenceCheck[]>): Promise<void> {
  const byTarget = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const check of references.get(row) ?? []) {
      if (check.value === null || check.value === undefined || check.value === '') continue;
      if (!TARGETS[check.target]) continue; // targets this library resolves itself (e.g. enforcerCert)
      let values = byTarget.get(check.target);
      if (!values) byTarget.set(check.target, (values = new Set()));
      values.add(String(check.value));
    }
  }
  const existing = new Map<string, Set<string>>();
  for (const [target, values] of byTarget) existing.set(target, await TARGETS[target](db, [...values]));
  for (const row of rows) {
    for (const check of references.get(row) ?? []) {
      const found = existing.get(check.target);
      if (!found || check.value === null || check.value === undefined || check.value === '') continue;
      if (!found.has(String(check.value))) {
        row.violations.push({ rule: check.rule.code, field: check.field, severity: check.rule.severity, message: `${check.rule.description}：${String(check.value)}`, value: String(check.value) });
      }
    }
  }
}

/** Auto-association: the subject by its certificate number; its addresses fill what the row left empty. */
export async function linkSubjects(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const certs = [...new Set(rows.map((r) => r.values.partyCertNo as string | null).filter((c): c is string => !!c))];
  if (!certs.length) return;
  const { rows: subjects } = await db.query<{ id: string; cert_no: string; reg_address: string | null; biz_address: string | null }>(
    `select id, cert_no, reg_address, biz_address from subjects.subject where cert_no = any($1)`,
    [certs],
  );
  const byCert = new Map(subjects.map((s) => [s.cert_no, s]));
  for (const row of rows) {
    const subject = byCert.get(row.values.partyCertNo as string);
    if (!subject) continue;
    row.links.subjectId = subject.id;
    row.links.regAddress = subject.reg_address;
    row.links.bizAddress = subject.biz_address;
  }
}

/** A department delivers only what its own organs did. */
export function requireOwnOrgan(rows: GovernedRow[], context: IngestContext): void {
  const own = new Set(context.orgs);
  for (const row of rows) {
    const org = row.values.orgCode as string | null;
    if (org && !own.has(org)) {
      row.violations.push({ rule: 'ORG_NOT_OF_DEPARTMENT', field: 'orgCode', severity: 'error', message: `实施机构编码 ${org} 不属于报送部门（${context.deptCode}）`, value: org });
    }
  }
}

const empty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * 自动关联 for behaviour records, before the rules: a row that names its subject by certificate number gets
 * the subject's name, addresses and division where it left them empty; one that names its organ gets the
 * organ's name; one that names its item gets the item's name as 行为名称. One query per target per chunk.
 */
export async function prefillBehaviour(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const certs = [...new Set(rows.map((r) => r.values.partyCertNo).filter((c): c is string => typeof c === 'string' && c !== ''))];
  const orgs = [...new Set(rows.filter((r) => empty(r.values.orgName)).map((r) => r.values.orgCode).filter((c): c is string => typeof c === 'string' && c !== ''))];
  const items = [...new Set(rows.filter((r) => empty(r.values.actionName)).map((r) => r.values.itemCode).filter((c): c is string => typeof c === 'string' && c !== ''))];
  const [subjects, organs, regItems] = await Promise.all([
    certs.length ? db.query<{ cert_no: string; name: string; reg_address: string | null; biz_address: string | null; ad_code: string }>(`select cert_no, name, reg_address, biz_address, ad_code from subjects.subject where cert_no = any($1)`, [certs]) : { rows: [] },
    orgs.length ? db.query<{ uscc: string; name: string }>(`select uscc, name from identity.organ where uscc = any($1)`, [orgs]) : { rows: [] },
    items.length ? db.query<{ item_code: string; name: string }>(`select item_code, name from catalog.reg_item where item_code = any($1) and is_current`, [items]) : { rows: [] },
  ]);
  const subjectOf = new Map(subjects.rows.map((s) => [s.cert_no, s]));
  const organOf = new Map(organs.rows.map((o) => [o.uscc, o.name]));
  const itemOf = new Map(regItems.rows.map((i) => [i.item_code, i.name]));
  for (const row of rows) {
    const v = row.values;
    const subject = subjectOf.get(v.partyCertNo as string);
    if (subject) {
      if (empty(v.partyName)) v.partyName = subject.name;
      if (empty(v.regAddress)) v.regAddress = subject.reg_address;
      if (empty(v.bizAddress)) v.bizAddress = subject.biz_address;
      if (empty(v.adCode)) v.adCode = subject.ad_code;
    }
    if (empty(v.orgName) && organOf.has(v.orgCode as string)) v.orgName = organOf.get(v.orgCode as string);
    if (empty(v.actionName) && itemOf.has(v.itemCode as string)) v.actionName = itemOf.get(v.itemCode as string);
  }
}
