import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { formatError } from '../errors';
import { logErrorsPlugin } from './logErrorsPlugin';
import { logger } from '../logger';
import { migrate, openOrm, Orm } from '../database/orm';
import { createContext, SubgraphContext } from './context';
import { SubgraphDefinition, subgraphSchema } from './subgraph';

export interface StartOptions {
  clientUrl: string;
  port?: number;
  host?: string;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  orm: Orm;
  stop(): Promise<void>;
}

/** Serves one subgraph: POST/GET `/graphql` for the gateway, `GET /health` with a database check. */
export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<RunningSubgraph> {
  const log = logger.child({ subgraph: definition.name });
  const orm = await openOrm({
    clientUrl: options.clientUrl,
    schema: definition.name,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
  });
  if (options.migrate !== false) await migrate(orm);

  const app = express();
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const server = new ApolloServer<SubgraphContext>({
    schema: await subgraphSchema(definition),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The process that starts the subgraph owns SIGINT/SIGTERM: Apollo's own handlers would race its stop().
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), logErrorsPlugin(log)],
  });
  await server.start();

  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', subgraph: definition.name });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'down', subgraph: definition.name, reason: '数据库不可用' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => createContext(orm, req.header('x-request-id') ?? undefined),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info({ url }, 'subgraph ready');
  return {
    name: definition.name,
    url,
    port,
    orm,
    async stop() {
      await server.stop();
      await orm.close();
    },
  };
}
