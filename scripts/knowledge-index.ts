// `npm run knowledge:index [-- --full]`: brings the knowledge search index up to date with the laws and
// cases in the hub's database (DATABASE_URL, else the embedded one). Without --full only what changed is
// sent (incremental); with --full the whole index is rebuilt with no downtime, with a progress line. The
// backend is Elasticsearch when ELASTICSEARCH_URL is set, else PostgreSQL.
import { createContext, logger, migrate, openOrm } from '@hub/runtime';
import { rebuildSearchIndex, syncSearchIndex } from '@hub/knowledge';
import { hubDatabase } from './hubDatabase';
import { loadSubgraph } from './subgraphs';

async function main(): Promise<number> {
  const full = process.argv.includes('--full');
  const database = await hubDatabase();
  const definition = loadSubgraph('knowledge');
  const orm = await openOrm({ clientUrl: database.url, schema: 'knowledge', entities: definition.entities, migrationsPath: definition.migrationsPath });
  try {
    await migrate(orm);
    const em = createContext(orm).em;
    const started = Date.now();
    const backend = process.env.ELASTICSEARCH_URL ? 'Elasticsearch' : 'PostgreSQL';
    if (full) {
      const [{ n }] = await em.getConnection().execute<{ n: string }[]>(`select (select count(*) from knowledge.law_article) + (select count(*) from knowledge.law) + (select count(*) from knowledge.legal_case) as n`);
      const total = Number(n);
      const indexed = await rebuildSearchIndex(em, (done) => process.stderr.write(`\r${progressBar(done, total)} ${done.toLocaleString('en')} / ${total.toLocaleString('en')} 篇   `));
      process.stderr.write('\n');
      process.stdout.write(`知识检索索引已重建（${backend}）：${indexed.toLocaleString('en')} 篇，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒\n`);
    } else {
      const result = await syncSearchIndex(em);
      process.stdout.write(`知识检索索引已同步（${backend}）：${result.laws} 部法律法规有变化，写入 ${result.indexed} 篇、删除 ${result.removed} 篇，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒\n`);
    }
    return 0;
  } finally {
    await orm.close();
    await database.stop();
  }
}

function progressBar(done: number, total: number, width = 30): string {
  const filled = total ? Math.min(width, Math.round((done / total) * width)) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logger.error({ err: error }, '知识检索索引更新失败');
    process.stderr.write(`知识检索索引更新失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
