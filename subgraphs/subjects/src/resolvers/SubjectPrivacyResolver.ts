import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { personalValue, RevealArgs, SubgraphContext } from '@hub/runtime';
import { Subject } from '../entities/Subject';
import { LegalPersonInfo } from '../entities/SubjectDetails';
import { SubjectKind } from '../entities/SubjectKind';

/** Which subject a legal-person detail belongs to, for the audit entry of a reveal (details carry no id). */
const ownerOf = new WeakMap<object, string>();

/**
 * Personal data of subjects: a natural person's certNo is a citizen ID, and so is (usually) a legal
 * representative's certificate number. Both are masked unless revealed with a reason, which is audited.
 */
@Resolver(() => Subject)
export class SubjectPrivacyResolver {
  /**
   * Also a federation key (`@key(fields: "certNo")`), and key fields cannot take arguments: this one is always
   * masked for citizen IDs (USCCs and other numbers pass unchanged); `certNoFull` reveals it.
   */
  @FieldResolver(() => String, { description: '证件号码（居民身份证号脱敏显示；完整号码见 certNoFull）' })
  certNo(@Root() subject: Subject, @Ctx() ctx: SubgraphContext): string {
    return subjectCertNo(ctx, subject);
  }

  @FieldResolver(() => String, { description: '证件号码（居民身份证号默认脱敏；reveal: true 并填写事由可查看完整号码，记入审计日志）' })
  certNoFull(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs): string {
    return subjectCertNo(ctx, subject, reveal);
  }

  @FieldResolver(() => LegalPersonInfo, { nullable: true, description: '法人信息' })
  legalPerson(@Root() subject: Subject): LegalPersonInfo | null {
    if (subject.legalPerson) ownerOf.set(subject.legalPerson, subject.id);
    return subject.legalPerson ?? null;
  }
}

/**
 * A natural person's certificate (ID card, passport …) is personal whatever its type; the numbers of
 * organisations, equipment, products, places and projects are not. Decided by the subject's kind, not by the
 * shape of the number: an all-digit USCC looks like a citizen ID.
 */
function subjectCertNo(ctx: SubgraphContext, subject: Subject, reveal: RevealArgs = {}): string {
  if (subject.kind !== SubjectKind.natural) return subject.certNo;
  return personalValue(ctx.user, { value: subject.certNo, kind: 'citizenId', entityType: 'Subject', entityId: subject.id, field: 'certNo' }, reveal)!;
}

@Resolver(() => LegalPersonInfo)
export class LegalPersonPrivacyResolver {
  @FieldResolver(() => String, { nullable: true, description: '法定代表人证件号码（居民身份证号默认脱敏；reveal: true 并填写事由可查看完整号码，记入审计日志）' })
  legalRepCertNo(@Root() info: LegalPersonInfo, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs): string | null {
    return personalValue(ctx.user, {
      value: info.legalRepCertNo,
      // Any identity document of a person (ID card, passport …) is personal, not only citizen IDs.
      kind: 'citizenId',
      entityType: 'Subject',
      entityId: ownerOf.get(info) ?? '',
      field: 'legalPerson.legalRepCertNo',
    }, reveal);
  }
}
