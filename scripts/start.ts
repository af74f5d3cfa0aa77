// `npm start`: the whole hub on one machine with embedded defaults (see README).
import { envInt, logger } from '@hub/runtime';
import { startHub } from './hub';
import { stopOnSignals } from './shutdown';

async function main() {
  const hub = await startHub({
    seedScale: Number(process.env.HUB_SEED_SCALE ?? 1),
    gatewayPort: envInt('PORT', 4000),
    subgraphPorts: (name, port) => envInt(`SUBGRAPH_${name.toUpperCase()}_PORT`, port),
    host: process.env.HOST ?? '127.0.0.1',
  });
  logger.info({ url: hub.gatewayUrl }, 'hub ready');
  const identity = process.env.HUB_OIDC_ISSUER
    ? `统一身份认证:      ${process.env.HUB_OIDC_ISSUER}`
    : `示例账号:          auditor / admin / scjg.staff / scjg.leader …（密码见 README，或 HUB_SEED_PASSWORD）`;
  process.stdout.write(`\n  互联网+监管 数据中台已启动\n  GraphQL / GraphiQL: ${hub.gatewayUrl}\n  健康检查:          ${hub.gatewayUrl.replace(/\/graphql$/, '/health')}\n  ${identity}\n\n`);
  stopOnSignals(() => hub.stop());
}

main().catch((error) => {
  logger.fatal({ err: error }, 'hub failed to start');
  process.exit(1);
});
