import { Directive, Field, InputType, registerEnumType } from 'type-graphql';
import { DataStatus, LocalDateScalar, SortDirection, PUBLIC_TAG } from '@hub/runtime';
import { LicenceStatus } from '../entities/creditEnums';

@Directive(PUBLIC_TAG)
@InputType({ description: '双公示·行政许可筛选条件（各条件同时满足）' })
export class LicensePublicityFilter {
  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '行政相对人统一社会信用代码' })
  uscc?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '许可机关统一社会信用代码' })
  authorityUscc?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '许可编号' })
  licenceNo?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '许可决定日期不早于' })
  decisionDateFrom?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '许可决定日期不晚于' })
  decisionDateTo?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LicenceStatus, { nullable: true, description: '当前状态' })
  status?: LicenceStatus;

  @Field(() => [DataStatus], { nullable: true, description: '数据状态（默认仅正常）' })
  dataStatus?: DataStatus[];
}

export enum LicensePublicitySortField {
  decisionDate = 'decisionDate',
  validTo = 'validTo',
  createdAt = 'createdAt',
}
registerEnumType(LicensePublicitySortField, { name: 'LicensePublicitySortField', description: '双公示·行政许可排序字段' });

@Directive(PUBLIC_TAG)
@InputType()
export class LicensePublicityOrder {
  @Directive(PUBLIC_TAG) @Field(() => LicensePublicitySortField) field!: LicensePublicitySortField;
  @Directive(PUBLIC_TAG) @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
