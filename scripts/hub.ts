import { printSubgraphSchema } from '@apollo/subgraph';
import {
  DatabaseServer, ensureDatabase, RunningSubgraph, startDatabaseServer, startSubgraph, subgraphSchema, SubgraphDefinition,
} from '@hub/runtime';
import { composePublicSupergraph, composeSupergraph, startGateway } from '@hub/gateway';
import { loadSubgraph, SUBGRAPHS } from './subgraphs';
import { seedLibraries } from './seeding';
import { startUpwardReporting } from './upwardReporting';

export interface HubOptions {
  /** Seed scale when a library has not been seeded yet; 0 = never seed. */
  seedScale: number;
  gatewayPort: number;
  /** Subgraph ports; 0 = any free port. */
  subgraphPorts: (name: string, defaultPort: number) => number;
  host?: string;
  /** Database URL; default DATABASE_URL, else the embedded PostgreSQL's `hub` database. */
  databaseUrl?: string;
}

export interface RunningHub {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole hub in one process (the laptop default): PostgreSQL, every subgraph with its migrations and
 * (first time) its seed, the supergraph composed from the running subgraphs, and the gateway.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  let server: DatabaseServer | undefined;
  let databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    server = await startDatabaseServer();
    databaseUrl = await ensureDatabase(server.adminUrl, 'hub');
  }
  const subgraphs: Record<string, RunningSubgraph> = {};
  const definitions: SubgraphDefinition[] = SUBGRAPHS.map((s) => loadSubgraph(s.name));
  try {
    for (const [i, definition] of definitions.entries()) {
      subgraphs[definition.name] = await startSubgraph(definition, {
        clientUrl: databaseUrl,
        port: options.subgraphPorts(definition.name, SUBGRAPHS[i].port),
        host: options.host,
      });
    }
    if (options.seedScale > 0) {
      await seedLibraries(databaseUrl, definitions.map((d) => ({ definition: d, orm: subgraphs[d.name].orm })), options.seedScale, { onlyUnseeded: true });
    }
    const sources = await Promise.all(definitions.map(async (d) => ({
      name: d.name,
      url: subgraphs[d.name].url,
      sdl: printSubgraphSchema(await subgraphSchema(d)),
    })));
    const gateway = await startGateway({
      port: options.gatewayPort,
      host: options.host,
      supergraphSdl: composeSupergraph(sources),
      publicSupergraphSdl: composePublicSupergraph(sources),
      // Embedded default: tokens of the built-in identity subgraph (its JWKS beside its /graphql); HUB_OIDC_* override.
      auth: { identityUrl: subgraphs.identity?.url },
    });
    const upward = await startUpwardReporting(databaseUrl);
    const stopSubgraph = async (name: string) => {
      await subgraphs[name]?.stop();
    };
    return {
      gatewayUrl: gateway.url,
      databaseUrl,
      subgraphs,
      stopSubgraph,
      async stop() {
        await upward.stop();
        await gateway.stop();
        await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
        await server?.stop();
      },
    };
  } catch (error) {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    await server?.stop();
    throw error;
  }
}
