import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { forbidden, HubError, isUuid, notFound, SubgraphContext } from '@hub/runtime';
import { ApiKey } from '../entities/ApiKey';
import { hashApiKey, newApiKey } from '../pipeline/apiKeys';

@ObjectType({ description: '新建的接口密钥（密钥只显示这一次）' })
class CreatedApiKey {
  @Field({ description: '密钥（请立即保存，之后无法再次查看）' }) key!: string;
  @Field(() => ApiKey) apiKey!: ApiKey;
}

/** A department's leaders manage its keys; staff and leaders see them (without the key itself). */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('staff', 'leader')
  @Query(() => [ApiKey], { description: '本部门的接口密钥' })
  apiKeys(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(ApiKey, { deptCode: ctx.user.dept ?? '-' }, { orderBy: { createdAt: 'desc' } });
  }

  @Authorized('leader')
  @Mutation(() => CreatedApiKey, { description: '为本部门新建接口密钥（部门领导）' })
  async createApiKey(@Arg('name') name: string, @Ctx() ctx: SubgraphContext): Promise<CreatedApiKey> {
    if (!name.trim() || name.length > 100) throw new HubError('INVALID_NAME', '用途说明不能为空，且不超过 100 个字符', 'name');
    if (!ctx.user.dept) throw forbidden('只有部门领导可以新建接口密钥');
    const key = newApiKey();
    const apiKey = ctx.em.create(ApiKey, { deptCode: ctx.user.dept, name: name.trim(), keyHash: hashApiKey(key), prefix: key.slice(0, 12), createdBy: ctx.user.id, sourceDept: ctx.user.dept });
    await ctx.em.flush();
    return { key, apiKey };
  }

  @Authorized('leader')
  @Mutation(() => ApiKey, { description: '停用本部门的接口密钥' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ApiKey> {
    const apiKey = isUuid(id) ? await ctx.em.findOne(ApiKey, { id, deptCode: ctx.user.dept ?? '-' }) : null;
    if (!apiKey) throw notFound('接口密钥', id, 'id');
    apiKey.revokedAt ??= new Date();
    await ctx.em.flush();
    return apiKey;
  }
}
