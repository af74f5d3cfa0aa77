/** 个人信息保护: how personal values look to whoever may not read them in full. */
import { citizenId15To18, isValidCitizenId, normalizeCitizenId } from '@hub/codes';

/** 110101199003070012 → 1101**********0012 (15-digit IDs keep 4 + 4 as well). */
export function maskCitizenId(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** 13812345678 → 138****5678; landlines keep their last four. */
export function maskPhone(value: string): string {
  const digits = value.trim();
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays, so a case remains recognisable. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/**
 * A real citizen ID (check character, birth date, province), 18-digit or the old 15-digit form: an all-digit
 * USCC is not one. A 15-digit business registration number can look like an old ID and is then masked too,
 * which errs on the side of privacy.
 */
export function isCitizenId(value: string | null | undefined): boolean {
  if (!value) return false;
  const id = normalizeCitizenId(value);
  if (/^\d{15}$/.test(id)) return isValidCitizenId(citizenId15To18(id));
  return isValidCitizenId(id);
}

/** A certificate number that is a citizen ID is personal; a USCC or licence number is not. */
export function maskCertNo(value: string): string {
  return isCitizenId(value) ? maskCitizenId(value) : value;
}

export type PersonalKind = 'citizenId' | 'phone' | 'name' | 'certNo';

export const MASKERS: Record<PersonalKind, (value: string) => string> = {
  citizenId: maskCitizenId,
  phone: maskPhone,
  name: maskName,
  certNo: maskCertNo,
};
