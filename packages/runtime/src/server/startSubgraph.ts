import http from 'node:http';
import { randomUUID } from 'node:crypto';
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
import { auditPlugin } from './auditPlugin';
import { USER_CONTEXT_HEADER, verifyUserContext } from '../auth/userContext';
import { runInRequest, RequestScope } from '../auth/requestContext';
import { HubError } from '../errors';

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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), logErrorsPlugin(log), auditPlugin(orm, log)],
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
  definition.routes?.(app, orm);
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    // Only the gateway can say who is asking: without its signature there is no request at all.
    async (req, res, next) => {
      let scope: RequestScope;
      try {
        const user = await verifyUserContext(req.header(USER_CONTEXT_HEADER));
        scope = { user, requestId: req.header('x-request-id') ?? randomUUID(), subgraph: definition.name, pendingReads: [], pendingChanges: [], mutationFields: [] };
      } catch (error) {
        if (!(error instanceof HubError)) return next(error);
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
        return;
      }
      res.locals.scope = scope;
      runInRequest(scope, next);
    },
    expressMiddleware(server, {
      context: async ({ res }) => {
        const scope = res.locals.scope as RequestScope;
        return createContext(orm, scope.requestId, scope.user);
      },
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
