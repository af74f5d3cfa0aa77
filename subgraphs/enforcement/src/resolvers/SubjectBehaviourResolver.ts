import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '@hub/runtime';
import { Subject } from '../stubs/ForeignEntities';
import { Inspection } from '../entities/Inspection';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { inspectionCountOf, latestCoercions, latestInspections, latestPenalties } from './subjectLoaders';

/**
 * What the enforcement library adds to a subject: its newest behaviour records that the reader may see (one
 * query per field per request); null for a reader who may see none of them (the public).
 */
@Resolver(() => Subject)
export class SubjectBehaviourResolver {
  @FieldResolver(() => [Inspection], { nullable: true, description: '最近的行政检查（本人可查看的，按检查日期从新到旧，最多100条）' })
  inspections(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return latestInspections(ctx, subject.id, first);
  }

  @FieldResolver(() => Int, { nullable: true, description: '行政检查次数（本人可查看的）' })
  inspectionCount(@Root() subject: Subject, @Ctx() ctx: SubgraphContext) {
    return inspectionCountOf(ctx).load(subject.id);
  }

  @FieldResolver(() => [Penalty], { nullable: true, description: '最近的行政处罚（本人可查看的，按决定日期从新到旧，最多100条）' })
  penalties(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return latestPenalties(ctx, subject.id, first);
  }

  @FieldResolver(() => [Coercion], { nullable: true, description: '最近的行政强制（本人可查看的，按起始日期从新到旧，最多100条）' })
  coercions(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return latestCoercions(ctx, subject.id, first);
  }
}
