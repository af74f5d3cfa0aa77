import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities owned by other libraries: this subgraph knows only their keys and returns `{ key }` stubs;
// the gateway fetches everything else from the owner.

@ObjectType({ description: '监管对象（监管对象库）' })
@Directive('@key(fields: "id")')
export class Subject {
  @Field(() => ID) id!: string;
}

@ObjectType({ description: '监管事项（监管事项目录清单库）' })
@Directive('@key(fields: "itemCode")')
export class RegItem {
  @Field() itemCode!: string;
}

@ObjectType({ description: '检查实施清单（监管事项目录清单库）' })
@Directive('@key(fields: "code")')
export class CheckImplList {
  @Field() code!: string;
}

@ObjectType({ description: '法律条文（知识库）' })
@Directive('@key(fields: "id")')
export class LawArticle {
  @Field(() => ID) id!: string;
}
