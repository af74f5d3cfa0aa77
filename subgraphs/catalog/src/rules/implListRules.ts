import { isValidImplListCode } from '@hub/codes';
import { Problems } from '@hub/runtime';

/**
 * The code carries the implementing agency's USCC (chars 1–18) and its level (char 19); the stated
 * agency and level must be the ones the code names. Only checked on a well-formed code, whose own
 * error is reported by the field check.
 */
export function checkImplListCodeRules(code: string, list: { orgUscc: string; execLevel: number }, problems: Problems): void {
  if (!isValidImplListCode(code)) return;
  problems.check(list.orgUscc === code.slice(0, 18), 'IMPL_LIST_ORG_MISMATCH', 'code',
    `检查实施清单编码前18位（${code.slice(0, 18)}）应为实施机构统一社会信用代码 ${list.orgUscc}`);
  problems.check(list.execLevel === Number(code[18]), 'IMPL_LIST_LEVEL_MISMATCH', 'execLevel',
    `行使层级 ${list.execLevel} 与检查实施清单编码第19位（${code[18]}）不一致`);
}

/** Content codes name contents within one list version. */
export function checkContentRules(contents: { code: string }[], problems: Problems): void {
  const seen = new Set<string>();
  contents.forEach(({ code }, i) => {
    problems.check(!seen.has(code), 'DUPLICATE_CONTENT_CODE', `contents[${i}].code`, `检查内容编码 ${code} 重复`);
    seen.add(code);
  });
}
