import { PUBLIC_TAG } from '@hub/runtime';
import { Arg, Directive, Mutation, Resolver, Ctx } from 'type-graphql';
import type { SubgraphContext } from '@hub/runtime';
import { login } from '../auth/login';
import { LoginResult } from './LoginResult';

/** 内置身份认证: the try-it-out provider; with an external OIDC provider configured, the gateway trusts that instead. */
@Resolver()
export class LoginResolver {
  @Mutation(() => LoginResult, { description: '用户名密码登录（内置身份认证），返回访问令牌；连续失败5次锁定15分钟' })
  @Directive(PUBLIC_TAG)
  async login(
    @Arg('username') @Directive(PUBLIC_TAG) username: string,
    @Arg('password') @Directive(PUBLIC_TAG) password: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LoginResult> {
    const { token, expiresAt, user } = await login(ctx.em.getConnection(), username, password);
    return {
      token,
      tokenType: 'Bearer',
      expiresAt,
      user: { id: user.id, username: user.username, name: user.name, role: user.role, dept: user.deptCode, deptName: user.deptName, region: user.region },
    };
  }
}
