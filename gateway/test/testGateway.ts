import { composePublicSupergraph, composeSupergraph, GatewayOptions, RunningGateway, startGateway } from '../src';
import { ECHO_SDL, EchoSubgraph, startEchoSubgraph } from './echoSubgraph';
import { FakeIdentityProvider, identity, startIdentityProvider } from './identityProvider';

export interface TestGateway {
  gateway: RunningGateway;
  echo: EchoSubgraph;
  idp: FakeIdentityProvider;
  /** POSTs JSON to the gateway; `token` signs in. Returns status, headers and the parsed body. */
  post(body: unknown, options?: { token?: string; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: any }>;
  stop(): Promise<void>;
}

/** The gateway over the echo subgraph (full and public contract), trusting the fake identity provider. */
export async function startTestGateway(options: Partial<GatewayOptions> = {}, { discovery = false } = {}): Promise<TestGateway> {
  const idp = await startIdentityProvider({ issuerIsOrigin: discovery });
  const echo = await startEchoSubgraph();
  for (const [id, role] of [['alice', 'staff'], ['bob', 'leader'], ['carol', 'auditor'], ['dave', 'staff'], ['erin', 'staff']] as const) {
    idp.users.set(id, identity(id, role));
  }
  idp.users.set('mallory', identity('mallory', 'staff', { disabled: true }));
  const subgraphs = [{ name: 'echo', url: echo.url, sdl: ECHO_SDL }];
  const gateway = await startGateway({
    supergraphSdl: composeSupergraph(subgraphs),
    publicSupergraphSdl: composePublicSupergraph(subgraphs),
    port: 0,
    host: '127.0.0.1',
    // With discovery, only the issuer is configured: the JWKS URL comes from its OpenID configuration.
    auth: discovery ? { issuer: idp.issuer, identityUrl: idp.identityUrl } : { issuer: idp.issuer, jwksUrl: idp.jwksUrl, identityUrl: idp.identityUrl, audience: 'hub' },
    ...options,
  });
  return {
    gateway,
    echo,
    idp,
    async post(body, { token, headers = {} } = {}) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async stop() {
      await gateway.stop();
      await echo.stop();
      await idp.stop();
    },
  };
}
