import { Directive, Field, InputType, registerEnumType } from 'type-graphql';
import { DataStatus, LocalDateScalar, SortDirection, PUBLIC_TAG } from '@hub/runtime';
import { PublicityStatus } from '../entities/creditEnums';

@Directive(PUBLIC_TAG)
@InputType({ description: '双公示·行政处罚筛选条件（各条件同时满足）' })
export class PenaltyPublicityFilter {
  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '行政相对人统一社会信用代码' })
  uscc?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '处罚机关统一社会信用代码' })
  authorityUscc?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '处罚决定日期不早于' })
  decisionDateFrom?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '处罚决定日期不晚于' })
  decisionDateTo?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => [PublicityStatus], { nullable: true, description: '公示状态' })
  status?: PublicityStatus[];

  @Directive(PUBLIC_TAG)
  @Field(() => Boolean, { nullable: true, description: 'true 仅超过7个工作日才公示的，false 仅按时公示的' })
  publishedLate?: boolean;

  @Field(() => [DataStatus], { nullable: true, description: '数据状态（默认仅正常）' })
  dataStatus?: DataStatus[];
}

export enum PenaltyPublicitySortField {
  decisionDate = 'decisionDate',
  publishedAt = 'publishedAt',
  createdAt = 'createdAt',
}
registerEnumType(PenaltyPublicitySortField, { name: 'PenaltyPublicitySortField', description: '双公示·行政处罚排序字段' });

@Directive(PUBLIC_TAG)
@InputType()
export class PenaltyPublicityOrder {
  @Directive(PUBLIC_TAG) @Field(() => PenaltyPublicitySortField) field!: PenaltyPublicitySortField;
  @Directive(PUBLIC_TAG) @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
