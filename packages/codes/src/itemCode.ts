/**
 * Codes of the 互联网+监管 catalogue and its upward reports. Segment layouts inside these codes are
 * not published (domain.md §13), so only the documented constraints are enforced.
 */

import { isRealCompactDate } from './calendarDate';
import { isValidUscc } from './uscc';

/** 监管事项目录编码: exactly 14 digits, opaque. */
export function isValidItemCode(s: string): boolean {
  return typeof s === 'string' && /^\d{14}$/.test(s);
}

/** The database column is varchar(800). */
export const IMPL_LIST_CODE_MAX_LENGTH = 800;

export type ImplLevel = 1 | 2 | 3 | 4 | 5;

/**
 * 行使层级 carried in character 19 of a 检查实施清单编码. The digit range 1-5 is documented;
 * the meaning of each digit is an inference (domain.md §2.2).
 */
export const IMPL_LEVEL_NAMES: Readonly<Record<ImplLevel, string>> = {
  1: '国家',
  2: '省',
  3: '市',
  4: '县',
  5: '乡镇',
};

const IMPL_SUFFIX_PATTERN = /^[1-5][0-9A-Za-z-]+$/;

/**
 * 检查实施清单编码: the implementing agency's USCC (chars 1-18, must be a valid code), the level
 * digit 1-5 (char 19), then 1-781 characters of [0-9A-Za-z-] (undocumented, kept opaque).
 */
export function isValidImplListCode(s: string): boolean {
  return (
    typeof s === 'string' &&
    s.length > 19 &&
    s.length <= IMPL_LIST_CODE_MAX_LENGTH &&
    IMPL_SUFFIX_PATTERN.test(s.slice(18)) &&
    isValidUscc(s.slice(0, 18))
  );
}

/** Level digit of a valid 检查实施清单编码, or null when the code is invalid. */
export function implListLevel(s: string): ImplLevel | null {
  return isValidImplListCode(s) ? (Number(s[18]) as ImplLevel) : null;
}

/** 上报批次: report date YYYYMMDD (must be a real date) followed by a 5-digit serial. */
export function isValidReportBatch(s: string): boolean {
  return typeof s === 'string' && /^\d{13}$/.test(s) && isRealCompactDate(s.slice(0, 8));
}
