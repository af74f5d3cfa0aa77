// `npm run start:gateway`: the gateway alone (a production replica), serving the committed
// supergraph.graphql (signed-in callers) and supergraph.public.graphql beside it (anonymous callers).
// SUBGRAPH_<NAME>_URL overrides a subgraph's routing URL, e.g.
// SUBGRAPH_SUBJECTS_URL=http://subjects.internal:4102/graphql; SUBGRAPH_IDENTITY_URL also moves the
// built-in identity provider's JWKS (unless HUB_OIDC_ISSUER names another provider).
import fs from 'node:fs';
import path from 'node:path';
import { startGateway } from '@hub/gateway';
import { envInt, logger, repoRoot } from '@hub/runtime';
import { SUBGRAPHS } from './subgraphs';
import { stopOnSignals } from './shutdown';

async function main() {
  const supergraphFile = process.env.SUPERGRAPH_FILE ?? path.join(repoRoot(), 'supergraph.graphql');
  const publicSupergraphFile = process.env.PUBLIC_SUPERGRAPH_FILE ?? supergraphFile.replace(/\.graphql$/, '.public.graphql');
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [name, process.env[`SUBGRAPH_${name.toUpperCase()}_URL`]]).filter(([, url]) => url),
  ) as Record<string, string>;
  const gateway = await startGateway({
    supergraphSdl: fs.readFileSync(supergraphFile, 'utf8'),
    publicSupergraphSdl: fs.readFileSync(publicSupergraphFile, 'utf8'),
    subgraphUrls,
    port: envInt('PORT', 4000),
    host: process.env.HOST ?? '127.0.0.1',
  });
  logger.info({ url: gateway.url, supergraphFile, publicSupergraphFile }, 'gateway ready');
  stopOnSignals(() => gateway.stop());
}

main().catch((error) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
