import { PUBLIC_TAG } from '@hub/runtime';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of knowledge's 法律条文: the catalogue only knows the ids its sub-items cite. */
@Directive(PUBLIC_TAG)
@ObjectType({ description: '法律条文（由知识库提供）' })
@Directive('@key(fields: "id")')
export class LawArticle {
  @Directive(PUBLIC_TAG)
  @Field(() => ID)
  id!: string;
}
