import { ArgsType, Field } from 'type-graphql';
import { HubError } from '../errors';
import { forbidden } from './authErrors';
import { MASKERS, PersonalKind } from './masking';
import { auditEntryFor, currentRequest } from './requestContext';
import { PERSONAL_DATA_ROLES } from './roles';
import type { HubUser } from './user';

/** Arguments of every personal field: shown masked unless the caller asks to reveal it and says why. */
@ArgsType()
export class RevealArgs {
  @Field({ nullable: true, description: '是否查看完整信息（需填写查看事由，并记入审计日志）' })
  reveal?: boolean;

  @Field({ nullable: true, description: '查看完整个人信息的事由' })
  reason?: string;
}

export interface PersonalValue {
  value: string | null | undefined;
  kind: PersonalKind;
  /** Entity type and id the value belongs to, for the audit entry. */
  entityType: string;
  entityId: string;
  field: string;
}

/**
 * A personal value as the caller may see it: masked by default; in full only for a role whose work needs
 * it, with a reason, and then written to the audit log (the request's reads are written together before its
 * response leaves).
 */
export function personalValue(user: HubUser, personal: PersonalValue, args: RevealArgs = {}): string | null {
  const { value } = personal;
  if (value === null || value === undefined || value === '') return value ?? null;
  const masked = MASKERS[personal.kind](value);
  if (!args.reveal) return masked;
  if (!PERSONAL_DATA_ROLES.has(user.role)) throw forbidden('当前角色无权查看完整个人信息');
  if (!args.reason?.trim()) throw new HubError('REASON_REQUIRED', '查看完整个人信息必须填写事由', 'reason');
  const scope = currentRequest();
  if (!scope) throw new Error('personal data revealed outside a request');
  const pending = scope.pendingReads.find(
    (entry) => entry.entityType === personal.entityType && entry.reason === args.reason!.trim() && entry.fields.includes(personal.field),
  );
  if (pending) {
    if (!pending.entityIds.includes(personal.entityId)) pending.entityIds.push(personal.entityId);
  } else {
    scope.pendingReads.push(auditEntryFor(scope, { operation: 'reveal', entityType: personal.entityType, entityIds: [personal.entityId], fields: [personal.field], reason: args.reason.trim() }));
  }
  return value;
}
