import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isValidCitizenId } from '@hub/codes';
import { personalValue, RevealArgs, SubgraphContext } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';

const REVEAL_NOTE = '默认脱敏；reveal: true 并填写事由可查看完整信息，记入审计日志';

/**
 * The complainant's identity (name, phone) and a person's ID number as the target are personal: masked
 * unless a role that needs them reveals them with a reason, which is audited.
 */
@Resolver(() => Complaint)
export class ComplaintPrivacyResolver {
  @FieldResolver(() => String, { nullable: true, description: `投诉人姓名（${REVEAL_NOTE}）` })
  complainantName(@Root() complaint: Complaint, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs): string | null {
    return personalValue(ctx.user, personal(complaint, 'complainantName', 'name'), reveal);
  }

  /** Named "masked" since before reveals existed; clients know it by this name. */
  @FieldResolver(() => String, { nullable: true, description: `投诉人联系电话（如 138****1234；${REVEAL_NOTE}）` })
  complainantPhoneMasked(@Root() complaint: Complaint, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs): string | null {
    // Imported numbers may arrive masked already (the seed city's do): there is nothing more to reveal.
    if (complaint.complainantPhone?.includes('*')) return complaint.complainantPhone;
    return personalValue(ctx.user, personal(complaint, 'complainantPhone', 'phone'), reveal);
  }

  @FieldResolver(() => String, { nullable: true, description: `被投诉举报对象证件号码（居民身份证号${REVEAL_NOTE}）` })
  targetCertNo(@Root() complaint: Complaint, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs): string | null {
    // A USCC is public; only a real citizen ID (checked digit, not just its shape) is personal.
    if (!complaint.targetCertNo || !isValidCitizenId(complaint.targetCertNo)) return complaint.targetCertNo ?? null;
    return personalValue(ctx.user, personal(complaint, 'targetCertNo', 'citizenId'), reveal);
  }
}

const personal = (complaint: Complaint, field: 'complainantName' | 'complainantPhone' | 'targetCertNo', kind: 'name' | 'phone' | 'citizenId') => ({
  value: complaint[field],
  kind,
  entityType: 'Complaint',
  entityId: complaint.id,
  field,
});
