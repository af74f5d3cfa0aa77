// The numeral conversion lives in @hub/codes beside the citation parser that catalog and enforcement share;
// knowledge keeps its import path.
export { parseChineseNumeral, toChineseNumeral } from '@hub/codes';
