import { createHash } from 'node:crypto';

/** ID numbers are kept only as a hash (to find a person again) and a masked form (to show). */
export function hashIdNo(idNo: string): string {
  return createHash('sha256').update(idNo.trim().toUpperCase()).digest('hex');
}

/** `330106198001011234` → `330106********1234`: region and last four stay readable, the birth date does not. */
export function maskIdNo(idNo: string): string {
  const s = idNo.trim().toUpperCase();
  return `${s.slice(0, 6)}${'*'.repeat(Math.max(0, s.length - 10))}${s.slice(-4)}`;
}
