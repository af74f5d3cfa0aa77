import { Arg, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '@hub/runtime';
import { RuleSet } from '../entities/RuleSet';
import { SIGNED_IN } from '../policy';

@ObjectType({ description: '一条校验规则' })
class RuleInfo {
  @Field({ description: '规则编码' }) code!: string;
  @Field({ description: '类型：required/maxLength/regex/codeTable/checksum/dateOrder/reference' }) kind!: string;
  @Field({ description: '字段' }) field!: string;
  @Field({ description: 'error 退回 / warning 提示' }) severity!: string;
  @Field({ description: '说明' }) description!: string;
  @Field({ description: '参数（JSON）' }) params!: string;
}

/** 校验规则: rule sets per record type, every version kept. */
@Resolver(() => RuleSet)
export class RuleSetResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => [RuleSet], { description: '某数据类型的规则集（新版本在前）' })
  ruleSets(@Arg('recordType') recordType: string, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(RuleSet, { recordType }, { orderBy: { ruleVersion: 'desc' } });
  }

  @FieldResolver(() => [RuleInfo], { description: '规则' })
  rules(@Root() set: RuleSet): RuleInfo[] {
    return set.rules.map((r) => ({ code: r.code, kind: r.kind, field: r.field, severity: r.severity, description: r.description, params: JSON.stringify(r.params ?? {}) }));
  }
}
