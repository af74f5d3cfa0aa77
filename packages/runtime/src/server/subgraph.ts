import type { EntityManager } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { Express } from 'express';
import type { Orm } from '../database/orm';
import { buildFederatedSchema, ReferenceResolvers } from '../federation/buildFederatedSchema';

export interface SeedOptions {
  scale: number;
  dataDir?: string;
}

/** What a subgraph declares about itself; the runtime does the rest (server, ORM, migrations). */
export interface SubgraphDefinition {
  /** Name in supergraph.yaml, also its PostgreSQL schema. */
  name: string;
  entities: NonNullable<Options['entities']>;
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  migrationsPath: string;
  /** Plain HTTP routes beside `/graphql` (e.g. the identity provider's JWKS); they get no user context. */
  routes?: (app: Express, orm: Orm) => void;
  /** Writes this library's part of the deterministic seed city; idempotent. */
  seed?: (em: EntityManager, options: SeedOptions) => Promise<Record<string, number>>;
}

const schemas = new Map<string, Promise<GraphQLSchema>>();

/** The subgraph's executable federated schema, built once per process. */
export function subgraphSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let schema = schemas.get(definition.name);
  if (!schema) {
    schema = buildFederatedSchema(
      { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes },
      definition.referenceResolvers,
    );
    schemas.set(definition.name, schema);
  }
  return schema;
}
