import type { CodeTable, FieldKind, FieldSpec } from '../types';

const KIND_LABELS: Record<FieldKind, string> = {
  text: '文本',
  code: '编码（按文本填写）',
  certNo: '证件号码（按文本填写）',
  date: '日期（YYYY-MM-DD）',
  datetime: '日期时间（YYYY-MM-DD HH:mm:ss）',
  integer: '整数',
  decimal: '小数',
  money: '金额',
  boolean: '是/否',
  list: '多个值（用逗号分隔）',
};

export function kindLabel(field: FieldSpec): string {
  if (field.kind === 'money') return `金额（${field.moneyUnit ?? '元'}）`;
  return KIND_LABELS[field.kind];
}

/** The header as written in a template: required fields carry a leading `*` (the reader strips it). */
export const templateHeader = (field: FieldSpec) => (field.required ? `*${field.header}` : field.header);

/** Kinds whose values Excel must keep as typed (long digit strings would become 8.65E+17). */
export const isTextKind = (field: FieldSpec) => field.kind === 'text' || field.kind === 'code' || field.kind === 'certNo' || field.kind === 'list';

/**
 * What a drop-down offers for one code-table entry: `01 警告` when the code is a short token and the label
 * says more (the code-table lookup accepts the code, the label, or this pair), else the code itself.
 */
export function choiceText(value: CodeTable['values'][number]): string {
  return /^[0-9A-Za-z_]+$/.test(value.code) && value.label && value.label !== value.code ? `${value.code} ${value.label}` : value.code;
}
