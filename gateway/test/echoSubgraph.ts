import http from 'node:http';
import { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { HubUser, USER_CONTEXT_HEADER, verifyUserContext } from '@hub/runtime';

/**
 * A subgraph that tells who it was told is asking. Like every hub subgraph, it accepts a request only with a
 * valid gateway-signed `x-hub-user` (else 401) and resolves with the verified user. Some elements are tagged
 * public, the rest is not, for the public contract.
 */
export const ECHO_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@tag"])

type Query {
  "谁在查询（已验证的用户上下文）"
  whoami: Me! @tag(name: "public")
  "公开的事项"
  items(kind: ItemKind): [Item!]! @tag(name: "public")
  "非公开字段"
  secret: String
  "链表：用于深度测试"
  node: Node
  "列表：用于代价测试"
  nodes(first: Int): [Node!]!
}

type Me @tag(name: "public") {
  id: ID! @tag(name: "public")
  role: String! @tag(name: "public")
  dept: String
  region: String
  orgs: [String!]
  requestId: String
}

enum ItemKind { LICENCE PENALTY }

type Item @key(fields: "id") @tag(name: "public") {
  id: ID! @tag(name: "public")
  name: String! @tag(name: "public")
  "个人字段：不得公开"
  phone: String
}

type Node {
  id: ID!
  next: Node
}

type Mutation {
  touch: Int
}
`;

export interface EchoSubgraph {
  url: string;
  /** Users the subgraph verified, in order. */
  seen: (HubUser & { requestId?: string })[];
  stop(): Promise<void>;
}

export async function startEchoSubgraph(): Promise<EchoSubgraph> {
  const seen: EchoSubgraph['seen'] = [];
  const node = (depth: number): unknown => ({ id: `n${depth}`, next: () => (depth < 100 ? node(depth + 1) : null) });
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(ECHO_SDL),
      resolvers: {
        Query: {
          whoami: (_: unknown, __: unknown, ctx: { user: HubUser; requestId?: string }) => ({ ...ctx.user, requestId: ctx.requestId }),
          items: () => [{ id: '1', name: '食品经营许可', phone: '13800000000' }],
          secret: () => 'secret',
          node: () => node(0),
          nodes: (_: unknown, { first }: { first?: number }) => Array.from({ length: Math.min(first ?? 1, 10) }, (_x, i) => node(i)),
        },
        Mutation: { touch: () => 1 },
      } as never,
    },
  ]);
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.url === '/health') return send(200, { status: 'ok' });
    let user: HubUser;
    try {
      user = await verifyUserContext(req.headers[USER_CONTEXT_HEADER] as string | undefined);
    } catch (error) {
      return send(401, { errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const requestId = req.headers['x-request-id'] as string | undefined;
    seen.push({ ...user, requestId });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const result = await graphql({ schema, source: query, variableValues: variables, operationName, contextValue: { user, requestId } });
    send(200, result);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
