import { ClassType, Directive, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { HubError } from '../errors';
import { PUBLIC_TAG } from '../federation/publicTag';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: '排序方向' });

// Every subgraph returns PageInfo: a value type shared across the graph.
// Pagination types are tagged public: the contract keeps them only where a public list uses them.
@ObjectType({ description: '分页信息' })
@Directive('@shareable')
@Directive(PUBLIC_TAG)
export class PageInfo {
  @Field() @Directive(PUBLIC_TAG) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) @Directive(PUBLIC_TAG) endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  count: () => Promise<number>;
}

const connections = new Map<ClassType, ClassType>();

/**
 * `XxxConnection { edges { cursor node } nodes pageInfo totalCount }` for a node type. `totalCount` is a
 * method so that the COUNT(*) runs only when a client asks for it.
 */
export function Connection<T extends object>(node: ClassType<T>, name = node.name): ClassType<ConnectionShape<T>> {
  const existing = connections.get(node);
  if (existing) return existing as ClassType<ConnectionShape<T>>;

  @ObjectType(`${name}Edge`)
  @Directive(PUBLIC_TAG)
  class Edge {
    @Field() @Directive(PUBLIC_TAG) cursor!: string;
    @Field(() => node) @Directive(PUBLIC_TAG) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${name} 的分页列表（游标分页）` })
  @Directive(PUBLIC_TAG)
  class Conn {
    constructor(private readonly page: Page<T>) {}
    @Directive(PUBLIC_TAG)
    @Field(() => [Edge]) get edges(): Edge[] {
      return this.page.nodes.map((n, i) => ({ node: n, cursor: this.page.cursors[i] }));
    }
    @Directive(PUBLIC_TAG)
    @Field(() => [node]) get nodes(): T[] {
      return this.page.nodes;
    }
    @Directive(PUBLIC_TAG)
    @Field(() => PageInfo) get pageInfo(): PageInfo {
      return { hasNextPage: this.page.hasNextPage, endCursor: this.page.cursors.at(-1) ?? null };
    }
    @Directive(PUBLIC_TAG)
    @Field(() => Int, { description: '符合条件的记录总数' }) totalCount(): Promise<number> {
      return this.page.count();
    }
  }
  connections.set(node, Conn);
  return Conn as unknown as ClassType<ConnectionShape<T>>;
}

export interface ConnectionShape<T> {
  nodes: T[];
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

@InputType({ description: '分页参数：first 条，从 after 游标之后开始' })
@Directive(PUBLIC_TAG)
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @Min(0, { message: 'first 不能小于0', context: { code: 'INVALID_PAGE_SIZE' } })
  @Max(MAX_PAGE_SIZE, { message: `first 不能超过${MAX_PAGE_SIZE}`, context: { code: 'INVALID_PAGE_SIZE' } })
  first?: number;

  @Field(() => String, { nullable: true }) after?: string | null;
}

/** A keyset cursor: the sort value and the id of the last row seen. */
export function encodeCursor(sortValue: unknown, id: string): string {
  return Buffer.from(JSON.stringify([sortValue instanceof Date ? sortValue.toISOString() : sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [unknown, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value as [unknown, string];
  } catch {
    /* falls through to the error */
  }
  throw new HubError('INVALID_CURSOR', '分页游标无效，请从第一页重新查询', 'after');
}
