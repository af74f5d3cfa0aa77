/**
 * Check characters and formats of the national codes, all from @hub/codes: USCC (GB 32100), citizen ID
 * (GB 11643), 监管事项目录编码 (14 digits), 检查实施清单编码 (USCC + level 1–5 + suffix).
 */
import { isValidCitizenId, isValidImplListCode, isValidItemCode, isValidUscc } from '@hub/codes';
import type { RuleDefinition } from '../../types';
import { CompiledCheck, RuleCompileError } from '../types';
import { optionalStringParam, stringParam } from '../params';
import { judgeEach } from '../values';

export const CHECKSUM_ALGORITHMS = ['uscc', 'citizenId', 'usccOrCitizenId', 'itemCode', 'implListCode'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** 证件类型 codes (domain.md §3): 001 统一社会信用代码, 111 居民身份证. */
export const CERT_TYPE_USCC = '001';
export const CERT_TYPE_CITIZEN_ID = '111';

const VALIDATORS: Record<ChecksumAlgorithm, (s: string) => boolean> = {
  uscc: (s) => isValidUscc(s),
  citizenId: (s) => isValidCitizenId(s),
  usccOrCitizenId: (s) => isValidUscc(s) || isValidCitizenId(s),
  itemCode: isValidItemCode,
  implListCode: isValidImplListCode,
};

/**
 * params `{ algorithm, typeField? }`. With `typeField` (usccOrCitizenId only), the certificate type decides:
 * 001 → USCC, 111 → citizen ID, another type (passport, 港澳台 permits…) → not checked here; without a
 * type (or without `typeField`) either code is accepted — the 行政相对人编码 rule of the national list.
 */
export function compileChecksum(rule: RuleDefinition): CompiledCheck {
  const algorithm = stringParam(rule, 'algorithm') as ChecksumAlgorithm;
  if (!CHECKSUM_ALGORITHMS.includes(algorithm)) {
    throw new RuleCompileError(rule.code, `未知的校验算法 ${algorithm}，可用：${CHECKSUM_ALGORITHMS.join('、')}`);
  }
  const typeField = optionalStringParam(rule, 'typeField');
  if (typeField && algorithm !== 'usccOrCitizenId') {
    throw new RuleCompileError(rule.code, `参数 typeField 只适用于 usccOrCitizenId`);
  }
  const valid = VALIDATORS[algorithm];
  const { field } = rule;
  return {
    rule,
    run(values, out) {
      let check = valid;
      if (typeField) {
        const type = values[typeField];
        if (type === CERT_TYPE_USCC) check = VALIDATORS.uscc;
        else if (type === CERT_TYPE_CITIZEN_ID) check = VALIDATORS.citizenId;
        else if (typeof type === 'string' && type.trim() !== '') return;
      }
      judgeEach(values[field], check, rule, field, out);
    },
  };
}
