import { createHash } from 'node:crypto';

/**
 * A UUID (version-5 layout) derived from a namespace and parts, so that two libraries can name the same
 * thing without asking each other (a law article cited by the catalogue, a seeded subject).
 */
export function stableId(namespace: string, ...parts: (string | number)[]): string {
  const hash = createHash('sha1').update([namespace, ...parts].join('\u001f')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
