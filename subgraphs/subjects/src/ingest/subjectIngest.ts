import type { ChunkDb, GovernedRow, IngestContext, RecordIngest, Violation } from '@hub/governance';
import { DEFAULT_CODE_TABLES, SUBJECT_RULES, uuidv7 } from '@hub/governance';
import { referenceTables } from '@hub/runtime';
import { subjectSpec } from './subjectSpec';

/**
 * 监管对象 through the governance pipeline. A subject is known by its certificate number (USCC or citizen
 * ID): a row whose certNo is registered already is merged into that subject, not dropped.
 *
 * Survivor rules of a merge (stored subject ← incoming row):
 *
 * | field                                        | rule                                                                 |
 * |----------------------------------------------|----------------------------------------------------------------------|
 * | id, created_at, source_dept                  | the stored subject's, always (other libraries link by id)            |
 * | certNo, certType, kind                       | never change; a different incoming kind/type is kept as a warning    |
 * | name, adCode, regAddress, bizAddress,        | incoming non-empty value wins (the newer delivery); an empty cell     |
 * |   industryCode                               |   keeps the stored value (empty never erases)                         |
 * | legalPerson.* (entType, legalRep, regStatus, | per key, the same: non-empty incoming wins, empty keeps stored; keys |
 * |   capital, estDate, regAuthority)            |   the file does not carry (legalRepCertNo, orgCode…) are kept         |
 * | naturalPerson.qualification                  | as above                                                             |
 * | equipment, product, place, project, tags     | kept (not delivered by file)                                         |
 * | version, updated_at                          | version + 1 and now() when anything changed                          |
 *
 * Counting: a merge that changes the subject is **stored** (its row maps to the subject's id); a row
 * that changes nothing (same facts, or only empty cells) is a **duplicate**. Within one chunk the
 * pipeline keeps the first row of a certNo and counts later ones as duplicates; across chunks and
 * deliveries the later row merges into the earlier, as above.
 * Subjects name no organ: there is no department check; `adCode` must be a current GB/T 2260 code.
 */
export const subjectIngest: RecordIngest = {
  spec: subjectSpec,
  defaultRules: SUBJECT_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows) {
    const certs = [...new Set(rows.map((r) => r.values.certNo as string))];
    const { rows: found } = certs.length
      ? await db.query<StoredSubject>(
        `select id, version, kind, cert_type, cert_no, name, ad_code, reg_address, biz_address, industry_code, legal_person, natural_person
         from subjects.subject where cert_no = any($1) for update`,
        [certs],
      )
      : { rows: [] as StoredSubject[] };
    const byCert = new Map(found.map((s) => [s.cert_no, s]));
    for (const row of rows) {
      const stored = byCert.get(row.values.certNo as string);
      if (stored) row.links.stored = stored;
      row.violations.push(...subjectViolations(row, stored));
    }
  },

  async store(db, rows, context) {
    const stored = new Map<number, string>();
    const inserts: { row: GovernedRow; id: string }[] = [];
    const updates: { row: GovernedRow; columns: SubjectColumns }[] = [];
    for (const row of rows) {
      const existing = row.links.stored as StoredSubject | undefined;
      if (!existing) {
        inserts.push({ row, id: uuidv7() });
        continue;
      }
      const merged = mergeSubject(existing, incomingOf(row));
      if (merged) updates.push({ row, columns: merged });
    }
    if (inserts.length) {
      const json = inserts.map(({ row, id }) => ({ id, source_dept: context.sourceDept, ...newSubjectColumns(incomingOf(row)) }));
      // A certNo registered meanwhile by someone else is a duplicate (stores nothing), never an error.
      const { rows: inserted } = await db.query<{ id: string }>(
        `insert into subjects.subject (${INSERT_COLUMNS.join(', ')})
         select ${INSERT_COLUMNS.join(', ')} from json_populate_recordset(null::subjects.subject, $1::json)
         on conflict (cert_no) do nothing returning id`,
        [JSON.stringify(json)],
      );
      const ids = new Set(inserted.map((r) => r.id));
      for (const { row, id } of inserts) {
        if (!ids.has(id)) continue;
        stored.set(row.rowNumber, id);
        row.outcome = 'inserted';
      }
    }
    if (updates.length) {
      const json = updates.map(({ columns }) => columns);
      const { rows: updated } = await db.query<{ id: string }>(
        `update subjects.subject s set ${MERGED_COLUMNS.map((c) => `${c} = j.${c}`).join(', ')}, version = s.version + 1, updated_at = now()
         from json_populate_recordset(null::subjects.subject, $1::json) j where s.id = j.id returning s.id`,
        [JSON.stringify(json)],
      );
      const ids = new Set(updated.map((r) => r.id));
      for (const { row, columns } of updates) {
        if (!ids.has(columns.id)) continue;
        stored.set(row.rowNumber, columns.id);
        row.outcome = 'updated';
      }
    }
    return stored;
  },
};

export interface StoredSubject {
  id: string;
  version: number;
  kind: string;
  cert_type: string;
  cert_no: string;
  name: string;
  ad_code: string;
  reg_address: string | null;
  biz_address: string | null;
  industry_code: string | null;
  legal_person: Record<string, unknown> | null;
  natural_person: Record<string, unknown> | null;
}

/** What a row says about a subject, in column form; null = the cell was empty. */
export interface IncomingSubject {
  kind: string;
  cert_type: string;
  cert_no: string;
  name: string | null;
  ad_code: string | null;
  reg_address: string | null;
  biz_address: string | null;
  industry_code: string | null;
  legal_person: Record<string, unknown>;
  natural_person: Record<string, unknown>;
}

type SubjectColumns = Pick<StoredSubject, 'id' | 'name' | 'ad_code' | 'reg_address' | 'biz_address' | 'industry_code' | 'legal_person' | 'natural_person'>;

const INSERT_COLUMNS = ['id', 'source_dept', 'kind', 'name', 'cert_type', 'cert_no', 'ad_code', 'reg_address', 'biz_address', 'industry_code', 'legal_person', 'natural_person'];
const MERGED_COLUMNS = ['name', 'ad_code', 'reg_address', 'biz_address', 'industry_code', 'legal_person', 'natural_person'] as const;

/** The flat 法人信息 columns of the spec, by key of the `legal_person` JSON. */
const LEGAL_KEYS = ['entType', 'legalRep', 'regStatus', 'capital', 'estDate', 'regAuthority'] as const;
/** 法人信息 the library requires (LegalPersonInfo: NotBlank). */
const LEGAL_REQUIRED: Record<string, string> = { entType: '企业类型', legalRep: '法定代表人', regStatus: '登记状态' };
const LEGAL_EMPTY = { entType: null, legalRep: null, legalRepCertType: null, legalRepCertNo: null, regNo: null, orgCode: null, estDate: null, regStatus: null, regAuthority: null, capital: null };

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

export function incomingOf(row: GovernedRow): IncomingSubject {
  const v = row.values;
  const legal: Record<string, unknown> = {};
  for (const key of LEGAL_KEYS) {
    const value = v[`legalPerson.${key}`];
    if (!isEmpty(value)) legal[key] = key === 'capital' ? Number(value) : value;
  }
  const natural: Record<string, unknown> = {};
  if (!isEmpty(v['naturalPerson.qualification'])) natural.qualification = v['naturalPerson.qualification'];
  return {
    kind: v.kind as string, cert_type: v.certType as string, cert_no: v.certNo as string,
    name: (v.name as string) ?? null, ad_code: (v.adCode as string) ?? null, reg_address: (v.regAddress as string) ?? null,
    biz_address: (v.bizAddress as string) ?? null, industry_code: (v.industryCode as string) ?? null, legal_person: legal, natural_person: natural,
  };
}

function newSubjectColumns(s: IncomingSubject) {
  return {
    kind: s.kind, name: s.name, cert_type: s.cert_type, cert_no: s.cert_no, ad_code: s.ad_code, reg_address: s.reg_address,
    biz_address: s.biz_address, industry_code: s.industry_code,
    legal_person: s.kind === 'legal' ? { ...LEGAL_EMPTY, ...s.legal_person } : null,
    natural_person: s.kind === 'natural' ? { qualification: null, ...s.natural_person } : null,
  };
}

/**
 * The survivor rules (table above): the stored subject with the row merged in, or null when the row
 * changes nothing. `kind` and `certType` are the stored ones; detail blocks merge key by key.
 */
export function mergeSubject(stored: StoredSubject, incoming: IncomingSubject): SubjectColumns | null {
  const pick = <T>(newer: T | null, older: T | null): T | null => (isEmpty(newer) ? older : newer);
  const mergeJson = (older: Record<string, unknown> | null, newer: Record<string, unknown>, base: Record<string, unknown>) => {
    if (!older && !Object.keys(newer).length) return older;
    const out: Record<string, unknown> = { ...base, ...(older ?? {}) };
    for (const [k, v] of Object.entries(newer)) if (!isEmpty(v)) out[k] = v;
    return out;
  };
  const merged: SubjectColumns = {
    id: stored.id,
    name: pick(incoming.name, stored.name)!,
    ad_code: pick(incoming.ad_code, stored.ad_code)!,
    reg_address: pick(incoming.reg_address, stored.reg_address),
    biz_address: pick(incoming.biz_address, stored.biz_address),
    industry_code: pick(incoming.industry_code, stored.industry_code),
    legal_person: stored.kind === 'legal' ? mergeJson(stored.legal_person, incoming.legal_person, LEGAL_EMPTY) : stored.legal_person,
    natural_person: stored.kind === 'natural' ? mergeJson(stored.natural_person, incoming.natural_person, { qualification: null }) : stored.natural_person,
  };
  const same = MERGED_COLUMNS.every((c) => sameValue(merged[c], stored[c]));
  return same ? null : merged;
}

/** Equality of column values; JSON objects compare key by key (missing = null). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return [...new Set([...Object.keys(ra), ...Object.keys(rb)])].every((k) => sameValue(ra[k] ?? null, rb[k] ?? null));
  }
  return (a ?? null) === (b ?? null);
}

/** The library's cross-field rules (rules/subjectRules.ts, LegalPersonInfo) for a row, new or merged. */
function subjectViolations(row: GovernedRow, stored: StoredSubject | undefined): Violation[] {
  const v = row.values;
  const out: Violation[] = [];
  const add = (rule: string, field: string, severity: 'error' | 'warning', message: string, value: unknown) =>
    out.push({ rule, field, severity, message, value: isEmpty(value) ? null : String(value) });
  const industry = v.industryCode as string | null;
  if (industry && /^[A-T](\d{2,4})?$/.test(industry) && !referenceTables().industries.isValid(industry)) {
    add('SUBJECT_INDUSTRY_CODE_CODE', 'industryCode', 'error', '国民经济行业分类代码不在 GB/T 4754 中', industry);
  }
  if (stored) {
    if (stored.kind !== v.kind) add('SUBJECT_KIND_KEPT', 'kind', 'warning', `监管对象类别不随导入改变，仍为已登记的${stored.kind}`, v.kind);
    if (stored.cert_type !== v.certType) add('SUBJECT_CERT_TYPE_KEPT', 'certType', 'warning', `证件类型不随导入改变，仍为已登记的${stored.cert_type}`, v.certType);
  }
  const kind = stored?.kind ?? (v.kind as string);
  const certType = stored?.cert_type ?? (v.certType as string);
  if (!stored) {
    if (isEmpty(v.name)) add('SUBJECT_NAME_REQUIRED', 'name', 'error', '名称不能为空', null);
    if (isEmpty(v.adCode)) add('SUBJECT_AD_CODE_REQUIRED', 'adCode', 'error', '行政区划代码不能为空', null);
    if (kind === 'legal' && certType !== '001') add('SUBJECT_CERT_TYPE_MISMATCH', 'certType', 'error', '法人类监管对象的证件类型应为001（统一社会信用代码）', certType);
    if (kind === 'natural' && certType === '001') add('SUBJECT_CERT_TYPE_MISMATCH', 'certType', 'error', '特定自然人的证件类型不能为统一社会信用代码', certType);
    if (kind !== 'legal' && kind !== 'natural') {
      add('SUBJECT_DETAILS_REQUIRED', 'kind', 'error', '特种设备、特定产品、场地场所、项目工程须在线登记其详细信息后方可通过文件更新', v.kind);
    }
  }
  if (kind === 'legal') {
    for (const [key, label] of Object.entries(LEGAL_REQUIRED)) {
      if (isEmpty(v[`legalPerson.${key}`]) && isEmpty(stored?.legal_person?.[key])) {
        add('SUBJECT_LEGAL_PERSON_REQUIRED', `legalPerson.${key}`, 'error', `法人类监管对象的${label}不能为空`, null);
      }
    }
  } else if (LEGAL_KEYS.some((key) => !isEmpty(v[`legalPerson.${key}`]))) {
    add('SUBJECT_DETAILS_IGNORED', 'kind', 'warning', '非法人类监管对象的法人信息（企业类型、法定代表人等）未导入', kind);
  }
  return out;
}
