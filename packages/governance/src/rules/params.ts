/** Reading a rule's `params` at compile time: anything wrong is a RuleCompileError naming the rule. */
import type { RuleDefinition } from '../types';
import { RuleCompileError } from './types';

export function stringParam(rule: RuleDefinition, key: string): string {
  const v = rule.params?.[key];
  if (typeof v !== 'string' || v.trim() === '') {
    throw new RuleCompileError(rule.code, `参数 ${key} 应为非空字符串（${rule.kind}）`);
  }
  return v;
}

export function optionalStringParam(rule: RuleDefinition, key: string): string | undefined {
  const v = rule.params?.[key];
  return v === undefined || v === null ? undefined : stringParam(rule, key);
}

export function positiveIntParam(rule: RuleDefinition, key: string): number {
  const v = rule.params?.[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    throw new RuleCompileError(rule.code, `参数 ${key} 应为正整数（${rule.kind}）`);
  }
  return v;
}

export function booleanParam(rule: RuleDefinition, key: string, fallback: boolean): boolean {
  const v = rule.params?.[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new RuleCompileError(rule.code, `参数 ${key} 应为 true 或 false`);
  return v;
}

export function stringListParam(rule: RuleDefinition, key: string): string[] {
  const v = rule.params?.[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) {
    throw new RuleCompileError(rule.code, `参数 ${key} 应为字段名列表`);
  }
  return v as string[];
}
