import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@hub/runtime';
import { resolveIdentity } from '../auth/resolveIdentity';
import { ResolvedIdentity } from './ResolvedIdentity';

/** For the gateway only: who a verified token belongs to, with role, department, region and organs. */
@Resolver()
export class IdentityResolver {
  @Authorized('system')
  @Query(() => ResolvedIdentity, { nullable: true, description: '按令牌签发方与用户标识查找用户（仅供网关调用）' })
  resolveIdentity(
    @Arg('issuer') issuer: string,
    @Arg('subject') subject: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('username', () => String, { nullable: true }) username?: string | null,
  ) {
    return resolveIdentity(ctx.em.getConnection(), issuer, subject, username);
  }
}
