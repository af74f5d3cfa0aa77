import type { RuleDefinition } from '../../types';
import { CompiledCheck, RuleCompileError } from '../types';
import { stringParam } from '../params';
import { CodeLookup } from '../codeLookup';
import { isMissing, violation } from '../values';

/**
 * params `{ table }`. A label (or `code label`) is rewritten to its code in `values` and reported in
 * `fixes`; a list field is judged and rewritten item by item.
 */
export function compileCodeTable(rule: RuleDefinition, lookups: Map<string, CodeLookup>): CompiledCheck {
  const name = stringParam(rule, 'table');
  const lookup = lookups.get(name);
  if (!lookup) throw new RuleCompileError(rule.code, `代码表 ${name} 未提供`);
  if (lookup.size === 0) throw new RuleCompileError(rule.code, `代码表 ${name} 没有任何代码`);
  const { field } = rule;
  return {
    rule,
    run(values, out) {
      const v = values[field];
      if (isMissing(v)) return;
      if (Array.isArray(v)) {
        let fixed: string[] | null = null;
        v.forEach((item, i) => {
          if (isMissing(item)) return;
          const text = String(item);
          const code = lookup.resolve(text);
          if (code === null) {
            out.violations.push(violation(rule, field, text));
          } else if (code !== text) {
            fixed ??= v.map(String);
            fixed[i] = code;
          }
        });
        if (fixed) {
          values[field] = fixed;
          out.fixes[field] = fixed;
        }
        return;
      }
      const text = String(v);
      const code = lookup.resolve(text);
      if (code === null) {
        out.violations.push(violation(rule, field, text));
      } else if (code !== text) {
        values[field] = code;
        out.fixes[field] = code;
      }
    },
  };
}
