import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, escapeLike, forbidden, HubError, isUuid, notFound, PageArgs, paginate, regionPrefix, ROLE_NAMES, SortDirection, SubgraphContext,
} from '@hub/runtime';
import { User } from '../entities/User';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords';
import {
  assertCanAssign, assertCanManage, assertRegionInScope, USER_ADMIN_ROLES, USER_READER_ROLES, visibleUsers,
} from '../policy/userPolicy';
import { departmentByCode } from './departmentLoaders';
import { CreateUserInput, UpdateUserInput } from './UserInput';
import { UserFilter } from './UserFilter';
import { checkDepartment, flushUser } from './userWrites';

const UserConnection = Connection(User);

/** 用户管理 (分级授权): see policy/userPolicy.ts for who may do what. */
@Resolver(() => User)
export class UserResolver {
  @Authorized(...USER_READER_ROLES)
  @Query(() => UserConnection, { description: '用户列表（管理员：本辖区；审计员：全部），按登录名排序，游标分页' })
  async users(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const scope = visibleUsers(ctx.user);
    const where: FilterQuery<User>[] = scope ? [scope] : [];
    if (filter?.role) where.push({ role: filter.role as User['role'] });
    if (filter?.dept) where.push({ deptCode: filter.dept });
    if (filter?.region) where.push({ region: { $like: `${regionPrefix(filter.region)}%` } });
    if (filter?.usernameContains) where.push({ username: { $like: `%${escapeLike(filter.usernameContains.toLowerCase())}%` } });
    if (filter?.disabled !== undefined && filter?.disabled !== null) where.push({ disabled: filter.disabled });
    const found = await paginate(ctx.em, User, { where: { $and: where }, sortField: 'username', direction: SortDirection.ASC, first: page?.first, after: page?.after });
    return new UserConnection(found);
  }

  @Authorized(...USER_ADMIN_ROLES)
  @Mutation(() => User, { description: '新建用户（本辖区内，且只能分配本角色有权分配的角色）' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: SubgraphContext) {
    const actor = ctx.user;
    assertCanAssign(actor, input.role);
    assertRegionInScope(actor, input.region);
    await checkDepartment(ctx.em, input.role, input.dept);
    if (input.password) checkPasswordPolicy(input.password, 'password', input.username);
    const user = ctx.em.create(User, {
      username: input.username,
      name: input.name.trim(),
      role: input.role,
      deptCode: input.dept || null,
      region: input.region,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      oidcSubject: input.oidcSubject?.trim() || null,
      sourceDept: actor.dept,
    });
    await flushUser(ctx.em);
    return user;
  }

  @Authorized(...USER_ADMIN_ROLES)
  @Mutation(() => User, { description: '修改用户（角色、部门、区划、姓名、外部身份绑定、停用）；乐观锁' })
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本号' }) expectedVersion: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const actor = ctx.user;
    const user = await managedUser(ctx, id);
    assertVersion(user, expectedVersion);
    const role = input.role ?? user.role;
    if (role !== user.role) {
      if (user.id === actor.id) throw new HubError('FORBIDDEN', '不能修改自己的角色', 'role');
      assertCanAssign(actor, role);
    }
    if (input.region) assertRegionInScope(actor, input.region);
    const deptCode = input.dept !== undefined ? input.dept || null : user.deptCode;
    await checkDepartment(ctx.em, role as User['role'], deptCode);
    if (input.disabled && user.id === actor.id) throw new HubError('FORBIDDEN', '不能停用自己的账户', 'disabled');
    ctx.em.assign(user, {
      role: role as User['role'],
      deptCode,
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.region ? { region: input.region } : {}),
      ...(input.oidcSubject !== undefined ? { oidcSubject: input.oidcSubject?.trim() || null } : {}),
      ...(typeof input.disabled === 'boolean' ? { disabled: input.disabled } : {}),
    });
    await flushUser(ctx.em);
    return user;
  }

  @Authorized(...USER_ADMIN_ROLES)
  @Mutation(() => User, { description: '重置用户密码（同时解除锁定）' })
  async resetPassword(@Arg('id', () => ID) id: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: SubgraphContext) {
    const user = await managedUser(ctx, id);
    checkPasswordPolicy(newPassword, 'newPassword', user.username);
    ctx.em.assign(user, { passwordHash: await hashPassword(newPassword), failedLogins: 0, lockedUntil: null });
    await flushUser(ctx.em);
    return user;
  }

  @Authorized(...USER_ADMIN_ROLES)
  @Mutation(() => User, { description: '解除因连续登录失败造成的账户锁定' })
  async unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    const user = await managedUser(ctx, id);
    ctx.em.assign(user, { failedLogins: 0, lockedUntil: null });
    await flushUser(ctx.em);
    return user;
  }

  @FieldResolver(() => String, { nullable: true, description: '所属部门名称' })
  async deptName(@Root() user: User, @Ctx() ctx: SubgraphContext) {
    return user.deptCode ? (await departmentByCode(ctx).load(user.deptCode))?.name ?? null : null;
  }

  @FieldResolver(() => String, { description: '角色名称' })
  roleName(@Root() user: User) {
    return ROLE_NAMES[user.role];
  }
}

/** A user the caller may manage, or NOT_FOUND / FORBIDDEN. */
async function managedUser(ctx: SubgraphContext, id: string): Promise<User> {
  const user = isUuid(id) ? await ctx.em.findOne(User, { id }) : null;
  if (!user) throw notFound('用户', id, 'id');
  if (!ctx.user) throw forbidden();
  assertCanManage(ctx.user, user);
  return user;
}
