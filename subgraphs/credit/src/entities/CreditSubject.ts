import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The subjects library's `Subject`, known here only by its certificate number: credit data arrives
 * keyed by 统一社会信用代码, so the credit library never needs the subject's internal id.
 */
@ObjectType('Subject')
@Directive('@key(fields: "certNo")')
export class Subject {
  @Field({ description: '证件号码（法人为统一社会信用代码）' })
  certNo!: string;
}
