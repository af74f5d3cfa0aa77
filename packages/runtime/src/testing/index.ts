import { randomBytes } from 'node:crypto';
import { DirectiveNode, Kind, parse } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { dropDatabase, ensureDatabase } from '../database/databaseUrl';
import { startSubgraph, RunningSubgraph } from '../server/startSubgraph';
import { SubgraphDefinition } from '../server/subgraph';
import { createContext } from '../server/context';
import { resolveDataDir } from '@hub/codes';
import { signUserContext, USER_CONTEXT_HEADER } from '../auth/userContext';
import { HubUser, SYSTEM_USER } from '../auth/user';
import type { Role } from '../auth/roles';

/** The server tests run against: DATABASE_URL, set by .ci/run or by test/globalSetup.ts (embedded). */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run tests through jest (test/globalSetup.ts starts PostgreSQL)');
  return url;
}

/** A database of its own for one test file, dropped by `drop()`. */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hub_${label.replace(/\W/g, '_').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(testServerUrl(), name);
  return { url, drop: () => dropDatabase(testServerUrl(), name) };
}

export interface TestHub {
  databaseUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Starts subgraphs on loopback against a fresh database, migrated and (with `seedScale`) seeded with the
 * deterministic city from HUB_DATA_DIR.
 */
export async function startTestSubgraphs(definitions: SubgraphDefinition[], { seedScale }: { seedScale?: number } = {}): Promise<TestHub> {
  const database = await createTestDatabase(definitions.map((d) => d.name[0]).join(''));
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const definition of definitions) {
      const running = await startSubgraph(definition, { clientUrl: database.url });
      subgraphs[definition.name] = running;
      if (seedScale && definition.seed) {
        await definition.seed(createContext(running.orm).em, { scale: seedScale, dataDir: resolveDataDir() });
      }
    }
  } catch (error) {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    await database.drop();
    throw error;
  }
  return {
    databaseUrl: database.url,
    subgraphs,
    async stop() {
      await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
      await database.drop();
    },
  };
}

/** The gateway's signed header for `user`, as a subgraph expects it. */
export async function asUser(user: HubUser): Promise<Record<string, string>> {
  return { [USER_CONTEXT_HEADER]: await signUserContext(user) };
}

/** A user of the seed city for tests: 杭州市市场监督管理局 staff unless told otherwise. */
export function testUser(role: Role, overrides: Partial<HubUser> = {}): HubUser {
  return { id: `test-${role}`, username: `test-${role}`, name: `测试${role}`, role, dept: 'SCJG', deptName: '杭州市市场监督管理局', region: '330100', orgs: [], ...overrides };
}

/**
 * POSTs a GraphQL operation and returns the parsed body (errors included, never thrown). Requests that name
 * no identity (neither a signed user context nor a bearer token) go as the system user, as a library's own
 * tests talk to it directly; `{ authorization: '' }` sends none (the public, through the gateway).
 */
export async function graphqlRequest<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data?: T; errors?: any[] }> {
  const named = Object.keys(headers).some((h) => [USER_CONTEXT_HEADER, 'authorization'].includes(h.toLowerCase()));
  const identity = named ? {} : await asUser(SYSTEM_USER);
  // An empty value names "no identity" (e.g. `{ authorization: '' }`: anonymous through the gateway) and is not sent.
  const sent = Object.fromEntries(Object.entries({ 'content-type': 'application/json', ...identity, ...headers }).filter(([, value]) => value !== ''));
  const response = await fetch(url, { method: 'POST', headers: sent, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: any[] };
}

/**
 * What a subgraph SDL tags public, as `Type` and `Type.field`, leaving out the runtime's own pagination types
 * (PageInfo, PageArgs, `*Connection`, `*Edge`) and `id`, which are tagged everywhere and kept by the
 * contract only where a public type uses them.
 */
export function publicElements(sdl: string): string[] {
  const shared = (type: string) => type === 'PageInfo' || type === 'PageArgs' || /(Connection|Edge)$/.test(type);
  const isPublic = (node: { directives?: readonly DirectiveNode[] }) =>
    !!node.directives?.some((d) => d.name.value === 'tag' && d.arguments?.some((a) => a.value.kind === Kind.STRING && a.value.value === 'public'));
  const found: string[] = [];
  for (const definition of parse(sdl).definitions) {
    if (!('name' in definition) || !definition.name || shared(definition.name.value)) continue;
    const type = definition.name.value;
    if (isPublic(definition)) found.push(type);
    const fields = ('fields' in definition ? definition.fields : undefined) as readonly { name: { value: string }; directives?: readonly DirectiveNode[] }[] | undefined;
    for (const field of fields ?? []) if (field.name.value !== 'id' && isPublic(field)) found.push(`${type}.${field.name.value}`);
  }
  return found.sort();
}

/** A user context claiming to be the system, well formed but signed with a key that is not the gateway's. */
export async function forgedUserContext(): Promise<string> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  return new SignJWT({ usr: 'system', nam: '系统', rol: 'system', reg: '000000', org: [] })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('system')
    .setIssuer('hub-gateway')
    .setAudience('hub-subgraphs')
    .setExpirationTime('2m')
    .sign(privateKey);
}
