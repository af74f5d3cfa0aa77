import { Field, InputType, registerEnumType } from 'type-graphql';
import { DataStatus, SortDirection } from '@hub/runtime';
import { ListType } from '../entities/creditEnums';

@InputType({ description: '信用名单筛选条件（各条件同时满足）' })
export class CreditListingFilter {
  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  uscc?: string;

  @Field(() => [ListType], { nullable: true, description: '名单类别' })
  listType?: ListType[];

  @Field(() => Boolean, { nullable: true, description: 'true 仅当前在名单中的（未移出且未届满），false 仅已移出或已届满的' })
  current?: boolean;

  @Field(() => [DataStatus], { nullable: true, description: '数据状态（默认仅正常）' })
  dataStatus?: DataStatus[];
}

export enum CreditListingSortField {
  listedAt = 'listedAt',
  createdAt = 'createdAt',
}
registerEnumType(CreditListingSortField, { name: 'CreditListingSortField', description: '信用名单排序字段' });

@InputType()
export class CreditListingOrder {
  @Field(() => CreditListingSortField) field!: CreditListingSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
