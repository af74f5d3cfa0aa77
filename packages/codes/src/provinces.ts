/**
 * First two digits of the 34 GB/T 2260 province-level divisions. No province code has been retired
 * since 1981 (海南 46 and 重庆 50 were added), so this short list also fits historical records and
 * serves where loading the full division table would be too heavy (citizen ID prefix).
 */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export function isProvincePrefix(twoDigits: string): boolean {
  return PROVINCE_PREFIXES.has(twoDigits);
}
