import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
// Not re-exported from the package root; the data source API itself is public.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { buildSchema, parse, validate } from 'graphql';
import { logger } from '@hub/runtime';
import { healthUrlOf } from '../src';
import { queryLimitsRule } from '../src/plugins/queryLimits';
import { createAgents, SubgraphDataSource } from '../src/plugins/subgraphDataSource';
import { rateLimitsFromEnv, TokenBuckets } from '../src/plugins/useRateLimit';
import { resolveAuthConfig } from '../src/auth/authConfig';
import { loadTrustedDocuments, sha256Hex } from '../src/plugins/useTrustedDocuments';

describe('query limits rule', () => {
  const schema = buildSchema('type Query { node: Node } type Node { id: ID! next: Node }');
  const check = (query: string) =>
    validate(schema, parse(query), [queryLimitsRule({ maxDepth: 4, maxAliases: 3, maxFields: 40 })]).map((e) => e.extensions.code);

  test('depth counts through named and inline fragments', () => {
    expect(check('{ node { next { next { id } } } }')).toEqual([]);
    expect(check('{ node { next { next { next { id } } } } }')).toEqual(['QUERY_TOO_DEEP']);
    expect(check('{ node { ...A } } fragment A on Node { next { ... on Node { next { next { id } } } } }')).toEqual(['QUERY_TOO_DEEP']);
  });

  test('a fragment bomb is measured (fields multiply through fragments) without expanding it', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Node { id ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = Date.now();
    expect(check(`{ node { ...F0 } } ${levels} fragment F30 on Node { id }`)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('aliases are counted across the operation', () => {
    expect(check('{ a: node { id } b: node { id } c: node { id } }')).toEqual([]);
    expect(check('{ a: node { x: id } b: node { id } c: node { id } }')).toEqual(['QUERY_TOO_COMPLEX']);
  });

  test('a fragment cycle does not hang the rule (graphql-js reports the cycle itself)', () => {
    const errors = validate(schema, parse('{ node { ...A } } fragment A on Node { next { ...A } }'), [queryLimitsRule()]);
    expect(errors).toEqual([]);
  });
});

describe('subgraph data source', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/busy/graphql') {
        res.statusCode = 503;
        res.end('<html>Service Unavailable</html>');
      } else if (req.url === '/broken/graphql') {
        res.statusCode = 500;
        res.end('<html>stack at /srv/app.ts:1</html>');
      }
      // `/slow/graphql` never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const call = async (path: string) => {
    const agents = createAgents();
    const source = new SubgraphDataSource({ name: 'risk', url: `${base}${path}`, agents, timeoutMs: 300, log: logger });
    try {
      await source.process({ kind: GraphQLDataSourceRequestKind.HEALTH_CHECK, request: { query: '{ __typename }' }, context: {} });
      throw new Error('expected the call to fail');
    } catch (error) {
      return error as { message: string; extensions: Record<string, unknown> };
    } finally {
      agents.destroy();
    }
  };

  test.each([['503 from a proxy', '/busy/graphql'], ['a deadline', '/slow/graphql']])('%s means the subgraph is unavailable', async (_label, path) => {
    const error = await call(path);
    expect(error.message).toBe('子系统 risk 暂时不可用');
    expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'risk' });
  });

  test('a 500 is not "unavailable": it stays an uncoded error, which formatError hides as internal', async () => {
    const error = await call('/broken/graphql');
    expect(error.extensions.code).toBeUndefined();
  });
});

test('health URL sits next to the GraphQL path', () => {
  expect(healthUrlOf('http://127.0.0.1:4102/graphql')).toBe('http://127.0.0.1:4102/health');
  expect(healthUrlOf('https://hub.example/credit/graphql/')).toBe('https://hub.example/credit/health');
  expect(healthUrlOf('http://svc:80/api')).toBe('http://svc/health');
});

describe('token buckets', () => {
  test('a burst is allowed, then one request per refill interval; other keys are unaffected', () => {
    const buckets = new TokenBuckets(100, 2000);
    try {
      const bucket = { perSecond: 10, burst: 3 };
      expect([0, 1, 2, 3].map(() => buckets.take('a', bucket, 1000))).toEqual([0, 0, 0, expect.closeTo(0.1, 5)]);
      expect(buckets.take('b', bucket, 1000)).toBe(0);
      expect(buckets.take('a', bucket, 1100)).toBe(0); // 100 ms = one token
      expect(buckets.take('a', bucket, 1100)).toBeGreaterThan(0);
    } finally {
      buckets.stop();
    }
  });

  test('memory stays bounded: idle buckets are swept and the oldest go beyond the maximum', () => {
    const buckets = new TokenBuckets(3, 2000);
    try {
      const bucket = { perSecond: 1, burst: 2 };
      for (const key of ['a', 'b', 'c', 'd']) buckets.take(key, bucket, 0);
      expect(buckets.size).toBe(3);
      buckets.take('e', bucket, 5000);
      buckets.sweep(5000);
      expect(buckets.size).toBe(1);
    } finally {
      buckets.stop();
    }
  });

  test('HUB_RATE_LIMIT: "off", or signed-in and anonymous rate:burst pairs; anything else is a clear error', () => {
    expect(rateLimitsFromEnv(undefined)).toBeUndefined();
    expect(rateLimitsFromEnv('off')).toBe(false);
    expect(rateLimitsFromEnv('50:100,20:40')).toEqual({ user: { perSecond: 50, burst: 100 }, anonymous: { perSecond: 20, burst: 40 } });
    expect(() => rateLimitsFromEnv('fast')).toThrow(/HUB_RATE_LIMIT 格式应为/);
  });
});

describe('auth configuration', () => {
  test('embedded default: the built-in issuer and the identity subgraph\'s JWKS', () => {
    expect(resolveAuthConfig({ identityUrl: 'http://127.0.0.1:4107/graphql' }, {})).toMatchObject({
      issuer: 'urn:hub:identity',
      audience: 'hub',
      jwks: { url: 'http://127.0.0.1:4107/.well-known/jwks.json' },
    });
  });

  test('an OIDC issuer from the environment: its JWKS URL, or discovery when none is given', () => {
    const env = { HUB_OIDC_ISSUER: 'https://sso.zj.gov.cn/realms/hub', HUB_OIDC_AUDIENCE: 'hub-portal' };
    expect(resolveAuthConfig({}, env)).toMatchObject({ issuer: env.HUB_OIDC_ISSUER, audience: 'hub-portal', jwks: { discoveryUrl: 'https://sso.zj.gov.cn/realms/hub/.well-known/openid-configuration' } });
    expect(resolveAuthConfig({}, { ...env, HUB_OIDC_JWKS_URL: 'https://sso.zj.gov.cn/certs' }).jwks).toEqual({ url: 'https://sso.zj.gov.cn/certs' });
  });
});

describe('trusted documents manifest', () => {
  const write = (content: unknown) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-trusted-')), 'manifest.json');
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  };

  test('reads `{ sha256: document }` and Apollo\'s persisted query list', () => {
    const doc = '{ __typename }';
    expect([...loadTrustedDocuments(write({ [sha256Hex(doc)]: doc }))]).toEqual([[sha256Hex(doc), doc]]);
    const list = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(doc), name: 'T', type: 'query', body: doc }] };
    expect(loadTrustedDocuments(write(list)).get(sha256Hex(doc))).toBe(doc);
  });

  test('an id that is not the sha256 of its document is refused at start-up', () => {
    expect(() => loadTrustedDocuments(write({ [sha256Hex('{ a }')]: '{ b }' }))).toThrow(/sha256 与内容不符/);
  });
});
