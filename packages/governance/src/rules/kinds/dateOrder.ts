import type { RuleDefinition } from '../../types';
import { CompiledCheck, RuleCompileError } from '../types';
import { booleanParam, stringParam } from '../params';
import { asText, compareMoments, toMoment, violation } from '../values';

/**
 * params `{ before, allowEqual? }`: `before` must not be later than `field` (equal allowed when
 * `allowEqual`, default false). Skipped when either is empty or unreadable (required/standardisation
 * report those). A date against a datetime compares Beijing calendar days: a check on 2024-01-02 and a
 * report at 2024-01-02 09:00 are the same day.
 */
export function compileDateOrder(rule: RuleDefinition): CompiledCheck {
  const before = stringParam(rule, 'before');
  if (before === rule.field) throw new RuleCompileError(rule.code, `before 与 field 不能是同一字段（${before}）`);
  const allowEqual = booleanParam(rule, 'allowEqual', false);
  const { field } = rule;
  return {
    rule,
    run(values, out) {
      const later = toMoment(values[field]);
      if (!later) return;
      const earlier = toMoment(values[before]);
      if (!earlier) return;
      const order = compareMoments(earlier, later);
      if (order > 0 || (order === 0 && !allowEqual)) {
        out.violations.push(violation(rule, field, `${asText(values[before])} → ${asText(values[field])}`));
      }
    },
  };
}
