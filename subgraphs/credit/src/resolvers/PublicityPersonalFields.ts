import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { HubUser, maskName, PersonalKind, personalValue, RevealArgs, SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';

const REVEAL = '（自然人的身份证号码默认脱敏；查看完整号码须填写事由并记入审计日志）';

const shown = (ctx: SubgraphContext, entityType: string, record: { id: string }, field: string, value: string | null | undefined, kind: PersonalKind, args: RevealArgs) =>
  personalValue(ctx.user, { value, kind, entityType, entityId: record.id, field }, args);

/** 行政相对人名称: a natural person's name is personal data, masked for the public (organisations' names are not). */
const partyNameFor = (user: HubUser, p: { partyName: string; partyCategory: string }) =>
  user.role === 'public' && p.partyCategory === NATURAL_PERSON ? maskName(p.partyName) : p.partyName;
const NATURAL_PERSON = '自然人';

/**
 * Identifiers of a 行政处罚公示 that are personal data when the party is a natural person (or a sole trader
 * registered under the owner's ID number), and the legal representative's document number.
 */
@Resolver(() => PenaltyPublicity)
export class PenaltyPublicityPersonalFields {
  @Directive(PUBLIC_TAG)
  @FieldResolver(() => String, { description: '行政相对人名称（自然人姓名对公众脱敏）' })
  partyName(@Root() p: PenaltyPublicity, @Ctx() ctx: SubgraphContext) {
    return partyNameFor(ctx.user, p);
  }

  // A USCC is the company's public identity; only a citizen ID in its place is masked.
  @Directive(PUBLIC_TAG)
  @FieldResolver(() => String, { nullable: true, description: `统一社会信用代码${REVEAL}` })
  uscc(@Root() p: PenaltyPublicity, @Ctx() ctx: SubgraphContext, @Args() args: RevealArgs) {
    return shown(ctx, 'PenaltyPublicity', p, 'uscc', p.uscc, 'certNo', args);
  }

  @FieldResolver(() => String, { nullable: true, description: `工商注册号${REVEAL}` })
  regNo(@Root() p: PenaltyPublicity, @Ctx() ctx: SubgraphContext, @Args() args: RevealArgs) {
    return shown(ctx, 'PenaltyPublicity', p, 'regNo', p.regNo, 'certNo', args);
  }

  @FieldResolver(() => String, { nullable: true, description: `税务登记号${REVEAL}` })
  taxNo(@Root() p: PenaltyPublicity, @Ctx() ctx: SubgraphContext, @Args() args: RevealArgs) {
    return shown(ctx, 'PenaltyPublicity', p, 'taxNo', p.taxNo, 'certNo', args);
  }

  // A legal representative is a natural person whatever the document: every number is masked.
  @FieldResolver(() => String, { nullable: true, description: '法定代表人证件号码（默认脱敏；查看完整号码须填写事由并记入审计日志）' })
  legalRepCertNo(@Root() p: PenaltyPublicity, @Ctx() ctx: SubgraphContext, @Args() args: RevealArgs) {
    return shown(ctx, 'PenaltyPublicity', p, 'legalRepCertNo', p.legalRepCertNo, 'citizenId', args);
  }
}

@Resolver(() => LicensePublicity)
export class LicensePublicityPersonalFields {
  @Directive(PUBLIC_TAG)
  @FieldResolver(() => String, { description: '行政相对人名称（XK_XDR_MC；自然人姓名对公众脱敏）' })
  partyName(@Root() p: LicensePublicity, @Ctx() ctx: SubgraphContext) {
    return partyNameFor(ctx.user, p);
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => String, { nullable: true, description: `统一社会信用代码（XK_XDR_SHXYM）${REVEAL}` })
  uscc(@Root() p: LicensePublicity, @Ctx() ctx: SubgraphContext, @Args() args: RevealArgs) {
    return shown(ctx, 'LicensePublicity', p, 'uscc', p.uscc, 'certNo', args);
  }
}
