import type { FieldSpec, RecordTypeSpec, Violation } from './types';

/** cd_operation of the national exchange format (domain.md §3.1): insert, update, delete. */
export type CdOperation = 'i' | 'u' | 'd';

/**
 * 操作类型: an optional column of every record type. Empty, I or U: the record is stored (inserted, or
 * updated when its natural key is known and its content changed). D: the record named by its natural key
 * is deleted (kept, marked 删除, withdrawn upward with cd_operation d).
 */
export const OPERATION_FIELD: FieldSpec = {
  name: 'cdOperation',
  header: '操作类型',
  aliases: ['cd_operation', '数据操作类型', '数据操作', 'operation'],
  kind: 'text',
  maxLength: 10,
  example: 'I',
  description: 'I 新增 / U 修改 / D 删除；不填按新增或修改处理。删除只需填写业务主键',
};

const OPERATIONS: Record<string, CdOperation> = {
  I: 'i', U: 'u', D: 'd', 新增: 'i', 增加: 'i', 修改: 'u', 更新: 'u', 变更: 'u', 删除: 'd', 撤销: 'd',
};

const withOperation = new WeakMap<RecordTypeSpec, RecordTypeSpec>();

/** The spec with the 操作类型 column (one object per spec, so header lookups stay cached). */
export function withOperationField(spec: RecordTypeSpec): RecordTypeSpec {
  let extended = withOperation.get(spec);
  if (!extended) {
    extended = spec.fields.some((f) => f.name === OPERATION_FIELD.name) ? spec : { ...spec, fields: [...spec.fields, OPERATION_FIELD] };
    withOperation.set(spec, extended);
  }
  return extended;
}

/** Reads the standardised 操作类型 in place (`values.cdOperation` becomes i/u/d or null); a wrong value is an error. */
export function readOperation(values: Record<string, unknown>): Violation | null {
  const text = values.cdOperation;
  if (text === null || text === undefined || text === '') {
    values.cdOperation = null;
    return null;
  }
  const operation = OPERATIONS[String(text).trim().toUpperCase()];
  values.cdOperation = operation ?? null;
  if (operation) return null;
  return { rule: 'CD_OPERATION_CODE', field: OPERATION_FIELD.name, severity: 'error', message: `操作类型「${String(text)}」无效：应为 I（新增）、U（修改）或 D（删除）`, value: String(text) };
}

export const isDeletion = (values: Record<string, unknown>) => values.cdOperation === 'd';
