import type { ChunkDb, GovernedRow, IngestContext, RecordIngest, RecordTypeSpec } from '@hub/governance';
import { CREDIT_LISTING_RULES, DEFAULT_CODE_TABLES, LICENSE_PUBLICITY_RULES, LIST_TYPE_TABLE, PENALTY_PUBLICITY_RULES, departmentName, softDeleteRecords, upsertRecords, type UpsertTable, uuidv7 } from '@hub/governance';
import { chinaToday } from '@hub/codes';
import { publicityStatusOfCode } from '../entities/creditEnums';
import { publishDeadline } from '../rules/workingDays';
import { creditListingSpec, licensePublicitySpec, penaltyPublicitySpec } from './creditSpecs';

/**
 * 信用信息库 record types through the governance pipeline. Each is stored idempotently on its natural key:
 * - 行政处罚公示: (authorityUscc, decisionNo) = penalty_publicity_authority_decision_no_unique;
 * - 行政许可公示: (authorityUscc, docNo) = license_publicity_authority_doc_no_unique (Migration20261125100000);
 * - 信用名单: (uscc, listType, listedAt) = credit_listing_uscc_type_listed_at_unique (same migration); the
 *   library's own rule (one open entry per subject and list, credit_listing_open_unique) is checked in
 *   `resolve`: a second open entry is rejected, not lost.
 * The 处罚/许可机关 must be an organ of the importing department; a listing's 列入机关 is the department.
 */

/** 删除: only what the department's own organs decided. */
const AUTHORITY = { column: 'authority_uscc', of: 'organ' } as const;

/** A department delivers only what its own organs decided. */
function requireOwnAuthority(rows: GovernedRow[], context: IngestContext): void {
  const own = new Set(context.orgs);
  for (const row of rows) {
    const uscc = row.values.authorityUscc as string | null;
    if (uscc && !own.has(uscc)) {
      row.violations.push({ rule: 'AUTHORITY_NOT_OF_DEPARTMENT', field: 'authorityUscc', severity: 'error', message: `机关统一社会信用代码 ${uscc} 不属于报送部门（${context.deptCode}）`, value: uscc });
    }
  }
}

/**
 * Stores by natural key (new inserted, changed updated in place, unchanged left out as duplicates): the
 * row numbers of what was stored, with ids.
 */
function storeRows(db: ChunkDb, table: UpsertTable, rows: GovernedRow[], build: (row: GovernedRow, id: string) => Record<string, unknown>): Promise<Map<number, string>> {
  return upsertRecords(db, table, rows.map((row) => ({ row, values: build(row, uuidv7()) })));
}

const PARTY_COLUMNS = ['party_name', 'party_category', 'uscc', 'legal_rep'];
const partyOf = (v: Record<string, unknown>) => ({ party_name: v.partyName, party_category: v.partyCategory, uscc: v.uscc ?? null, legal_rep: v.legalRep ?? null });

const PENALTY_COLUMNS = [
  'id', 'source_dept', ...PARTY_COLUMNS, 'reg_no', 'org_code', 'tax_no', 'inst_cert_no', 'social_org_no', 'legal_rep_cert_type', 'legal_rep_cert_no',
  'decision_no', 'illegal_type', 'illegal_facts', 'basis', 'penalty_category', 'content', 'fine_wan', 'confiscated_wan', 'licence_info', 'decision_date',
  'valid_until', 'public_until', 'published_at', 'publish_deadline', 'authority', 'authority_uscc', 'data_source', 'data_source_uscc', 'status', 'penalty_id', 'remark',
];

export const penaltyPublicityIngest: RecordIngest = {
  spec: penaltyPublicitySpec,
  defaultRules: PENALTY_PUBLICITY_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows, _references, context) {
    requireOwnAuthority(rows, context);
    await linkPenalties(db, rows);
  },

  remove: (db, rows, context) =>
    softDeleteRecords(db, { table: 'credit.penalty_publicity', key: [['authority_uscc', 'authorityUscc'], ['decision_no', 'decisionNo']], owner: AUTHORITY }, rows, context),

  store(db, rows, context) {
    // 公示日期 is when it was first published (timeliness is judged on it): a re-delivery keeps it.
    const table = { table: 'credit.penalty_publicity', columns: PENALTY_COLUMNS, key: ['authority_uscc', 'decision_no'], insertOnly: ['published_at', 'publish_deadline'] };
    return storeRows(db, table, rows, (row, id) => {
      const v = row.values;
      const decisionDate = v.decisionDate as string;
      return {
        id, source_dept: context.sourceDept, ...partyOf(v), reg_no: v.regNo ?? null, org_code: v.orgCode ?? null, tax_no: v.taxNo ?? null,
        inst_cert_no: v.instCertNo ?? null, social_org_no: v.socialOrgNo ?? null, legal_rep_cert_type: v.legalRepCertType ?? null, legal_rep_cert_no: v.legalRepCertNo ?? null,
        decision_no: v.decisionNo, illegal_type: v.illegalType, illegal_facts: v.illegalFacts, basis: v.basis, penalty_category: v.penaltyCategory, content: v.content,
        fine_wan: v.fineWan ?? null, confiscated_wan: v.confiscatedWan ?? null, licence_info: v.licenceInfo ?? null, decision_date: decisionDate,
        valid_until: v.validUntil ?? null, public_until: v.publicUntil, published_at: v.publishedAt ?? chinaToday(), publish_deadline: publishDeadline(decisionDate),
        authority: v.authority, authority_uscc: v.authorityUscc, data_source: v.dataSource, data_source_uscc: v.dataSourceUscc,
        status: publicityStatusOfCode((v.status as string | null) ?? '0'), penalty_id: row.links.penaltyId ?? null, remark: v.remark ?? null,
      };
    });
  },
};

/** The behaviour record a publicity publishes: same 决定书文号 and party (one query per chunk). */
async function linkPenalties(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const numbers = [...new Set(rows.map((r) => r.values.decisionNo as string))];
  if (!numbers.length) return;
  const { rows: found } = await db.query<{ id: string; decision_no: string; party_cert_no: string }>(
    `select id, decision_no, party_cert_no from enforcement.penalty where decision_no = any($1)`,
    [numbers],
  );
  const byKey = new Map(found.map((p) => [`${p.decision_no}\u0000${p.party_cert_no}`, p.id]));
  for (const row of rows) {
    const id = byKey.get(`${row.values.decisionNo}\u0000${row.values.uscc ?? ''}`);
    if (id) row.links.penaltyId = id;
  }
}

const LICENSE_COLUMNS = [
  'id', 'source_dept', ...PARTY_COLUMNS, 'doc_name', 'doc_no', 'category', 'cert_name', 'licence_no', 'content', 'decision_date', 'valid_from', 'valid_to',
  'authority', 'authority_uscc', 'status', 'data_source', 'data_source_uscc', 'remark',
];

export const licensePublicityIngest: RecordIngest = {
  spec: licensePublicitySpec,
  defaultRules: LICENSE_PUBLICITY_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(_db, rows, _references, context) {
    requireOwnAuthority(rows, context);
  },

  remove: (db, rows, context) =>
    softDeleteRecords(db, { table: 'credit.license_publicity', key: [['authority_uscc', 'authorityUscc'], ['doc_no', 'docNo']], owner: AUTHORITY }, rows, context),

  store(db, rows, context) {
    return storeRows(db, { table: 'credit.license_publicity', columns: LICENSE_COLUMNS, key: ['authority_uscc', 'doc_no'] }, rows, (row, id) => {
      const v = row.values;
      return {
        id, source_dept: context.sourceDept, ...partyOf(v), doc_name: v.docName, doc_no: v.docNo, category: v.category, cert_name: v.certName ?? null,
        licence_no: v.licenceNo ?? null, content: v.content, decision_date: v.decisionDate, valid_from: v.validFrom, valid_to: v.validTo,
        authority: v.authority, authority_uscc: v.authorityUscc, status: v.status, data_source: v.dataSource, data_source_uscc: v.dataSourceUscc ?? null, remark: v.remark ?? null,
      };
    });
  },
};

const LISTING_COLUMNS = [
  'id', 'source_dept', 'list_type', 'list_name', 'uscc', 'party_name', 'reason', 'listed_at', 'listed_by', 'basis', 'removed_at', 'removed_reason', 'removed_by', 'until',
];
const LIST_TITLES = new Map(LIST_TYPE_TABLE.values.map((v) => [v.code, v.label]));

export const creditListingIngest: RecordIngest = {
  spec: creditListingSpec,
  defaultRules: CREDIT_LISTING_RULES,
  codeTables: DEFAULT_CODE_TABLES,

  async resolve(db, rows, _references, context) {
    const deptName = await departmentName(db, context.deptCode);
    for (const row of rows) {
      const v = row.values;
      const listedBy = v.listedBy as string | null;
      if (!listedBy && !deptName) row.violations.push({ rule: 'CREDIT_LISTING_LISTED_BY_REQUIRED', field: 'listedBy', severity: 'error', message: `列入机关不能为空（报送部门 ${context.deptCode} 未登记）`, value: null });
      else if (listedBy && listedBy !== deptName) row.violations.push({ rule: 'CREDIT_LISTING_LISTED_BY_NOT_DEPARTMENT', field: 'listedBy', severity: 'error', message: `列入机关 ${listedBy} 不是报送部门（${deptName ?? context.deptCode}）`, value: listedBy });
      else row.links.listedBy = listedBy ?? deptName;
      // The library's removal rule (rules/listingRules.ts checkRemovalRules): a date, a reason, an authority.
      if (v.removedAt) {
        if (!v.removedReason) row.violations.push({ rule: 'CREDIT_LISTING_REMOVED_REASON_REQUIRED', field: 'removedReason', severity: 'error', message: '移出名单必须填写移出原因', value: null });
        if (!v.removedBy) row.violations.push({ rule: 'CREDIT_LISTING_REMOVED_BY_REQUIRED', field: 'removedBy', severity: 'error', message: '作出移出决定的机关不能为空', value: null });
      } else if (v.removedReason || v.removedBy) {
        row.violations.push({ rule: 'CREDIT_LISTING_REMOVED_AT_REQUIRED', field: 'removedAt', severity: 'error', message: '填写了移出原因或移出机关时须填写移出日期', value: null });
      }
    }
    await rejectSecondOpenEntry(db, rows.filter((r) => !r.violations.some((x) => x.severity === 'error')));
  },

  // Listings the department delivered itself.
  remove: (db, rows, context) =>
    softDeleteRecords(db, { table: 'credit.credit_listing', key: [['uscc', 'uscc'], ['list_type', 'listType'], ['listed_at', 'listedAt']], owner: { column: 'source_dept', of: 'department' } }, rows, context),

  store(db, rows, context) {
    // A re-delivered entry updates it (its 移出 most often); a second open entry was rejected in `resolve`.
    return storeRows(db, { table: 'credit.credit_listing', columns: LISTING_COLUMNS, key: ['uscc', 'list_type', 'listed_at'] }, rows, (row, id) => {
      const v = row.values;
      return {
        id, source_dept: context.sourceDept, list_type: v.listType, list_name: v.listName ?? LIST_TITLES.get(v.listType as string), uscc: v.uscc,
        party_name: v.partyName ?? null, reason: v.reason, listed_at: v.listedAt, listed_by: row.links.listedBy, basis: v.basis,
        removed_at: v.removedAt ?? null, removed_reason: v.removedReason ?? null, removed_by: v.removedBy ?? null, until: v.until ?? null,
      };
    });
  },
};

/**
 * A subject is on a list at most once at a time (credit_listing_open_unique): an open entry (no 移出日期)
 * while another open entry with another 列入日期 exists, stored or earlier in the chunk, is rejected.
 */
async function rejectSecondOpenEntry(db: ChunkDb, rows: GovernedRow[]): Promise<void> {
  const open = rows.filter((r) => !r.values.removedAt);
  if (!open.length) return;
  const { rows: found } = await db.query<{ uscc: string; list_type: string; listed_at: string }>(
    `select uscc, list_type, listed_at::text from credit.credit_listing where removed_at is null and uscc = any($1)`,
    [[...new Set(open.map((r) => r.values.uscc as string))]],
  );
  const listedAt = new Map(found.map((l) => [`${l.uscc}\u0000${l.list_type}`, l.listed_at]));
  for (const row of open) {
    const key = `${row.values.uscc}\u0000${row.values.listType}`;
    const current = listedAt.get(key);
    if (current === undefined) listedAt.set(key, row.values.listedAt as string);
    else if (current !== row.values.listedAt) {
      row.violations.push({
        rule: 'CREDIT_LISTING_ALREADY_LISTED', field: 'uscc', severity: 'error',
        message: `该主体已在${LIST_TITLES.get(row.values.listType as string)}中（${current} 列入）且尚未移出`, value: row.values.uscc as string,
      });
    }
  }
}

export const CREDIT_SPECS: RecordTypeSpec[] = [penaltyPublicitySpec, licensePublicitySpec, creditListingSpec];
