import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of knowledge's 法律条文: the catalogue only knows the ids its sub-items cite. */
@ObjectType({ description: '法律条文（由知识库提供）' })
@Directive('@key(fields: "id")')
export class LawArticle {
  @Field(() => ID)
  id!: string;
}
