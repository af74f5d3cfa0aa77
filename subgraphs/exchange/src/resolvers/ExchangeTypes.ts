import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '一条校验不通过的规则' })
export class ViolationInfo {
  @Field({ description: '规则编码' }) rule!: string;
  @Field({ description: '字段' }) field!: string;
  @Field({ description: '严重程度：error 退回 / warning 提示' }) severity!: string;
  @Field({ description: '说明' }) message!: string;
  @Field(() => String, { nullable: true, description: '被校验的值' }) value?: string | null;
}

@ObjectType({ description: '一个单元格：表头与内容' })
export class CellValue {
  @Field({ description: '表头' }) header!: string;
  @Field(() => String, { nullable: true, description: '内容' }) value!: string | null;
}

@InputType({ description: '更正后的单元格' })
export class CellInput {
  @Field({ description: '表头（与原文件一致，或国家字段表中的中文名）' }) header!: string;
  @Field(() => String, { nullable: true, description: '内容' }) value!: string | null;
}

@ObjectType({ description: '按规则统计的退回数' })
export class RejectReasonInfo {
  @Field() rule!: string;
  @Field() message!: string;
  @Field(() => Int) count!: number;
}
