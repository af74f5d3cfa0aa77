import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertVersion, Connection, flushChecked, notFound, PageArgs, paginate, SortDirection, SubgraphContext } from '@hub/runtime';
import { LicensePublicity } from '../entities/LicensePublicity';
import { LicensePublicityInput, UpdateLicensePublicityInput } from './LicensePublicityInput';
import { LicensePublicityFilter, LicensePublicityOrder, LicensePublicitySortField } from './LicensePublicityFilter';
import { licensePublicityById } from './creditLoaders';
import { licensePublicityWhere } from './creditWhere';

const LicensePublicityConnection = Connection(LicensePublicity);

@Resolver(() => LicensePublicity)
export class LicensePublicityResolver {
  @Query(() => LicensePublicity, { nullable: true, description: '按 id 查询双公示·行政许可信息' })
  licensePublicity(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return licensePublicityById(ctx).load(id);
  }

  @Query(() => LicensePublicityConnection, { description: '双公示·行政许可列表（默认按许可决定日期从新到旧）' })
  async licensePublicities(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => LicensePublicityFilter, { nullable: true }) filter?: LicensePublicityFilter,
    @Arg('orderBy', () => LicensePublicityOrder, { nullable: true }) orderBy?: LicensePublicityOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginate(ctx.em, LicensePublicity, {
      where: licensePublicityWhere(filter),
      sortField: orderBy?.field ?? LicensePublicitySortField.decisionDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    });
    return new LicensePublicityConnection(result);
  }

  @Mutation(() => LicensePublicity, { description: '新建双公示·行政许可信息' })
  async createLicensePublicity(@Arg('input', () => LicensePublicityInput) input: LicensePublicityInput, @Ctx() ctx: SubgraphContext) {
    const record = ctx.em.create(LicensePublicity, toEntityData(input));
    await flushChecked(ctx.em);
    return record;
  }

  @Mutation(() => LicensePublicity, { description: '修改双公示·行政许可信息（乐观锁：expectedVersion 须为当前版本）' })
  async updateLicensePublicity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLicensePublicityInput) input: UpdateLicensePublicityInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const record = await ctx.em.findOne(LicensePublicity, { id });
    if (!record) throw notFound('双公示·行政许可信息', id, 'id');
    assertVersion(record, input.expectedVersion);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(record, toEntityData(data as LicensePublicityInput));
    await flushChecked(ctx.em);
    return record;
  }
}

const upper = (s: string | null | undefined) => (s ? s.trim().toUpperCase() : null);

function toEntityData(input: LicensePublicityInput) {
  return { ...input, uscc: upper(input.uscc), authorityUscc: upper(input.authorityUscc)!, dataSourceUscc: upper(input.dataSourceUscc) };
}
