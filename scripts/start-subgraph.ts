// `npm run start:subgraph -- <name>`: one subgraph alone (a production replica) on
// SUBGRAPH_<NAME>_PORT (default: its port in supergraph.yaml), against DATABASE_URL. Applies pending
// migrations first; seeds nothing (`npm run seed` does).
import { envInt, logger, startSubgraph } from '@hub/runtime';
import { loadSubgraph, SUBGRAPHS } from './subgraphs';
import { stopOnSignals } from './shutdown';

async function main() {
  const name = process.argv[2];
  const known = SUBGRAPHS.find((s) => s.name === name);
  if (!known) throw new Error(`用法：npm run start:subgraph -- <${SUBGRAPHS.map((s) => s.name).join('|')}>`);
  const clientUrl = process.env.DATABASE_URL;
  if (!clientUrl) throw new Error('单独启动子图需要 DATABASE_URL（内嵌数据库只随 npm start 启动）');
  const running = await startSubgraph(loadSubgraph(name), {
    clientUrl,
    port: envInt(`SUBGRAPH_${name.toUpperCase()}_PORT`, known.port),
    host: process.env.HOST ?? '127.0.0.1',
  });
  stopOnSignals(() => running.stop());
}

main().catch((error) => {
  logger.fatal({ err: error }, 'subgraph failed to start');
  process.exit(1);
});
