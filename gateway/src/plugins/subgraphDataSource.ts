import http from 'node:http';
import https from 'node:https';
import fetch from 'node-fetch';
import { RemoteGraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { HubError, Logger, USER_CONTEXT_HEADER } from '@hub/runtime';
import type { GatewayContext } from '../context';
import { REQUEST_ID_HEADER } from './requestId';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** Statuses that mean "the subgraph (or a proxy before it) is not serving", not "the query was wrong". */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

export function subgraphUnavailable(name: string): HubError {
  return new HubError(SUBGRAPH_UNAVAILABLE, `子系统 ${name} 暂时不可用`, undefined, { subgraph: name });
}

/** Kept-alive sockets shared by every subgraph of one gateway; `destroy()` on shutdown. */
export function createAgents(maxSockets = 64) {
  const http_ = new http.Agent({ keepAlive: true, maxSockets });
  const https_ = new https.Agent({ keepAlive: true, maxSockets });
  return {
    for: (url: URL) => (url.protocol === 'https:' ? https_ : http_),
    destroy() {
      http_.destroy();
      https_.destroy();
    },
  };
}
export type Agents = ReturnType<typeof createAgents>;

/**
 * node-fetch over kept-alive sockets (undici is not importable as a package on Node 20), with a per-call
 * deadline so a hung subgraph cannot hold a gateway request forever.
 */
export function keepAliveFetcher(agents: Agents, timeoutMs: number): Fetcher {
  return (url, init) =>
    fetch(url, { ...init, agent: agents.for, signal: AbortSignal.timeout(timeoutMs) }) as unknown as Promise<FetcherResponse>;
}

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  agents: Agents;
  timeoutMs: number;
  log: Logger;
}

/**
 * One subgraph as the gateway sees it: pooled connections, the request id and signed user forwarded, and a refused,
 * reset or timed-out call turned into `SUBGRAPH_UNAVAILABLE` naming the subgraph, so the rest of the
 * query still resolves and the client learns which part is missing.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly log: Logger;

  constructor({ name, url, agents, timeoutMs, log }: SubgraphDataSourceOptions) {
    super({ url });
    this.name = name;
    this.log = log.child({ subgraph: name });
    this.fetcher = keepAliveFetcher(agents, timeoutMs);
  }

  /**
   * The subgraph request carries only what the gateway puts on it (Apollo Gateway does not forward client
   * headers): the request id and the gateway-signed user context, signed once per client request.
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Schema loading and health checks run without a request context.
    const { requestId, signedUser } = (context ?? {}) as Partial<GatewayContext>;
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if (signedUser) request.http?.headers.set(USER_CONTEXT_HEADER, await signedUser());
    else request.http?.headers.delete(USER_CONTEXT_HEADER);
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (UNAVAILABLE_STATUSES.has(response.status)) return subgraphUnavailable(this.name);
    return super.errorFromResponse(response);
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse, context?: GatewayContext): never {
    const requestId = context?.requestId;
    if (error instanceof HubError) {
      this.log.warn({ requestId, status: response?.status }, 'subgraph unavailable');
      throw error;
    }
    if (!(error instanceof GraphQLError) && isConnectionFailure(error)) {
      this.log.warn({ requestId, reason: error.message }, 'subgraph unavailable');
      throw subgraphUnavailable(this.name);
    }
    throw error;
  }
}

/** node-fetch reports socket problems as `FetchError` of type `system` and deadlines as `AbortError`. */
function isConnectionFailure(error: Error & { type?: string }): boolean {
  return error.name === 'AbortError' || error.name === 'TimeoutError' || (error.name === 'FetchError' && error.type === 'system') || error.type === 'request-timeout';
}
