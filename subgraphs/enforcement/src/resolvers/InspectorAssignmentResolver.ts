import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '@hub/runtime';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Enforcer } from '../entities/Enforcer';
import { enforcerById } from './enforcerLoaders';
import { visible } from '../access';

@Resolver(() => InspectionInspector)
export class InspectorAssignmentResolver {
  @FieldResolver(() => Enforcer, { nullable: true, description: '执法人员（当前登记信息；本人无权查看时为空）' })
  async enforcer(@Root() assignment: InspectionInspector, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Enforcer', await enforcerById(ctx).load(assignment.enforcerId));
  }
}
