import { personalValue, RevealArgs, SubgraphContext } from '@hub/runtime';
import type { ScopedType } from '../policy';

export const PARTY_CERT_NO_DESCRIPTION = '行政相对人证件号码（自然人的公民身份号码默认脱敏；查看完整号码须 reveal: true 并填写事由，记入审计日志）';

/** A party's certificate number as the caller may see it: a citizen ID is masked unless revealed with a reason. */
export function partyCertNoOf(ctx: SubgraphContext, entityType: ScopedType, record: { id: string; partyCertNo: string }, args: RevealArgs): string | null {
  return personalValue(ctx.user, { value: record.partyCertNo, kind: 'certNo', entityType, entityId: record.id, field: 'partyCertNo' }, args);
}
