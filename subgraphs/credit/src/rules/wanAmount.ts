import { Matches } from 'class-validator';

/** 万元 amounts of numeric(18,6): up to 12 integer digits and 6 decimals, never negative. */
export const WAN_AMOUNT = /^\d{1,12}(\.\d{1,6})?$/;

export const IsWanAmount = (label: string) =>
  Matches(WAN_AMOUNT, { message: `${label}应为不小于0的数字（单位万元，最多12位整数、6位小数）`, context: { code: 'INVALID_AMOUNT' } });

/** A 万元 amount computed in floating point (e.g. 元 / 10000) as the decimal string of numeric(18,6). */
export const wanString = (wan: number | null): string | null => (wan === null ? null : wan.toFixed(6));

/** A validated amount in the form the database returns it (six decimals), so writes and reads agree. */
export function canonicalWan(amount: string | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  const [whole, fraction = ''] = amount.split('.');
  return `${BigInt(whole).toString()}.${fraction.padEnd(6, '0')}`;
}
