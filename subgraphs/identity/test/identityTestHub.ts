import { createFrame, type CityFrame } from '@hub/city';
import { resolveDataDir, stableId } from '@hub/codes';
import { PUBLIC_USER, type HubUser } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, type TestHub } from '@hub/runtime/testing';
import identity, { DEFAULT_SEED_PASSWORD } from '../src';

export const PASSWORD = process.env.HUB_SEED_PASSWORD || DEFAULT_SEED_PASSWORD;
export const seededId = (username: string) => stableId('identity-user', username);

export interface IdentityTestHub {
  hub: TestHub;
  url: string;
  /** http://127.0.0.1:port (for the .well-known routes). */
  base: string;
  frame: CityFrame;
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** Runs an operation as `user` (a HubUser), as the public (`'public'`) or as the system (no user). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, user?: HubUser | 'public'): Promise<{ data?: T; errors?: any[] }>;
  login(username: string, password?: string): Promise<{ data?: any; errors?: any[] }>;
  /** The seeded user `username` as the gateway would pass them on (resolved through resolveIdentity). */
  seededUser(username: string): Promise<HubUser>;
}

export const LOGIN = `mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { token tokenType expiresAt user { id username name role dept deptName region } }
}`;

export async function startIdentityHub(): Promise<IdentityTestHub> {
  const hub = await startTestSubgraphs([identity], { seedScale: 0.01 });
  const url = hub.subgraphs.identity.url;
  const connection = hub.subgraphs.identity.orm.em.getConnection();
  const gql: IdentityTestHub['gql'] = async (query, variables = {}, user) =>
    graphqlRequest(url, query, variables, user ? await asUser(user === 'public' ? PUBLIC_USER : user) : {});
  return {
    hub,
    url,
    base: url.replace(/\/graphql$/, ''),
    frame: createFrame({ scale: 0.01, dataDir: resolveDataDir() }),
    sql: (query, params = []) => connection.execute(query, params),
    gql,
    login: (username, password = PASSWORD) => gql(LOGIN, { u: username, p: password }, 'public'),
    async seededUser(username) {
      const { data } = await gql('query($s: String!) { resolveIdentity(issuer: "urn:hub:identity", subject: $s) { id username name role dept deptName region orgs } }', { s: seededId(username) });
      if (!data?.resolveIdentity) throw new Error(`no seeded user ${username}`);
      return data.resolveIdentity as HubUser;
    },
  };
}

export const codeOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.code;
