/** 440300 → 4403, 440000 → 44: a region means itself and everything below it. */
export function regionPrefix(code: string): string {
  return code.length === 6 ? code.replace(/(00)+$/, '') || code : code;
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
