import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '@hub/runtime';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Enforcer } from '../entities/Enforcer';
import { enforcerById } from './enforcerLoaders';

@Resolver(() => InspectionInspector)
export class InspectorAssignmentResolver {
  @FieldResolver(() => Enforcer, { nullable: true, description: '执法人员（当前登记信息）' })
  enforcer(@Root() assignment: InspectionInspector, @Ctx() ctx: SubgraphContext) {
    return enforcerById(ctx).load(assignment.enforcerId);
  }
}
