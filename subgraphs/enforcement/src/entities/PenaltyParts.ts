import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Min } from 'class-validator';
import { LocalDateScalar, MaxChars } from '@hub/runtime';

// Parts of a penalty record (domain.md §11.4), each one JSONB column; the classes are both the GraphQL
// output type and (under the *Input name) what clients send.

@Embeddable()
@ObjectType('PenaltyLegalReview', { description: '法制审核' })
@InputType('PenaltyLegalReviewInput')
export class PenaltyLegalReview {
  @Field({ description: '是否经法制审核' })
  @Property() done!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '法制审核日期' }) @IsOptional()
  @Property({ nullable: true }) date?: string | null;

  @Field(() => String, { nullable: true, description: '法制审核意见' }) @IsOptional() @MaxChars('法制审核意见', 400)
  @Property({ nullable: true }) opinion?: string | null;
}

@Embeddable()
@ObjectType('PenaltyCollectiveDiscussion', { description: '集体讨论' })
@InputType('PenaltyCollectiveDiscussionInput')
export class PenaltyCollectiveDiscussion {
  @Field({ description: '是否经集体讨论' })
  @Property() done!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '集体讨论日期' }) @IsOptional()
  @Property({ nullable: true }) date?: string | null;

  @Field(() => String, { nullable: true, description: '集体讨论结论' }) @IsOptional() @MaxChars('集体讨论结论', 400)
  @Property({ nullable: true }) conclusion?: string | null;
}

@Embeddable()
@ObjectType('PenaltyLicenceRevoked', { description: '暂扣或吊销的证照' })
@InputType('PenaltyLicenceRevokedInput')
export class PenaltyLicenceRevoked {
  @Field({ description: '证照名称' }) @MaxChars('证照名称', 200)
  @Property() name!: string;

  @Field({ description: '证照编号' }) @MaxChars('证照编号', 100)
  @Property() no!: string;
}

@Embeddable()
@ObjectType('PenaltyClosing', { description: '结案信息' })
@InputType('PenaltyClosingInput')
export class PenaltyClosing {
  @Field(() => String, { nullable: true, description: '执行方式' }) @IsOptional() @MaxChars('执行方式', 20)
  @Property({ nullable: true }) mode?: string | null;

  @Field(() => String, { nullable: true, description: '执行结果' }) @IsOptional() @MaxChars('执行结果', 200)
  @Property({ nullable: true }) result?: string | null;

  @Field(() => Float, { nullable: true, description: '实缴罚没金额（元）' }) @IsOptional()
  @Min(0, { message: '实缴金额不能为负数', context: { code: 'INVALID_AMOUNT' } })
  @Property({ type: 'double', nullable: true }) paidYuan?: number | null;

  @Field({ description: '是否不予行政处罚' })
  @Property() noPenalty!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '结案日期' }) @IsOptional()
  @Property({ nullable: true }) date?: string | null;
}
