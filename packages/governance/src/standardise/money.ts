/**
 * Amounts in 元 or 万元 → the field's unit, exactly (decimal string arithmetic). The unit comes from the
 * cell (`12.5万元`, `3000元`, `¥3,000`), else from the header (`罚款金额（万元）`), else it is the field's own.
 */
import type { MoneyUnit } from './headers';
import { parseDecimal, shiftDecimal } from './decimal';

const CURRENCY_PREFIX = /^(?:¥|人民币|RMB|CNY)\s*/i;
const WAN_SUFFIX = /\s*万(?:元)?(?:整)?$/;
const YUAN_SUFFIX = /\s*(?:元|圆)(?:整)?$/;


/** Null when the text is no amount. `target` is the stored unit. */
export function parseMoney(text: string, target: MoneyUnit, headerUnit?: MoneyUnit): string | null {
  let s = text;
  if (s.charCodeAt(0) > 127 || s.charCodeAt(0) === 82 || s.charCodeAt(0) === 67 || s.charCodeAt(0) === 114 || s.charCodeAt(0) === 99) {
    s = s.replace(CURRENCY_PREFIX, '');
  }
  let from: MoneyUnit = headerUnit ?? target;
  const last = s.charCodeAt(s.length - 1);
  if (last > 127) {
    if (WAN_SUFFIX.test(s)) {
      from = '万元';
      s = s.replace(WAN_SUFFIX, '');
    } else if (YUAN_SUFFIX.test(s)) {
      from = '元';
      s = s.replace(YUAN_SUFFIX, '');
    }
  }
  const value = parseDecimal(s);
  if (value === null) return null;
  if (from === target) return value;
  return shiftDecimal(value, from === '万元' ? 4 : -4);
}
