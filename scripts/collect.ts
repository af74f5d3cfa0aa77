// `npm run collect [-- --name <collector>]`: one run of every enabled 增量采集 task (or the named one):
// rows of the department's table after the stored watermark, through the governance pipeline.
import { Pool } from 'pg';
import { logger } from '@hub/runtime';
import { hubDatabase } from './hubDatabase';
import { CollectorRow, runCollector } from '@hub/exchange';
import { argValue } from './subgraphs';

async function main(): Promise<number> {
  const database = await hubDatabase();
  const databaseUrl = database.url;
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const name = argValue('name');
    const { rows } = await pool.query<CollectorRow>(`select * from exchange.collector where enabled and ($1::text is null or name = $1) order by name`, [name ?? null]);
    if (name && !rows.length) {
      process.stderr.write(`没有名为 ${name} 的已启用采集任务\n`);
      return 2;
    }
    for (const collector of rows) {
      const results = await runCollector(pool, collector);
      const sum = (k: 'received' | 'stored' | 'rejected' | 'duplicates') => results.reduce((n, r) => n + (r.alreadyImported ? 0 : r[k]), 0);
      process.stdout.write(`${collector.name}：读取 ${sum('received')}  入库 ${sum('stored')}  退回 ${sum('rejected')}  重复 ${sum('duplicates')}（${results.length} 批）\n`);
    }
    return 0;
  } finally {
    await pool.end();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logger.fatal({ err: error }, 'collect failed');
    process.exit(1);
  },
);
