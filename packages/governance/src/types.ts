/**
 * 数据治理: the shapes every way in shares (online entry, files, real-time collection). A record type is
 * described once (its fields as in the national field list, its natural key); rules are data; every row
 * ends stored, rejected with its reasons, or counted as a duplicate.
 */

/** One data row as read from a file: raw cell text by the file's own header, before interpretation. */
export interface RawRow {
  /** 1-based line/row number in the file (the header row is 1 for spreadsheets and CSV). */
  rowNumber: number;
  /** Cell text by header as written in the file; empty cells are null. */
  cells: Record<string, string | null>;
  /** Problems of this row found while reading (ragged row, formula without a cached value, …). */
  problems: FileProblem[];
}

export interface FileProblem {
  code: string;
  message: string;
  row?: number;
  column?: string;
}

/** A file that cannot be read at all (0 bytes, not a spreadsheet, undecodable): nothing is imported. */
export class FileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

export type FileFormat = 'csv' | 'xlsx';

export interface RecordSource {
  format: FileFormat;
  /** Detected text encoding (CSV): 'utf8', 'utf8-bom' or 'gbk'. */
  encoding?: string;
  /** Header cells as written (trimmed). */
  headers: string[];
  /** Data rows, streamed: memory does not grow with the file. Empty rows are skipped (and not counted). */
  rows: AsyncIterable<RawRow>;
}

export type FieldKind = 'text' | 'code' | 'certNo' | 'date' | 'datetime' | 'integer' | 'decimal' | 'money' | 'boolean' | 'list';

export interface FieldSpec {
  /** Property name in the library (camelCase), e.g. `itemCode`. */
  name: string;
  /** Header as in the national field list, e.g. `监管事项目录编码`. */
  header: string;
  /** Other header names departments use (mapped case- and width-insensitively). */
  aliases?: string[];
  kind: FieldKind;
  required?: boolean;
  maxLength?: number;
  /** Code table whose values the field must take (drop-down in templates). */
  codeTable?: string;
  /** money: the unit of the stored value; the file may say 元 or 万元 in its header or cell. */
  moneyUnit?: '元' | '万元';
  /** list: separator in files (default `,` `，` `;` `；` `、`). */
  example: string;
  description?: string;
}

export interface RecordTypeSpec {
  /** e.g. `inspection`. */
  type: string;
  /** e.g. `行政检查行为`. */
  title: string;
  /** The library that stores it, e.g. `enforcement`. */
  library: string;
  fields: FieldSpec[];
  /** Fields that identify a record (e.g. `orgCode` + `actionCode`): duplicates within and across batches. */
  naturalKey: string[];
}

export interface CodeTable {
  name: string;
  title: string;
  values: { code: string; label: string }[];
}

export type Severity = 'error' | 'warning';

export type RuleKind = 'required' | 'maxLength' | 'regex' | 'codeTable' | 'checksum' | 'dateOrder' | 'reference';

/** A validation rule as data (stored, versioned, listable through GraphQL). */
export interface RuleDefinition {
  /** Stable code, e.g. `INSPECTION_CHECK_DATE_BEFORE_REPORT`. */
  code: string;
  kind: RuleKind;
  /** The field it judges (for dateOrder: the later field). */
  field: string;
  /**
   * required: {}; maxLength: { max }; regex: { pattern, flags? }; codeTable: { table };
   * checksum: { algorithm: 'uscc' | 'citizenId' | 'usccOrCitizenId' | 'itemCode' | 'implListCode' };
   * dateOrder: { before: field, allowEqual? } (`before` must not be later than `field`);
   * reference: { target } (resolved by the owning library, e.g. 'regItem', 'inspection', 'enforcerCert').
   */
  params: Record<string, unknown>;
  severity: Severity;
  /** Chinese description, also the message of a violation. */
  description: string;
}

export interface Violation {
  rule: string;
  field: string;
  severity: Severity;
  message: string;
  /** The value judged, as text (for the rectification screen). */
  value?: string | null;
}

/** Field values after standardisation, by field name, plus what standardisation itself could not fix. */
export interface StandardisedRow {
  values: Record<string, unknown>;
  violations: Violation[];
}

/** One row on its way through governance. */
export interface GovernedRow {
  rowNumber: number;
  /** The cells as sent, by the sender's own headers (kept for rectification). */
  raw: Record<string, string | null>;
  /** Standardised values by field name. */
  values: Record<string, unknown>;
  violations: Violation[];
  /** What linking found (e.g. `subjectId`, the inspectors' enforcer ids), for the library's store. */
  links: Record<string, unknown>;
  /**
   * Set by the library's store on the rows it stored: a new record, or a known one (same natural key)
   * whose content changed and was updated in place; by `remove` on the records it deleted. Rows left out of
   * their results are duplicates.
   */
  outcome?: 'inserted' | 'updated' | 'deleted';
}

/** A reference to check in bulk (defined with the rule engine): the library answers which values exist. */
export type { ReferenceCheck } from './rules/types';
import type { ReferenceCheck } from './rules/types';

/** The transaction a chunk is written in (a `pg` client inside BEGIN … COMMIT). */
export interface ChunkDb {
  query<R = any>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export interface IngestContext {
  batchId: string;
  deptCode: string;
  /** USCCs of the department's organs: a record must name one of them as its implementing organ. */
  orgs: string[];
  /** sourceDept of what is stored. */
  sourceDept: string;
}

/**
 * What the owning library contributes for one record type: its field list, its default rules, and the two
 * steps that need its tables — checking references and linking (one query per target per chunk), and
 * storing (idempotent on the natural key).
 */
export interface RecordIngest {
  spec: RecordTypeSpec;
  defaultRules: RuleDefinition[];
  codeTables: CodeTable[];
  /**
   * 自动关联, before the rules run: fill what a row leaves empty from what it names (a subject's name and
   * addresses from its USCC, an organ's name from its code, …). One query per target per chunk.
   */
  prefill?(db: ChunkDb, rows: GovernedRow[], context: IngestContext): Promise<void>;
  /** Checks `references` for the rows (adding violations) and fills `links`. */
  resolve(db: ChunkDb, rows: GovernedRow[], references: Map<GovernedRow, ReferenceCheck[]>, context: IngestContext): Promise<void>;
  /**
   * Writes rows that passed: new records inserted, known ones whose content changed updated in place (each
   * stored row gets its `outcome`); returns the stored rows' record ids by row number. The rest were
   * duplicates: the same record, unchanged.
   */
  store(db: ChunkDb, rows: GovernedRow[], context: IngestContext): Promise<Map<number, string>>;
  /**
   * 删除 (操作类型 D): deletes the department's records the rows name by natural key (softDeleteRecords);
   * returns the deleted records' ids by row number. Without it, deletions of the type are sent back.
   */
  remove?(db: ChunkDb, rows: GovernedRow[], context: IngestContext): Promise<Map<number, string>>;
}
