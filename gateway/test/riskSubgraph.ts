import http from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';

/** A second subgraph for gateway tests: adds `riskScore` (and a failing field) to the subjects' `Subject`. */
export const RISK_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

type Subject @key(fields: "id") {
  id: ID!
  "风险评分（测试用：id 的长度）"
  riskScore: Int
  "总是失败的字段，用于检查内部错误不外泄"
  boom: Int
}
`;

const schema = buildSubgraphSchema([
  {
    typeDefs: parse(RISK_SDL),
    resolvers: {
      Subject: {
        __resolveReference: (ref: { id: string }) => ref,
        riskScore: (subject: { id: string }) => subject.id.length,
        boom: () => {
          throw new Error('secret failure at /srv/risk/src/score.ts:42');
        },
      },
    } as never,
  },
]);

export interface RiskSubgraph {
  url: string;
  /** `x-request-id` of every GraphQL call received. */
  requestIds: string[];
  /** Distinct sockets that carried GraphQL calls (pooling keeps this small). */
  graphqlSockets: Set<Socket>;
  stop(): Promise<void>;
}

/** Served by plain node:http, like any non-Apollo subgraph; errors carry a stack trace as a careless server would. */
export async function startRiskSubgraph(): Promise<RiskSubgraph> {
  const requestIds: string[] = [];
  const graphqlSockets = new Set<Socket>();
  const server = http.createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok', subgraph: 'risk' }));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.statusCode = 404;
      res.end();
      return;
    }
    graphqlSockets.add(req.socket);
    requestIds.push(String(req.headers['x-request-id'] ?? ''));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const result = await graphql({ schema, source: query, variableValues: variables, operationName });
    const errors = result.errors?.map((e) => ({ ...e.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: e.originalError?.stack?.split('\n') } }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: result.data, ...(errors ? { errors } : {}) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requestIds,
    graphqlSockets,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // kept-alive gateway sockets too: the subgraph is really gone
      }),
  };
}
