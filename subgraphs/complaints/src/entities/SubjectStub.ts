import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 监管对象 (owned by subjects): only its key here; complaints adds `complaints` and `complaintCount`. */
@ObjectType({ description: '监管对象' })
@Directive('@key(fields: "id")')
export class Subject {
  @Field(() => ID)
  id!: string;
}
