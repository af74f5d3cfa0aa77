import type { RuleDefinition } from '../../types';
import type { CompiledCheck, ReferenceCheck, ValidationResult } from '../types';
import { stringListParam, stringParam } from '../params';
import { asText, isMissing } from '../values';

/**
 * params `{ target, with? }`: the value must exist in another library. Nothing is queried here: each value
 * (each item of a list) becomes a ReferenceCheck for the pipeline, with the `with` fields' values as
 * context (e.g. the check date for an enforcer's certificate).
 */
export function compileReference(rule: RuleDefinition): CompiledCheck {
  const target = stringParam(rule, 'target');
  const withFields = stringListParam(rule, 'with');
  const { field } = rule;
  const add = (out: ValidationResult, value: string, context: Record<string, unknown> | undefined) => {
    const check: ReferenceCheck = context ? { rule, field, target, value, context } : { rule, field, target, value };
    out.references.push(check);
  };
  return {
    rule,
    run(values, out) {
      const v = values[field];
      if (isMissing(v)) return;
      let context: Record<string, unknown> | undefined;
      if (withFields.length) {
        context = {};
        for (const f of withFields) context[f] = values[f] ?? null;
      }
      if (Array.isArray(v)) {
        for (const item of v) if (!isMissing(item)) add(out, asText(item), context);
      } else {
        add(out, asText(v), context);
      }
    },
  };
}
