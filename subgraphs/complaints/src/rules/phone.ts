/**
 * 138****1234: the first three and last four digits stay, the middle is hidden. Short numbers keep only
 * their last two. Already-masked numbers (the seed city's) come out unchanged.
 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s-]/g, '');
  if (compact.length >= 8) return `${compact.slice(0, 3)}****${compact.slice(-4)}`;
  return `****${compact.slice(-2)}`;
}
