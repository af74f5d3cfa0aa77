import type { RuleDefinition } from '../../types';
import type { CompiledCheck } from '../types';
import { isMissing, violation } from '../values';

/** The field has a value (a non-blank string, a non-empty list, any number or yes/no). */
export function compileRequired(rule: RuleDefinition): CompiledCheck {
  const { field } = rule;
  return {
    rule,
    run(values, out) {
      if (isMissing(values[field])) out.violations.push(violation(rule, field, null));
    },
  };
}
