import http from 'node:http';
import { AddressInfo } from 'node:net';
import express, { ErrorRequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { logger } from '@hub/runtime';
import type { GatewayContext } from './context';
import { useRequestId } from './plugins/requestId';
import { useRequestLog } from './plugins/requestLog';
import { gatewayFormatError } from './plugins/formatError';
import { createAgents, SubgraphDataSource } from './plugins/subgraphDataSource';
import { healthRoute } from './plugins/health';
import { graphiqlRoutes } from './plugins/graphiql';
import { exampleQuery } from './plugins/exampleQuery';
import { DEFAULT_QUERY_LIMITS, QueryLimits, queryLimitsRule } from './plugins/queryLimits';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Default `PORT` or 4000; 0 picks a free port. */
  port?: number;
  /** Default `HOST` or 0.0.0.0 (the gateway is the hub's public entry point). */
  host?: string;
  /** Replaces the routing URL that the supergraph records for these subgraphs (by subgraph name). */
  subgraphUrls?: Record<string, string>;
  /** Deadline of one subgraph call before it counts as unavailable (default 30 s). */
  subgraphTimeoutMs?: number;
  /** Deadline of one subgraph's `/health` (default 2 s). */
  healthTimeoutMs?: number;
  limits?: Partial<QueryLimits>;
  /** GraphiQL's initial query (default: derived from the supergraph). */
  graphiqlQuery?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Apollo Gateway inside Apollo Server 5 on Express 5: the hub's one public GraphQL endpoint. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const port = options.port ?? (Number(process.env.PORT) || 4000);
  const host = options.host ?? process.env.HOST ?? '0.0.0.0';
  const log = logger.child({ component: 'gateway' });
  const agents = createAgents();
  // Filled as the gateway builds its data sources: the names and URLs that `/health` probes.
  const routing: Record<string, string> = {};

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`子图 ${name} 没有路由地址（supergraph 未记录，也未在 subgraphUrls 中提供）`);
      routing[name] = target;
      return new SubgraphDataSource({ name, url: target, agents, timeoutMs: options.subgraphTimeoutMs ?? 30_000, log });
    },
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Longer than common load-balancer idle timeouts, so they never reuse a socket we just closed.
  httpServer.keepAliveTimeout = 65_000;

  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: gatewayFormatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's default: blocks "simple" cross-site requests; JSON POSTs and GETs with a preflight header pass.
    csrfPrevention: true,
    // GraphiQL is part of the public contract and needs introspection.
    introspection: true,
    // The process that starts the gateway owns SIGINT/SIGTERM (scripts/start.ts stops everything in order).
    stopOnTerminationSignals: false,
    validationRules: [queryLimitsRule({ ...DEFAULT_QUERY_LIMITS, ...options.limits })],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      useRequestLog(),
    ],
  });
  await server.start();

  app.use(useRequestId());
  app.get('/health', healthRoute(() => routing, options.healthTimeoutMs));
  app.use(graphiqlRoutes({ endpoint: GRAPHQL_PATH, defaultQuery: options.graphiqlQuery ?? exampleQuery(options.supergraphSdl) }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ res }) => {
        const requestId = res.locals.requestId as string;
        return { requestId, log: log.child({ requestId }) };
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: '未找到该地址', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Body-parser and other HTTP-level failures: a JSON answer in GraphQL shape, never Express's HTML with a stack.
  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number((error as { status?: number }).status) || 500;
    if (status >= 500) log.error({ err: error, requestId: res.locals.requestId }, 'http error');
    const message = status === 413 ? '请求体过大' : status < 500 ? '请求格式错误' : '服务器内部错误，请稍后重试';
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
  app.use(onError);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${publicHost}:${actualPort}${GRAPHQL_PATH}`;
  log.info({ url, subgraphs: routing }, 'gateway ready');

  return {
    url,
    port: actualPort,
    async stop() {
      await server.stop(); // stops the gateway too and drains open HTTP requests
      agents.destroy();
    },
  };
}
