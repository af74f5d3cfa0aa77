/** Problems standardisation itself finds: the cell cannot be read as its kind. Always errors. */
import type { Violation } from '../types';

export const STANDARDISE_CODES = {
  NUMBER_PRECISION_LOST: 'NUMBER_PRECISION_LOST',
  INVALID_DATE: 'INVALID_DATE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  INVALID_AMOUNT: 'INVALID_AMOUNT',
  INVALID_BOOLEAN: 'INVALID_BOOLEAN',
} as const;

export type StandardiseCode = keyof typeof STANDARDISE_CODES;

const MESSAGES: Record<StandardiseCode, (header: string, raw: string) => string> = {
  NUMBER_PRECISION_LOST: (h, v) =>
    `${h}「${v}」已被 Excel 转成科学计数法，末几位数字已丢失、无法恢复：请把该列设置为“文本”格式后重新录入完整编码`,
  INVALID_DATE: (h, v) => `${h}「${v}」不是有效日期，请按 2024-01-02 的格式填写`,
  INVALID_NUMBER: (h, v) => `${h}「${v}」不是有效数字`,
  INVALID_AMOUNT: (h, v) => `${h}「${v}」不是有效金额，请填写数字（可带“元”或“万元”）`,
  INVALID_BOOLEAN: (h, v) => `${h}「${v}」应填写“是”或“否”`,
};

export function standardiseViolation(code: StandardiseCode, field: string, header: string, raw: string): Violation {
  return { rule: code, field, severity: 'error', message: MESSAGES[code](header, raw), value: raw };
}
