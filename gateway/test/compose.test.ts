import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { GraphQLSchema, printSchema } from 'graphql';
import { composePublicSupergraph, composeSupergraph, CompositionFailed, readSupergraphConfig } from '../src';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])\n';
const people = { name: 'people', url: 'http://127.0.0.1:4101/graphql', sdl: `${LINK}type Query { person(id: ID!): Person }\ntype Person @key(fields: "id") { id: ID! name: String! }` };
const pets = { name: 'pets', url: 'http://127.0.0.1:4102/graphql', sdl: `${LINK}type Person @key(fields: "id") { id: ID! pets: [String!]! }` };

describe('composeSupergraph', () => {
  test('a compatible pair composes into a supergraph that routes to both', () => {
    const supergraph = composeSupergraph([people, pets]);
    expect(supergraph).toMatch(/PEOPLE @join__graph\(name: "people", url: "http:\/\/127\.0\.0\.1:4101\/graphql"\)/);
    expect(supergraph).toMatch(/PETS @join__graph\(name: "pets", url: "http:\/\/127\.0\.0\.1:4102\/graphql"\)/);
    expect(supergraph).toMatch(/pets: \[String!\]! @join__field\(graph: PETS\)/);
  });

  test('the same non-shareable field in two subgraphs fails, naming the field, the code and both subgraphs', () => {
    const clash = { ...pets, sdl: `${LINK}type Person @key(fields: "id") { id: ID! name: String! }` };
    let failure: unknown;
    try {
      composeSupergraph([people, clash]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CompositionFailed);
    const { message, problems } = failure as CompositionFailed;
    expect(message).toMatch(/^超级图组合失败（1 个错误）/);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^INVALID_FIELD_SHARING: Non-shareable field "Person\.name"/);
    expect(problems[0]).toMatch(/\[people 3:\d+, pets 2:\d+\]$/);
  });

  test('an SDL that does not parse is reported with its subgraph', () => {
    expect(() => composeSupergraph([people, { ...pets, sdl: 'type Person {' }])).toThrow(/GRAPHQL_PARSE_FAILED: 子图 pets 的 SDL 无法解析/);
  });

  test('no subgraphs at all is a failure, not an empty supergraph', () => {
    expect(() => composeSupergraph([])).toThrow(CompositionFailed);
  });
});

describe('readSupergraphConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-supergraph-'));
    fs.mkdirSync(path.join(dir, 'subgraphs', 'people'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'subgraphs', 'people', 'schema.graphql'), people.sdl);
    fs.writeFileSync(path.join(dir, 'pets.graphql'), pets.sdl);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("reads rover's format, resolving schema files against the yaml's folder, and composes", () => {
    const file = path.join(dir, 'supergraph.yaml');
    fs.writeFileSync(
      file,
      [
        'federation_version: =2.7.0',
        'subgraphs:',
        '  people:',
        `    routing_url: ${people.url}`,
        '    schema:',
        '      file: ./subgraphs/people/schema.graphql',
        '  pets:',
        `    routing_url: ${pets.url}`,
        '    schema:',
        '      file: pets.graphql',
      ].join('\n'),
    );
    // From another working directory: paths must not depend on it.
    const cwd = process.cwd();
    process.chdir(os.tmpdir());
    try {
      const config = readSupergraphConfig(path.relative(os.tmpdir(), file));
      expect(config.federationVersion).toBe('=2.7.0');
      expect(config.subgraphs).toEqual([people, pets]);
      expect(composeSupergraph(config.subgraphs)).toContain('join__graph(name: "pets"');
    } finally {
      process.chdir(cwd);
    }
  });

  test.each([
    ['a missing routing_url', 'subgraphs:\n  pets:\n    schema:\n      file: pets.graphql\n', /子图 pets 缺少 routing_url/],
    ['a missing schema file', 'subgraphs:\n  pets:\n    routing_url: http://x/graphql\n    schema:\n      file: nope.graphql\n', /子图 pets 的 SDL 文件不存在/],
    ['an introspected schema', 'subgraphs:\n  pets:\n    routing_url: http://x/graphql\n    schema:\n      subgraph_url: http://x/graphql\n', /必须用 schema\.file/],
    ['no subgraphs', 'federation_version: =2.7.0\n', /未声明任何子图/],
  ])('rejects %s with a readable message', (_label, yaml, message) => {
    const file = path.join(dir, 'supergraph.yaml');
    fs.writeFileSync(file, yaml);
    expect(() => readSupergraphConfig(file)).toThrow(message);
  });
});

describe('composePublicSupergraph (the public contract)', () => {
  const TAGS = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])\n';
  const catalog = {
    name: 'catalog',
    url: 'http://127.0.0.1:4101/graphql',
    sdl: `${TAGS}
type Query {
  items(page: PageArgs, kind: ItemKind): [Item!]! @tag(name: "public")
  drafts: [Item!]!
  staff(id: ID!): Staff
}
type Mutation { addItem(name: String!): Item }
input PageArgs @tag(name: "public") { first: Int after: String }
enum ItemKind { LICENCE PENALTY }
type Item @key(fields: "id") @tag(name: "public") {
  id: ID! @tag(name: "public")
  name: String! @tag(name: "public")
  contactPhone: String
  owner: Staff @tag(name: "public")
}
type Staff { id: ID! name: String! }
type Lonely @tag(name: "public") { x: Int @tag(name: "public") }`,
  };
  const enforcement = {
    name: 'enforcement',
    url: 'http://127.0.0.1:4103/graphql',
    sdl: `${TAGS}type Item @key(fields: "id") { id: ID! inspections: [String!]! @tag(name: "public") penalties: [String!]! }`,
  };
  // No tag at all: left out of the public composition.
  const credit = { name: 'credit', url: 'http://127.0.0.1:4104/graphql', sdl: `${TAGS}type Query { creditOf(id: ID!): Int }` };

  const apiSchema = async (supergraphSdl: string): Promise<GraphQLSchema> => {
    const gateway = new ApolloGateway({ supergraphSdl });
    const { schema } = await gateway.load();
    await gateway.stop();
    return schema;
  };

  test('only tagged, reachable elements are in the API schema; untagged fields, types and subgraphs are absent', async () => {
    const supergraph = composePublicSupergraph([catalog, enforcement, credit]);
    expect(supergraph).not.toContain('join__graph(name: "credit"');
    expect(printSchema(await apiSchema(supergraph)).trim().split('\n\n').sort()).toEqual(
      [
        'type Query {\n  items(page: PageArgs, kind: ItemKind): [Item!]!\n}',
        'input PageArgs {\n  first: Int\n  after: String\n}',
        'enum ItemKind {\n  LICENCE\n  PENALTY\n}',
        'type Item {\n  id: ID!\n  name: String!\n  inspections: [String!]!\n}',
      ].sort(),
    );
    // The full supergraph still has everything.
    const full = await apiSchema(composeSupergraph([catalog, enforcement, credit]));
    expect(Object.keys(full.getQueryType()!.getFields()).sort()).toEqual(['creditOf', 'drafts', 'items', 'staff']);
  });

  test('no tag in any subgraph is a clear failure', () => {
    expect(() => composePublicSupergraph([credit])).toThrow(/公共超级图组合失败[\s\S]*NO_PUBLIC_ELEMENTS/);
  });

  test('an inconsistent contract fails naming the element and the contract SDL', () => {
    // A public type whose fields are all private cannot be in the API schema.
    const broken = { ...catalog, sdl: catalog.sdl.replace('name: String! @tag(name: "public")', 'name: String!').replace('id: ID! @tag(name: "public")\n', 'id: ID!\n') };
    let failure: unknown;
    try {
      composePublicSupergraph([broken, { ...enforcement, sdl: enforcement.sdl.replace(' @tag(name: "public")', '') }]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CompositionFailed);
    expect((failure as CompositionFailed).message).toMatch(/^公共超级图组合失败/);
    expect((failure as CompositionFailed).problems.join('\n')).toMatch(/ONLY_INACCESSIBLE_CHILDREN: Type "Item"[\s\S]*catalog（公共契约）/);
  });
});
