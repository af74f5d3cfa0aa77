export { compileRules, RULE_KINDS } from './compile';
export { validate } from './validate';
export { RuleCompileError } from './types';
export type { CompiledRules, CompiledCheck, ReferenceCheck, ValidationResult } from './types';
export { CodeLookup } from './codeLookup';
export { CHECKSUM_ALGORITHMS, CERT_TYPE_USCC, CERT_TYPE_CITIZEN_ID } from './kinds/checksum';
export type { ChecksumAlgorithm } from './kinds/checksum';
export { codePointLength } from './kinds/maxLength';
export * from './defaults';
