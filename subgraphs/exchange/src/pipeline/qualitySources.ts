/**
 * Where the quality figures of each record type come from, as data: the library table, how a department's
 * records are found, the date of the act (volume is counted by it), the reporting deadline (及时率) and, for
 * 行政检查 only, coverage of the implementation lists. Every identifier here is interpolated into SQL by
 * qualityMetrics.ts: they come from this table only, never from a request.
 *
 * Each filter names the existing index it relies on (`indexes`), so a test can check that the index is
 * there and leads with the filtered column.
 */

export type ColumnKind = 'date' | 'timestamptz';

/** How a department's records are found in the table. */
export type DepartmentMatch =
  /** column = any(the department's organ USCCs, identity.organ), as the ingest requires of an organ. */
  | { by: 'organs'; column: string }
  /** column = the department code. */
  | { by: 'deptCode'; column: string }
  /** column = the department's name (identity.department.name), as the ingest fills it. */
  | { by: 'deptName'; column: string };

export interface QualitySource {
  /** Schema-qualified library table. */
  table: string;
  department: DepartmentMatch;
  /** The date of the act the record records: a record belongs to the month of this date. */
  act: { column: string; kind: ColumnKind; label: string };
  /** 及时率: reported (or published) within `workingDays` working days of the act; null where no rule sets a deadline. */
  timeliness: { reported: string; kind: ColumnKind; workingDays: number; rule: string } | null;
  /** 覆盖率: implementation lists of the department with ≥ 1 record / all of them (行政检查 only). */
  coverage: {
    listTable: string;
    listOrgColumn: string;
    listCodeColumn: string;
    /** Column of the record naming the list. */
    recordColumn: string;
    /** Index on (recordColumn, act column) for the existence check per list, and on the list's organ column. */
    indexes: { record: string; list: string };
  } | null;
  /** Existing indexes the filters rely on: the department column's and the act date's (each leads with its column). */
  indexes: { department: string; act: string };
}

/** 双公示 and the behaviour records: reported within 7 working days of the act. */
const SEVEN_WORKING_DAYS = 7;

export const QUALITY_SOURCES: Record<string, QualitySource> = {
  subject: {
    table: 'subjects.subject',
    // A subject belongs to no department (shared base library): the department is the one that delivered it.
    department: { by: 'deptCode', column: 'source_dept' },
    // No business date is a column (成立日期 is inside the legal_person JSON): counted by when it was stored.
    act: { column: 'created_at', kind: 'timestamptz', label: '入库时间' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'subject_source_dept_created_at_index', act: 'subject_created_at_id_index' },
  },
  enforcer: {
    table: 'enforcement.enforcer',
    department: { by: 'organs', column: 'org_uscc' },
    act: { column: 'cert_valid_from', kind: 'date', label: '执法证有效期起' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'enforcer_org_uscc_index', act: 'enforcer_cert_valid_from_cert_valid_to_index' },
  },
  inspection: {
    table: 'enforcement.inspection',
    department: { by: 'organs', column: 'org_code' },
    act: { column: 'check_date', kind: 'date', label: '检查日期' },
    timeliness: { reported: 'reported_at', kind: 'timestamptz', workingDays: SEVEN_WORKING_DAYS, rule: `检查日期后 ${SEVEN_WORKING_DAYS} 个工作日内报送` },
    coverage: {
      listTable: 'catalog.check_impl_list',
      listOrgColumn: 'org_uscc',
      listCodeColumn: 'code',
      recordColumn: 'impl_list_code',
      indexes: { record: 'inspection_impl_list_code_check_date_index', list: 'check_impl_list_org_uscc_code_index' },
    },
    indexes: { department: 'inspection_org_code_action_code_unique', act: 'inspection_check_date_id_index' },
  },
  penalty: {
    table: 'enforcement.penalty',
    department: { by: 'organs', column: 'org_code' },
    act: { column: 'decision_date', kind: 'date', label: '处罚决定日期' },
    timeliness: { reported: 'reported_at', kind: 'timestamptz', workingDays: SEVEN_WORKING_DAYS, rule: `处罚决定日期后 ${SEVEN_WORKING_DAYS} 个工作日内报送` },
    coverage: null,
    indexes: { department: 'penalty_org_code_decision_date_index', act: 'penalty_decision_date_id_index' },
  },
  coercion: {
    table: 'enforcement.coercion',
    department: { by: 'organs', column: 'org_code' },
    act: { column: 'start', kind: 'date', label: '起始日期' },
    timeliness: { reported: 'reported_at', kind: 'timestamptz', workingDays: SEVEN_WORKING_DAYS, rule: `起始日期后 ${SEVEN_WORKING_DAYS} 个工作日内报送` },
    coverage: null,
    indexes: { department: 'coercion_org_code_start_index', act: 'coercion_start_id_index' },
  },
  otherAction: {
    table: 'enforcement.other_action',
    department: { by: 'organs', column: 'org_code' },
    act: { column: 'start', kind: 'date', label: '开始日期' },
    timeliness: { reported: 'reported_at', kind: 'timestamptz', workingDays: SEVEN_WORKING_DAYS, rule: `开始日期后 ${SEVEN_WORKING_DAYS} 个工作日内报送` },
    coverage: null,
    indexes: { department: 'other_action_org_code_start_index', act: 'other_action_start_id_index' },
  },
  complaint: {
    table: 'complaints.complaint',
    // 承办单位 is the department's name: the ingest fills it so and rejects any other.
    department: { by: 'deptName', column: 'assigned_org' },
    act: { column: 'received_at', kind: 'timestamptz', label: '受理时间' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'complaint_assigned_org_index', act: 'complaint_received_at_id_index' },
  },
  penaltyPublicity: {
    table: 'credit.penalty_publicity',
    department: { by: 'organs', column: 'authority_uscc' },
    act: { column: 'decision_date', kind: 'date', label: '处罚决定日期' },
    timeliness: { reported: 'published_at', kind: 'date', workingDays: SEVEN_WORKING_DAYS, rule: `处罚决定日期后 ${SEVEN_WORKING_DAYS} 个工作日内公示（双公示）` },
    coverage: null,
    indexes: { department: 'penalty_publicity_authority_decision_no_unique', act: 'penalty_publicity_decision_date_id_index' },
  },
  licensePublicity: {
    table: 'credit.license_publicity',
    department: { by: 'organs', column: 'authority_uscc' },
    act: { column: 'decision_date', kind: 'date', label: '许可决定日期' },
    // 双公示 applies (7 working days), but the table keeps no publication date: nothing to measure it by.
    timeliness: null,
    coverage: null,
    indexes: { department: 'license_publicity_authority_uscc_decision_date_index', act: 'license_publicity_decision_date_id_index' },
  },
  creditListing: {
    table: 'credit.credit_listing',
    // 列入机关 is the department's name: the ingest fills it so and rejects any other.
    department: { by: 'deptName', column: 'listed_by' },
    act: { column: 'listed_at', kind: 'date', label: '列入日期' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'credit_listing_listed_by_listed_at_index', act: 'credit_listing_listed_at_id_index' },
  },
  regItem: {
    table: 'catalog.reg_item',
    department: { by: 'deptCode', column: 'dept_code' },
    // Every version is a delivery: counted by the date it takes effect.
    act: { column: 'effective_from', kind: 'date', label: '版本生效日期' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'reg_item_dept_code_item_code_index', act: 'reg_item_effective_from_id_index' },
  },
  implList: {
    table: 'catalog.check_impl_list',
    department: { by: 'organs', column: 'org_uscc' },
    act: { column: 'effective_from', kind: 'date', label: '版本生效日期' },
    timeliness: null,
    coverage: null,
    indexes: { department: 'check_impl_list_org_uscc_code_index', act: 'check_impl_list_effective_from_id_index' },
  },
};
