/**
 * Terse constructors for the default rule sets. What they return is plain data (RuleDefinition), stored
 * as version 1 of each record type's rule set; codes are `<TYPE>_<FIELD>_<WHAT>`, e.g. `INSPECTION_ITEM_CODE_REQUIRED`.
 */
import type { RuleDefinition, Severity } from '../../types';
import type { ChecksumAlgorithm } from '../kinds/checksum';

/** `partyCertNo` → `PARTY_CERT_NO`, `closing.date` → `CLOSING_DATE`. */
export const ruleCodePart = (field: string): string => field.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

export class RuleBuilder {
  readonly rules: RuleDefinition[] = [];

  constructor(private readonly prefix: string) {}

  private add(what: string, rule: Omit<RuleDefinition, 'code'>): this {
    this.rules.push({ code: `${this.prefix}_${ruleCodePart(rule.field)}_${what}`, ...rule });
    return this;
  }

  required(field: string, header: string, severity: Severity = 'error'): this {
    const description = severity === 'error' ? `${header}不能为空` : `${header}未填写，建议补充`;
    return this.add(severity === 'error' ? 'REQUIRED' : 'MISSING', { kind: 'required', field, params: {}, severity, description });
  }

  maxLength(field: string, header: string, max: number): this {
    return this.add('MAX_LENGTH', { kind: 'maxLength', field, params: { max }, severity: 'error', description: `${header}不能超过${max}个字符` });
  }

  codeTable(field: string, header: string, table: string, severity: Severity = 'error', hint = ''): this {
    const description = severity === 'error' ? `${header}不在代码表中${hint}` : `${header}不在常用代码表中，请核实${hint}`;
    return this.add('CODE', { kind: 'codeTable', field, params: { table }, severity, description });
  }

  checksum(field: string, algorithm: ChecksumAlgorithm, description: string, extra: Record<string, unknown> = {}): this {
    return this.add('CHECKSUM', { kind: 'checksum', field, params: { algorithm, ...extra }, severity: 'error', description });
  }

  regex(field: string, what: string, pattern: string, description: string, severity: Severity = 'error'): this {
    return this.add(what, { kind: 'regex', field, params: { pattern }, severity, description });
  }

  /** `before` not later than `field`. */
  dateOrder(before: string, field: string, description: string, allowEqual = true, severity: Severity = 'error'): this {
    this.rules.push({
      code: `${this.prefix}_${ruleCodePart(before)}_BEFORE_${ruleCodePart(field)}`,
      kind: 'dateOrder',
      field,
      params: { before, allowEqual },
      severity,
      description,
    });
    return this;
  }

  reference(field: string, target: string, description: string, withFields: string[] = []): this {
    const params: Record<string, unknown> = withFields.length ? { target, with: withFields } : { target };
    return this.add('EXISTS', { kind: 'reference', field, params, severity: 'error', description });
  }
}
