import type { RuleDefinition } from '../../types';
import { CompiledCheck, RuleCompileError } from '../types';
import { optionalStringParam, stringParam } from '../params';
import { judgeEach } from '../values';

/** `g` and `y` make `test` stateful across rows; only the stateless flags are allowed. */
const ALLOWED_FLAGS = /^[imsu]*$/;

/** params `{ pattern, flags? }`, compiled once; the whole value must match only if the pattern says so (^…$). */
export function compileRegex(rule: RuleDefinition): CompiledCheck {
  const pattern = stringParam(rule, 'pattern');
  const flags = optionalStringParam(rule, 'flags') ?? '';
  if (!ALLOWED_FLAGS.test(flags)) throw new RuleCompileError(rule.code, `正则标志 "${flags}" 不可用，只允许 i、m、s、u`);
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    throw new RuleCompileError(rule.code, `正则表达式无效：${(e as Error).message}`);
  }
  const { field } = rule;
  const ok = (s: string) => re.test(s);
  return {
    rule,
    run(values, out) {
      judgeEach(values[field], ok, rule, field, out);
    },
  };
}
