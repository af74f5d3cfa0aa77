import type { CompiledRules, ValidationResult } from './types';

/**
 * Runs a compiled rule set on one row's standardised values. Code-table labels are rewritten to their
 * codes in `values` itself (and listed in `fixes`); reference rules only list what to look up
 * (`references`), for the pipeline to resolve per chunk. Violations carry the rule's severity, and its
 * description followed by the offending value as the message.
 */
export function validate(compiled: CompiledRules, values: Record<string, unknown>): ValidationResult {
  const out: ValidationResult = { violations: [], fixes: {}, references: [] };
  const { checks } = compiled;
  for (let i = 0; i < checks.length; i++) checks[i].run(values, out);
  return out;
}
