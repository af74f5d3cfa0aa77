import { Directive, Field, ObjectType } from 'type-graphql';

/** 监管事项 (owned by catalog): a complaint points at one by its 14-digit item code. */
@ObjectType({ description: '监管事项' })
@Directive('@key(fields: "itemCode")')
export class RegItem {
  @Field()
  itemCode!: string;
}
