import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@hub/runtime';
import { Department } from '../entities/Department';
import { Organ } from '../entities/Organ';
import { organsByDept } from './departmentLoaders';

/** The department registry: reference data every signed-in user may read (not the public). */
@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => [Department], { description: '监管部门及其所属机关（市局、区县分局）' })
  departments(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(Department, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Organ], { description: '所属机关：市局及各区县分局' })
  organs(@Root() department: Department, @Ctx() ctx: SubgraphContext) {
    return organsByDept(ctx).load(department.code);
  }
}
