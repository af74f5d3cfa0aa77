import http from 'node:http';
import { AddressInfo } from 'node:net';
import express, { ErrorRequestHandler, RequestHandler } from 'express';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import type { ValidationRule } from 'graphql';
import { logger, signUserContext } from '@hub/runtime';
import type { GatewayContext } from './context';
import { AuthOptions, resolveAuthConfig } from './auth/authConfig';
import { sendHttpError } from './auth/httpError';
import { GatewayLimits, resolveLimits } from './limits';
import { useRequestId } from './plugins/requestId';
import { useRequestLog } from './plugins/requestLog';
import { gatewayFormatError } from './plugins/formatError';
import { Agents, createAgents, SubgraphDataSource } from './plugins/subgraphDataSource';
import { healthRoute } from './plugins/health';
import { graphiqlRoutes } from './plugins/graphiql';
import { exampleQuery } from './plugins/exampleQuery';
import { queryLimitsRule } from './plugins/queryLimits';
import { armorRules, blockFieldSuggestions, parseOptionsFor } from './plugins/useArmor';
import { noPublicIntrospection } from './plugins/noPublicIntrospection';
import { payloadTooLarge, useBodyLimit } from './plugins/useBodyLimit';
import { useAuthentication, userOf } from './plugins/useAuthentication';
import { bucketsFor, useRateLimit } from './plugins/useRateLimit';
import { loadTrustedDocuments, TrustedDocuments, useTrustedDocuments } from './plugins/useTrustedDocuments';
import { routingUrlOf } from './routing';
import { exchangeRoutes } from './plugins/exchangeRoutes';

export interface GatewayOptions {
  supergraphSdl: string;
  /**
   * The public contract (`composePublicSupergraph`, committed as supergraph.public.graphql): anonymous callers
   * are served from it. Without it they get the full schema (subgraphs still filter their data); refused in
   * production.
   */
  publicSupergraphSdl?: string;
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
  /** Query shape, cost, body size and rate limits (defaults in limits.ts; `HUB_RATE_LIMIT`). */
  limits?: Partial<GatewayLimits>;
  /** Which bearer tokens are accepted (default: `HUB_OIDC_*`, else the built-in identity subgraph; see auth/authConfig.ts). */
  auth?: AuthOptions;
  /**
   * Production mode (default `NODE_ENV=production`): anonymous callers may not introspect and may only send
   * trusted documents; "did you mean" suggestions are cut from errors.
   */
  production?: boolean;
  /** Trusted documents: a manifest file or a loaded map (default `HUB_TRUSTED_DOCUMENTS`, a file path). */
  trustedDocuments?: string | TrustedDocuments;
  /** Express's `trust proxy` (default `HUB_TRUST_PROXY`, else off): how the client IP of anonymous rate limits is read. */
  trustProxy?: boolean | number | string;
  /** GraphiQL's initial query (default: derived from the supergraph). */
  graphiqlQuery?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

function trustProxyFromEnv(value = process.env.HUB_TRUST_PROXY): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Apollo Gateway inside Apollo Server 5 on Express 5: the hub's one public GraphQL endpoint. Two gateway
 * instances share `/graphql`: anonymous requests go to the public contract, signed-in ones to the full graph.
 * Per request, in order: body size (declared) → authentication → rate limit → JSON body → trusted documents →
 * GraphQL (token, depth, alias, cost, directive limits; CSRF prevention) → subgraphs with the signed user.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const port = options.port ?? (Number(process.env.PORT) || 4000);
  const host = options.host ?? process.env.HOST ?? '0.0.0.0';
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const log = logger.child({ component: 'gateway' });
  const limits = resolveLimits(options.limits);
  const agents = createAgents();
  // Filled as the gateway builds its data sources: the names and URLs that `/health` probes.
  const routing: Record<string, string> = {};

  if (!options.publicSupergraphSdl) {
    if (production) throw new Error('生产模式必须提供公共超级图（supergraph.public.graphql），匿名用户只能看到公开的接口');
    log.warn('no public supergraph: anonymous callers see the full schema (subgraphs still decide what data they get)');
  }
  const manifest = options.trustedDocuments ?? process.env.HUB_TRUSTED_DOCUMENTS;
  const trustedDocuments: TrustedDocuments = typeof manifest === 'string' ? loadTrustedDocuments(manifest) : (manifest ?? new Map());
  if (production && !trustedDocuments.size) log.warn('production mode without trusted documents (HUB_TRUSTED_DOCUMENTS): anonymous callers can run no query');

  const auth = resolveAuthConfig({
    ...options.auth,
    identityUrl: options.auth?.identityUrl ?? options.subgraphUrls?.identity ?? routingUrlOf(options.supergraphSdl, 'identity'),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  const httpServer = http.createServer(app);
  // Longer than common load-balancer idle timeouts, so they never reuse a socket we just closed.
  httpServer.keepAliveTimeout = 65_000;

  const serve = (supergraphSdl: string, extraRules: ValidationRule[], extraPlugins: ApolloServerPlugin<GatewayContext>[]) =>
    new ApolloServer<GatewayContext>({
      gateway: createApolloGateway(supergraphSdl, options, { agents, routing, log }),
      formatError: gatewayFormatError,
      includeStacktraceInErrorResponses: false,
      // Apollo's default: blocks "simple" cross-site requests; JSON POSTs and GETs with a preflight header pass.
      csrfPrevention: true,
      // GraphiQL is part of the public contract and needs introspection; production refuses it to the public by rule.
      introspection: true,
      // The process that starts the gateway owns SIGINT/SIGTERM (scripts/start.ts stops everything in order).
      stopOnTerminationSignals: false,
      parseOptions: parseOptionsFor(limits),
      validationRules: [queryLimitsRule(limits), ...armorRules(limits), ...extraRules],
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        useRequestLog(),
        ...(production ? blockFieldSuggestions() : []),
        ...extraPlugins,
      ],
    });
  // The full graph's server drains the HTTP server on stop (waiting for requests of both).
  const full = serve(options.supergraphSdl, [], [ApolloServerPluginDrainHttpServer({ httpServer })]);
  const anonymous = options.publicSupergraphSdl ? serve(options.publicSupergraphSdl, production ? [noPublicIntrospection] : [], []) : full;
  await full.start();
  if (anonymous !== full) await anonymous.start();

  const context = async ({ res }: { res: express.Response }): Promise<GatewayContext> => {
    const requestId = res.locals.requestId as string;
    const user = userOf(res.locals);
    let signed: Promise<string> | undefined;
    return {
      requestId,
      user,
      log: log.child({ requestId, userId: user.id }),
      signedUser: () => (signed ??= signUserContext(user, requestId)),
    };
  };
  const serveFull = expressMiddleware(full, { context });
  const servePublic = anonymous === full ? serveFull : expressMiddleware(anonymous, { context });
  const byIdentity: RequestHandler = (req, res, next) => (userOf(res.locals).role === 'public' ? servePublic : serveFull)(req, res, next);

  const body = useBodyLimit(limits.maxBodyBytes);
  const buckets = limits.rateLimit ? bucketsFor(limits.rateLimit) : undefined;
  app.use(useRequestId());
  app.get('/health', healthRoute(() => routing, options.healthTimeoutMs));
  app.use(exchangeRoutes(() => routing.exchange));
  app.use(graphiqlRoutes({ endpoint: GRAPHQL_PATH, defaultQuery: options.graphiqlQuery ?? exampleQuery(options.supergraphSdl) }));
  app.use(
    GRAPHQL_PATH,
    body.declared,
    useAuthentication(auth),
    ...(limits.rateLimit ? [useRateLimit(limits.rateLimit, buckets)] : []),
    body.parse,
    useTrustedDocuments(trustedDocuments, { requireForPublic: production }),
    byIdentity,
  );
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: '未找到该地址', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Body-parser and other HTTP-level failures: a JSON answer in GraphQL shape, never Express's HTML with a stack.
  const onError: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number((error as { status?: number }).status) || 500;
    if (status === 413) return sendHttpError(res, payloadTooLarge(limits.maxBodyBytes));
    if (status >= 500) log.error({ err: error, requestId: res.locals.requestId }, 'http error');
    const message = status < 500 ? '请求格式错误' : '服务器内部错误，请稍后重试';
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
  log.info({ url, subgraphs: routing, production, issuer: auth.issuer, publicContract: !!options.publicSupergraphSdl }, 'gateway ready');

  return {
    url,
    port: actualPort,
    async stop() {
      await full.stop(); // stops its gateway too and drains open HTTP requests (both instances')
      if (anonymous !== full) await anonymous.stop();
      buckets?.stop();
      agents.destroy();
    },
  };
}

function createApolloGateway(
  supergraphSdl: string,
  options: GatewayOptions,
  { agents, routing, log }: { agents: Agents; routing: Record<string, string>; log: typeof logger },
): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`子图 ${name} 没有路由地址（supergraph 未记录，也未在 subgraphUrls 中提供）`);
      routing[name] = target;
      return new SubgraphDataSource({ name, url: target, agents, timeoutMs: options.subgraphTimeoutMs ?? 30_000, log });
    },
  });
}
