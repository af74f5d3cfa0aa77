/** A LIKE pattern that matches `text` literally (for "starts with" filters). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** 440300 → 4403, 440000 → 44: a division code as a filter means itself and everything below it. */
export function regionPrefix(code: string): string {
  return code.length === 6 ? code.replace(/(00)+$/, '') || code : code;
}
