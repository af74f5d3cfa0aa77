// `npm run report`: one round of upward reporting — the outbox into batches (cd_batch = date + sequence),
// then every due batch sent to HUB_REPORT_URL (the provincial receiving endpoint), in order, with back-off.
import { Pool } from 'pg';
import { logger } from '@hub/runtime';
import { reportOnce } from '@hub/exchange';

async function main(): Promise<number> {
  const url = process.env.HUB_REPORT_URL;
  if (!url || !process.env.DATABASE_URL) {
    process.stderr.write('请设置 HUB_REPORT_URL（省级平台接收地址）和 DATABASE_URL\n');
    return 2;
  }
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    const { exported, pushed } = await reportOnce(pool, url);
    process.stdout.write(`新批次 ${exported.length} 个；发送 ${pushed.length} 个：${pushed.map((p) => `${p.cdBatch} ${p.status === 'acked' ? '已确认' : `失败（${p.error}）`}`).join('，') || '无'}\n`);
    return pushed.some((p) => p.status === 'failed') ? 1 : 0;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logger.fatal({ err: error }, 'report failed');
    process.exit(1);
  },
);
