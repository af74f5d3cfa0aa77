import http from 'node:http';
import { AddressInfo } from 'node:net';
// Not re-exported from the package root; the data source API itself is public.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { buildSchema, parse, validate } from 'graphql';
import { logger } from '@hub/runtime';
import { healthUrlOf } from '../src';
import { queryLimitsRule } from '../src/plugins/queryLimits';
import { createAgents, SubgraphDataSource } from '../src/plugins/subgraphDataSource';

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
