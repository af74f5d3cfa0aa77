import type { ChunkDb, GovernedRow, IngestContext, RecordIngest, ReferenceCheck } from '@hub/governance';
import { lawArticleResolver, LawArticleResolver } from '@hub/city';
import { COERCION_RULES, DEFAULT_CODE_TABLES, OTHER_ACTION_RULES, PENALTY_RULES, softDeleteRecords, upsertRecords, uuidv7 } from '@hub/governance';
import { coercionSpec, otherActionSpec, penaltySpec } from './behaviourSpecs';
import { FollowedInspection, linkFollowedInspections, withoutInspectionChecks } from './followedInspection';
import { checkReferences, linkSubjects, requireOwnOrgan } from './references';

/**
 * Writes the rows in one statement by natural key: new records inserted, changed ones updated in place,
 * unchanged ones (duplicates) left out. Returns row number → id of the rows stored.
 */
function storeRows(db: ChunkDb, table: string, columns: string[], key: string[], rows: GovernedRow[], build: (row: GovernedRow, id: string) => Record<string, unknown>): Promise<Map<number, string>> {
  return upsertRecords(db, { table: `enforcement.${table}`, columns, key }, rows.map((row) => ({ row, values: build(row, uuidv7()) })));
}

/** 删除: a department deletes what its own organs did, by natural key. */
const ORGAN = { column: 'org_code', of: 'organ' } as const;
const ACTION_KEY: [string, string][] = [['org_code', 'orgCode'], ['action_code', 'actionCode']];

/** Organ check, the other references (item code …), then the inspection the record follows. */
async function resolveFollowing(db: ChunkDb, rows: GovernedRow[], references: Map<GovernedRow, ReferenceCheck[]>, context: IngestContext, prefix: string, mandatory: boolean) {
  requireOwnOrgan(rows, context);
  await checkReferences(db, rows, withoutInspectionChecks(references));
  await linkFollowedInspections(db, rows.filter((r) => !r.violations.some((v) => v.severity === 'error')), references, prefix, mandatory);
}

/** Party, region and organisation as the inspection has them (the seed's `copied`). */
const copied = (i: FollowedInspection) => ({
  subject_id: i.subject_id, party_name: i.party_name, party_cert_no: i.party_cert_no, ad_code: i.ad_code, org_name: i.org_name, org_code: i.org_code,
});

const isSet = (v: unknown) => v !== null && v !== undefined && v !== '';
const amount = (v: unknown) => (isSet(v) ? Number(v) : null);

/** Embedded parts from their flat (dotted) fields: null when none of them is given. */
function part(v: Record<string, unknown>, prefix: string, keys: string[]): Record<string, unknown> | null {
  const entries = keys.map((k) => [k, v[`${prefix}.${k}`] ?? null] as const);
  return entries.some(([, x]) => isSet(x)) ? Object.fromEntries(entries) : null;
}

const PENALTY_COLUMNS = [
  'id', 'source_dept', 'inspection_id', 'case_no', 'action_name', 'case_source', 'illegal_facts', 'basis', 'basis_article_ids', 'procedure', 'hearing', 'filed_at', 'criminal',
  'major', 'legal_review', 'collective', 'decision_no', 'decision_date', 'penalty_types', 'fine_yuan', 'confiscated_yuan', 'licence_revoked', 'result_text',
  'reconsideration', 'litigation', 'closing', 'transferred_at', 'reported_at', 'subject_id', 'party_name', 'party_cert_no', 'ad_code', 'org_name', 'org_code',
];

/**
 * 处罚依据 as article ids: every reference of the text (`《食品安全法》第一百二十四条第一款` …) that names an
 * article of a current law. One that does not stays in the text only, and the row is stored with a warning
 * (PENALTY_BASIS_UNRESOLVED, kept as the record's flag) naming the reference as written.
 */
function basisArticleIds(row: GovernedRow, laws: LawArticleResolver): string[] {
  const basis = typeof row.values.basis === 'string' ? row.values.basis : '';
  const { articleIds, unresolved } = laws.resolve(basis);
  row.violations = row.violations.filter((v) => v.rule !== 'PENALTY_BASIS_UNRESOLVED'); // a row stored again is judged again
  for (const ref of unresolved) {
    const written = basis.slice(ref.index, ref.index + ref.length);
    row.violations.push({
      rule: 'PENALTY_BASIS_UNRESOLVED', field: 'basis', severity: 'warning', value: written,
      message: `处罚依据“${written}”未能对应到现行法律法规的条文（《${ref.law}》${ref.article}），仅保留依据原文`,
    });
  }
  return articleIds;
}

function penaltyColumns(row: GovernedRow, id: string, context: IngestContext, laws: LawArticleResolver) {
  const v = row.values;
  const legal = part(v, 'legalReview', ['done', 'date', 'opinion']);
  const collective = part(v, 'collective', ['done', 'date', 'conclusion']);
  const licence = part(v, 'licenceRevoked', ['name', 'no']);
  const closing = part(v, 'closing', ['mode', 'result', 'paidYuan', 'date']);
  // 结案—不予行政处罚 is required on every row; with nothing else of the closing it only says "not closed yet" (no closing).
  const noPenalty = v['closing.noPenalty'] === true;
  return {
    id, source_dept: context.sourceDept, inspection_id: (row.links.inspection as FollowedInspection).id, case_no: v.caseNo ?? null, action_name: v.actionName,
    case_source: v.caseSource, illegal_facts: v.illegalFacts, basis: v.basis, basis_article_ids: basisArticleIds(row, laws), procedure: v.procedure, hearing: v.hearing, filed_at: v.filedAt ?? null,
    criminal: v.criminal, major: v.major ?? false,
    legal_review: legal ? { ...legal, done: legal.done ?? true } : null,
    collective: collective ? { ...collective, done: collective.done ?? true } : null,
    decision_no: v.decisionNo, decision_date: v.decisionDate, penalty_types: v.penaltyTypes, fine_yuan: v.fineYuan ?? null, confiscated_yuan: v.confiscatedYuan ?? null,
    licence_revoked: licence ? { name: licence.name ?? '', no: licence.no ?? '' } : null,
    result_text: v.resultText, reconsideration: v.reconsideration, litigation: v.litigation,
    closing: closing || noPenalty ? { mode: closing?.mode ?? null, result: closing?.result ?? null, paidYuan: amount(closing?.paidYuan), noPenalty, date: closing?.date ?? null } : null,
    transferred_at: v.transferredAt ?? null, reported_at: v.reportedAt ?? new Date().toISOString(),
    ...copied(row.links.inspection as FollowedInspection),
  };
}

/** 行政处罚 through the governance pipeline; idempotent on 处罚文书号 (`penalty_decision_no_unique`). */
export const penaltyIngest: RecordIngest = {
  spec: penaltySpec,
  defaultRules: PENALTY_RULES,
  codeTables: DEFAULT_CODE_TABLES,
  resolve: (db, rows, references, context) => resolveFollowing(db, rows, references, context, 'PENALTY', true),
  store: (db, rows, context) => {
    const laws = lawArticleResolver();
    return storeRows(db, 'penalty', PENALTY_COLUMNS, ['decision_no'], rows, (row, id) => penaltyColumns(row, id, context, laws));
  },
  remove: (db, rows, context) => softDeleteRecords(db, { table: 'enforcement.penalty', key: [['decision_no', 'decisionNo']], owner: ORGAN }, rows, context),
};

const COERCION_COLUMNS = [
  'id', 'source_dept', 'inspection_id', 'action_code', 'action_name', 'decision_no', 'kind', 'measure_type', 'exec_type', 'basis', 'facts', 'result',
  'start', 'extension', 'end', 'reported_at', 'item_code', 'subject_id', 'party_name', 'party_cert_no', 'ad_code', 'org_name', 'org_code',
];

/** 行政强制 through the governance pipeline; idempotent on (实施机构编码, 强制行为编号). */
export const coercionIngest: RecordIngest = {
  spec: coercionSpec,
  defaultRules: COERCION_RULES,
  codeTables: DEFAULT_CODE_TABLES,
  resolve: (db, rows, references, context) => resolveFollowing(db, rows, references, context, 'COERCION', true),
  remove: (db, rows, context) => softDeleteRecords(db, { table: 'enforcement.coercion', key: ACTION_KEY, owner: ORGAN }, rows, context),
  store: (db, rows, context) =>
    storeRows(db, 'coercion', COERCION_COLUMNS, ['org_code', 'action_code'], rows, (row, id) => {
      const v = row.values;
      const inspection = row.links.inspection as FollowedInspection;
      return {
        id, source_dept: context.sourceDept, inspection_id: inspection.id, action_code: v.actionCode, action_name: v.actionName, decision_no: v.decisionNo,
        kind: v.kind, measure_type: v.measureType ?? null, exec_type: v.execType ?? null, basis: v.basis, facts: v.facts, result: v.result ?? null,
        start: v.start, extension: v.extension ?? null, end: v.end ?? null, reported_at: v.reportedAt ?? new Date().toISOString(),
        item_code: inspection.item_code, ...copied(inspection),
      };
    }),
};

const OTHER_ACTION_COLUMNS = [
  'id', 'source_dept', 'inspection_id', 'action_code', 'action_name', 'item_code', 'source', 'measure', 'closing', 'start', 'end', 'reported_at',
  'subject_id', 'party_name', 'party_cert_type', 'party_cert_no', 'ad_code', 'org_name', 'org_code',
];

/**
 * 其他监管行为 through the governance pipeline; idempotent on (实施机构编码, 行为编号). Following an
 * inspection it copies the inspection's party, item and region; on its own it takes the row's and links the
 * subject by 行政相对人编码.
 */
export const otherActionIngest: RecordIngest = {
  spec: otherActionSpec,
  defaultRules: OTHER_ACTION_RULES,
  codeTables: DEFAULT_CODE_TABLES,
  async resolve(db, rows, references, context) {
    await resolveFollowing(db, rows, references, context, 'OTHER_ACTION', false);
    await linkSubjects(db, rows.filter((r) => !r.links.inspection && !r.violations.some((v) => v.severity === 'error')));
  },
  remove: (db, rows, context) => softDeleteRecords(db, { table: 'enforcement.other_action', key: ACTION_KEY, owner: ORGAN }, rows, context),
  store: (db, rows, context) =>
    storeRows(db, 'other_action', OTHER_ACTION_COLUMNS, ['org_code', 'action_code'], rows, (row, id) => {
      const v = row.values;
      const inspection = row.links.inspection as FollowedInspection | undefined;
      const own = {
        subject_id: row.links.subjectId ?? null, party_name: v.partyName, party_cert_no: v.partyCertNo, ad_code: v.adCode, org_name: v.orgName, org_code: v.orgCode,
      };
      return {
        id, source_dept: context.sourceDept, inspection_id: inspection?.id ?? null, action_code: v.actionCode, action_name: v.actionName,
        item_code: inspection?.item_code ?? v.itemCode, source: v.source ?? null, measure: v.measure ?? null, closing: v.closing ?? null,
        start: v.start, end: v.end ?? null, reported_at: v.reportedAt ?? new Date().toISOString(),
        party_cert_type: inspection?.party_cert_type ?? v.partyCertType, ...(inspection ? copied(inspection) : own),
      };
    }),
};
