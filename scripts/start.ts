// `npm start`: the whole hub on one machine with embedded defaults (see README).
import { envInt, logger } from '@hub/runtime';
import { startHub } from './hub';

async function main() {
  const hub = await startHub({
    seedScale: Number(process.env.HUB_SEED_SCALE ?? 1),
    gatewayPort: envInt('PORT', 4000),
    subgraphPorts: (name, port) => envInt(`SUBGRAPH_${name.toUpperCase()}_PORT`, port),
    host: process.env.HOST ?? '127.0.0.1',
  });
  logger.info({ url: hub.gatewayUrl }, 'hub ready');
  process.stdout.write(`\n  互联网+监管 数据中台已启动\n  GraphQL / GraphiQL: ${hub.gatewayUrl}\n  健康检查:          ${hub.gatewayUrl.replace(/\/graphql$/, '/health')}\n\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping');
    // In-flight requests get a few seconds; a stop that hangs must not keep the terminal.
    setTimeout(() => process.exit(1), 20_000).unref();
    try {
      await hub.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  logger.fatal({ err: error }, 'hub failed to start');
  process.exit(1);
});
