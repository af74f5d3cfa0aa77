import type { CodeTable, RuleDefinition, Violation } from '../types';

/**
 * A value a `reference` rule wants looked up in another library. `validate` does not query: the pipeline
 * collects these per chunk and asks once per target (e.g. all item codes of 5,000 rows in one query).
 */
export interface ReferenceCheck {
  rule: RuleDefinition;
  field: string;
  /** e.g. `regItem`, `implList`, `inspection`, `enforcerCert`. */
  target: string;
  /** One value (a list field gives one check per item). */
  value: string;
  /** Values of the fields named in the rule's `params.with`, e.g. `{ checkDate: '2024-01-02' }` for a cert's validity. */
  context?: Record<string, unknown>;
}

export interface ValidationResult {
  violations: Violation[];
  /**
   * Label → code rewrites done by codeTable rules (`警告` → `01`), by field. They are already applied to the
   * `values` passed in (later rules and the store see the code); listed here so the rectification screen
   * and the audit can show what was changed.
   */
  fixes: Record<string, string | string[]>;
  references: ReferenceCheck[];
}

/** One rule, ready to run: parameters checked and regexes/tables built at compile time. */
export interface CompiledCheck {
  rule: RuleDefinition;
  run(values: Record<string, unknown>, out: ValidationResult): void;
}

export interface CompiledRules {
  rules: readonly RuleDefinition[];
  checks: readonly CompiledCheck[];
  /** Reference targets the rules use: the pipeline must be able to resolve each. */
  referenceTargets: readonly string[];
}

/** A rule set that cannot run (unknown kind, bad parameters, missing code table): names the rule. */
export class RuleCompileError extends Error {
  constructor(
    readonly ruleCode: string,
    message: string,
  ) {
    super(`规则 ${ruleCode}：${message}`);
    this.name = 'RuleCompileError';
  }
}

export type CodeTables = readonly CodeTable[];
