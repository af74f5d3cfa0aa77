import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { HubError, isUuid, SubgraphContext } from '@hub/runtime';
import { User } from '../entities/User';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../auth/passwords';
import { flushUser } from './userWrites';

/** The signed-in person's own account. */
@Resolver()
export class MeResolver {
  @Query(() => User, { nullable: true, description: '当前登录用户（公众为 null）' })
  me(@Ctx() ctx: SubgraphContext) {
    if (ctx.user.role === 'public' || !isUuid(ctx.user.id)) return null;
    return ctx.em.findOne(User, { id: ctx.user.id });
  }

  @Authorized()
  @Mutation(() => User, { description: '修改本人密码（内置身份认证）' })
  async changePassword(@Arg('oldPassword') oldPassword: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: SubgraphContext) {
    const user = isUuid(ctx.user.id) ? await ctx.em.findOne(User, { id: ctx.user.id }, { populate: ['passwordHash'] }) : null;
    if (!user) throw new HubError('NOT_FOUND', '当前用户不在用户库中，无法修改密码');
    if (!(await verifyPassword(oldPassword, user.passwordHash))) throw new HubError('INVALID_CREDENTIALS', '原密码错误', 'oldPassword');
    if (newPassword === oldPassword) throw new HubError('PASSWORD_UNCHANGED', '新密码不能与原密码相同', 'newPassword');
    checkPasswordPolicy(newPassword, 'newPassword', user.username);
    ctx.em.assign(user, { passwordHash: await hashPassword(newPassword) });
    await flushUser(ctx.em);
    return user;
  }
}
