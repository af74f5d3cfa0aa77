/**
 * Rule sets are data (stored, versioned, edited without code). `compileRules` turns one into checks once
 * per import — parameters verified, regexes compiled, code tables indexed — so a bad rule fails the import
 * before the first row, naming the rule, and the per-row work is only the checks themselves.
 */
import type { CodeTable, RuleDefinition, RuleKind } from '../types';
import { CompiledCheck, CompiledRules, RuleCompileError } from './types';
import { CodeLookup } from './codeLookup';
import { compileRequired } from './kinds/required';
import { compileMaxLength } from './kinds/maxLength';
import { compileRegex } from './kinds/regex';
import { compileCodeTable } from './kinds/codeTable';
import { compileChecksum } from './kinds/checksum';
import { compileDateOrder } from './kinds/dateOrder';
import { compileReference } from './kinds/reference';

const COMPILERS: Record<RuleKind, (rule: RuleDefinition, lookups: Map<string, CodeLookup>) => CompiledCheck> = {
  required: compileRequired,
  maxLength: compileMaxLength,
  regex: compileRegex,
  codeTable: compileCodeTable,
  checksum: compileChecksum,
  dateOrder: compileDateOrder,
  reference: compileReference,
};

export const RULE_KINDS = Object.keys(COMPILERS) as RuleKind[];

function checkShape(rule: RuleDefinition, seen: Set<string>): void {
  const code = typeof rule?.code === 'string' && rule.code.trim() ? rule.code : '(无编码)';
  const fail = (message: string) => {
    throw new RuleCompileError(code, message);
  };
  if (code === '(无编码)') fail('缺少规则编码 code');
  if (seen.has(code)) fail('规则编码重复');
  seen.add(code);
  if (!Object.prototype.hasOwnProperty.call(COMPILERS, rule.kind)) fail(`未知的规则类型 ${String(rule.kind)}，可用：${RULE_KINDS.join('、')}`);
  if (typeof rule.field !== 'string' || !rule.field.trim()) fail('缺少字段 field');
  if (rule.severity !== 'error' && rule.severity !== 'warning') fail(`严重程度应为 error 或 warning，而不是 ${String(rule.severity)}`);
  if (typeof rule.description !== 'string' || !rule.description.trim()) fail('缺少中文说明 description');
  if (rule.params !== undefined && rule.params !== null && (typeof rule.params !== 'object' || Array.isArray(rule.params))) fail('params 应为对象');
}

/**
 * Checks run in this order: code tables first (they rewrite labels to codes, which later rules — e.g. the
 * certificate-type switch of a checksum — and the references must see), then the rest in the order given.
 */
export function compileRules(rules: readonly RuleDefinition[], codeTables: readonly CodeTable[]): CompiledRules {
  const lookups = new Map<string, CodeLookup>();
  for (const table of codeTables) lookups.set(table.name, new CodeLookup(table));
  const seen = new Set<string>();
  const compiled = rules.map((rule) => {
    checkShape(rule, seen);
    return COMPILERS[rule.kind]({ ...rule, params: rule.params ?? {} }, lookups);
  });
  const first = compiled.filter((c) => c.rule.kind === 'codeTable');
  const rest = compiled.filter((c) => c.rule.kind !== 'codeTable');
  const targets = new Set(compiled.filter((c) => c.rule.kind === 'reference').map((c) => c.rule.params.target as string));
  return { rules, checks: [...first, ...rest], referenceTargets: [...targets] };
}
