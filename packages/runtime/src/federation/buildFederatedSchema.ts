import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, isEnumType, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { validateInput } from '../validation/validateInput';
import { hubAuthChecker } from '../auth/authChecker';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `__resolveReference` per entity type name; each must go through a per-request DataLoader. */
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any) => unknown }>;

/**
 * type-graphql schema → SDL with directives → Apollo subgraph schema, with type-graphql's resolvers
 * and our reference resolvers (the recipe of type-graphql's apollo-federation-2 example).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate' | 'validateFn'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // `@Authorized(...)` on fields is checked by hubAuthChecker against the gateway-signed user of the request.
  const schema = await buildSchema({ ...options, skipCheck: true, validateFn: validateInput, authChecker: hubAuthChecker, authMode: 'error' });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  // The SDL round trip keeps enum names only; put back the values the entities store (e.g. 行政检查).
  for (const type of Object.values(schema.getTypeMap())) {
    if (isEnumType(type) && !type.name.startsWith('__')) {
      resolvers[type.name] = Object.fromEntries(type.getValues().map((v) => [v.name, v.value])) as never;
    }
  }
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
