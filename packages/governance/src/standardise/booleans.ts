/** Yes/no cells: 是/否, Y/N, yes/no, true/false, 1/0, √/× (and their look-alikes). */
const TRUE_WORDS = ['是', 'y', 'yes', 'true', 't', '1', '√', '✓', '✔', '对', '有'];
const FALSE_WORDS = ['否', 'n', 'no', 'false', 'f', '0', '×', '✗', '✘', '╳', '错'];

const BOOLEANS = new Map<string, boolean>([...TRUE_WORDS.map((w) => [w, true] as const), ...FALSE_WORDS.map((w) => [w, false] as const)]);

/** Null when the text is no yes/no word. Expects cleaned (width-folded, trimmed) text. */
export function parseBoolean(text: string): boolean | null {
  const b = BOOLEANS.get(text) ?? BOOLEANS.get(text.toLowerCase());
  return b === undefined ? null : b;
}
