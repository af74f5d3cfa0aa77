import { Arg, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertVersion, Connection, flushChecked, HubUser, notFound, PageArgs, SortDirection, SubgraphContext, PUBLIC_TAG, HubError } from '@hub/runtime';
import { LicensePublicity } from '../entities/LicensePublicity';
import { LicensePublicityInput, UpdateLicensePublicityInput } from './LicensePublicityInput';
import { LicensePublicityFilter, LicensePublicityOrder, LicensePublicitySortField } from './LicensePublicityFilter';
import { licensePublicityById } from './creditLoaders';
import { licensePublicityWhere } from './creditWhere';
import { paginateVisible } from './visiblePage';
import { assertMayPublish, licenseVisibility, sourceDeptOf } from '../policy';

const LicensePublicityConnection = Connection(LicensePublicity);

@Resolver(() => LicensePublicity)
export class LicensePublicityResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => LicensePublicity, { nullable: true, description: '按 id 查询双公示·行政许可信息（公众仅可查有效的）' })
  licensePublicity(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return licensePublicityById(ctx).load(id);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => LicensePublicityConnection, { description: '双公示·行政许可列表（默认按许可决定日期从新到旧；公众仅见有效的，工作人员仅见本部门的）' })
  async licensePublicities(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => LicensePublicityFilter, { nullable: true }) filter?: LicensePublicityFilter,
    @Arg('orderBy', () => LicensePublicityOrder, { nullable: true }) orderBy?: LicensePublicityOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginateVisible(ctx.em, LicensePublicity, {
      where: licensePublicityWhere(filter),
      sortField: orderBy?.field ?? LicensePublicitySortField.decisionDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }, licenseVisibility(ctx.user));
    return new LicensePublicityConnection(result);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => LicensePublicity, { description: '新建双公示·行政许可信息（本部门、本辖区机关作出的决定）' })
  async createLicensePublicity(@Arg('input', () => LicensePublicityInput) input: LicensePublicityInput, @Ctx() ctx: SubgraphContext) {
    assertMayPublish(ctx.user, input.authorityUscc);
    const record = ctx.em.create(LicensePublicity, toEntityData(input, ctx.user));
    await flushChecked(ctx.em, new HubError('DUPLICATE_DOC_NO', `许可机关已公示过决定书文号 ${input.docNo}`, 'docNo'));
    return record;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => LicensePublicity, { description: '修改双公示·行政许可信息（乐观锁：expectedVersion 须为当前版本）' })
  async updateLicensePublicity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLicensePublicityInput) input: UpdateLicensePublicityInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const record = await ctx.em.findOne(LicensePublicity, { id });
    if (!record) throw notFound('双公示·行政许可信息', id, 'id');
    assertMayPublish(ctx.user, record.authorityUscc, 'id');
    assertMayPublish(ctx.user, input.authorityUscc);
    assertVersion(record, input.expectedVersion);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(record, toEntityData(data as LicensePublicityInput, ctx.user));
    await flushChecked(ctx.em, new HubError('DUPLICATE_DOC_NO', `许可机关已公示过决定书文号 ${input.docNo}`, 'docNo'));
    return record;
  }
}

const upper = (s: string | null | undefined) => (s ? s.trim().toUpperCase() : null);

function toEntityData(input: LicensePublicityInput, user: HubUser) {
  return { ...input, sourceDept: sourceDeptOf(user, input.sourceDept), uscc: upper(input.uscc), authorityUscc: upper(input.authorityUscc)!, dataSourceUscc: upper(input.dataSourceUscc) };
}
