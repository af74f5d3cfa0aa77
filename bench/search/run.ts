// `npm run bench:search [-- --laws]`: knowledge search over the full corpus (1,427 documents, 58,637
// articles; `--laws` for the 659 laws of laws/ only) on a scratch database of DATABASE_URL's server (else the
// embedded one): index build time, then the 200 queries of bench/search/queries.json at 1 and at 8
// concurrent clients (p50/p95 of the whole search: analysis, reference lookup, backend, highlighting), then
// the judged set of bench/search/judged.json (share whose expected article is in the top 3; BENCH_SHOW_MISSES=1
// lists what came first instead). Prints Markdown for BENCHMARKS.md. The backend is Elasticsearch when
// ELASTICSEARCH_URL is set, else PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from '@hub/codes';
import { createContext, dropDatabase, ensureDatabase, migrate, openOrm, PUBLIC_USER, startDatabaseServer, type DatabaseServer, type SubgraphContext } from '@hub/runtime';
import { importCases, importCorpus, importLaws, rebuildSearchIndex } from '@hub/knowledge';
import { CASES_FILE } from '../../subgraphs/knowledge/src/seed';
import { searchKnowledge } from '../../subgraphs/knowledge/src/search/knowledgeSearch';
import { searchBackendFor } from '../../subgraphs/knowledge/src/search/searchBackend';
import type { SearchFilter } from '../../subgraphs/knowledge/src/search/types';
import { loadSubgraph } from '../../scripts/subgraphs';

interface Query { query: string; type: string }
interface Judged { query: string; expected: { law: string; article: string }[] }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const dataDir = resolveDataDir();
  if (!dataDir) throw new Error('需要数据目录（HUB_DATA_DIR）');
  const queries = (JSON.parse(fs.readFileSync(path.join(__dirname, 'queries.json'), 'utf8')) as { queries?: Query[] } | Query[]);
  const list: Query[] = Array.isArray(queries) ? queries : queries.queries!;
  const judgedFile = JSON.parse(fs.readFileSync(path.join(__dirname, 'judged.json'), 'utf8')) as { queries?: Judged[] } | Judged[];
  const judged: Judged[] = Array.isArray(judgedFile) ? judgedFile : judgedFile.queries!;

  let server: DatabaseServer | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startDatabaseServer();
    adminUrl = server.adminUrl;
  }
  const name = `hub_bench_search_${process.pid}`;
  const databaseUrl = await ensureDatabase(adminUrl, name);
  const definition = loadSubgraph('knowledge');
  const orm = await openOrm({ clientUrl: databaseUrl, schema: 'knowledge', entities: definition.entities, migrationsPath: definition.migrationsPath, poolMax: 10 });
  try {
    await migrate(orm);
    const em = () => createContext(orm).em;
    let started = Date.now();
    const laws = process.argv.includes('--laws') ? await importLaws(em(), dataDir) : await importCorpus(em(), dataDir);
    await importCases(em(), path.join(dataDir, CASES_FILE));
    const loadSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    const documents = await rebuildSearchIndex(em());
    const indexSeconds = (Date.now() - started) / 1000;

    const context = (): SubgraphContext => ({ em: em(), user: PUBLIC_USER } as unknown as SubgraphContext);
    const run = async (q: string, filter?: SearchFilter) => {
      const ctx = context();
      return searchKnowledge(ctx, searchBackendFor(ctx.em), { query: q, filter, first: 10 });
    };
    for (const q of list) await run(q.query); // warm-up: caches, dictionaries
    const byType = new Map<string, number[]>();
    const latencies = async (clients: number) => {
      const times: number[] = [];
      let next = 0;
      await Promise.all(Array.from({ length: clients }, async () => {
        for (let i = next++; i < list.length * clients; i = next++) {
          const t = performance.now();
          await run(list[i % list.length].query);
          const took = performance.now() - t;
          times.push(took);
          if (clients === 1) byType.set(list[i].type, [...(byType.get(list[i].type) ?? []), took]);
        }
      }));
      return times.sort((a, b) => a - b);
    };
    const one = await latencies(1);
    const eight = await latencies(8);

    const articleIds = new Map<string, string>();
    for (const { expected } of judged) {
      for (const e of expected) {
        const rows = await em().getConnection().execute<{ id: string }[]>(
          `select a.id from knowledge.law_article a join knowledge.law l on l.id = a.law_id
           where (l.title = ? or l.short_title = ? or l.title = ?) and l.status = '现行' and a.number_text = ? limit 1`,
          [e.law, e.law, `中华人民共和国${e.law}`, e.article]);
        if (rows[0]) articleIds.set(`${e.law}|${e.article}`, rows[0].id);
      }
    }
    const misses: string[] = [];
    let top3 = 0;
    for (const j of judged) {
      // The expected answers are articles: judged among the articles (decisions citing them rank high in an open search).
      const top = (await run(j.query, { kinds: ['article'] })).hits.slice(0, 3);
      const ids = top.map((h) => h.id);
      const wanted = j.expected.map((e) => articleIds.get(`${e.law}|${e.article}`)).filter(Boolean);
      if (wanted.some((id) => ids.includes(id!))) top3++;
      else misses.push(process.env.BENCH_SHOW_MISSES ? `${j.query}（前 3：${top.map((h) => h.title.replace(/<\/?em>/g, '')).join(' | ')}；应为 ${j.expected.map((e) => `${e.law}${e.article}`).join('、')}）` : j.query);
    }

    const cpu = os.cpus();
    const ms = (v: number) => v.toFixed(1);
    const lines = [
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${(await em().getConnection().execute<{ server_version: string }[]>('show server_version'))[0].server_version}, backend ${searchBackendFor(em()).name}`,
      '',
      `Corpus: ${laws.files} documents loaded in ${loadSeconds.toFixed(1)} s; ${documents.toLocaleString('en')} search documents indexed in ${indexSeconds.toFixed(1)} s.`,
      '',
      '| clients | searches | p50 ms | p95 ms | max ms |',
      '|---:|---:|---:|---:|---:|',
      `| 1 | ${one.length} | ${ms(percentile(one, 50))} | ${ms(percentile(one, 95))} | ${ms(one[one.length - 1])} |`,
      `| 8 | ${eight.length} | ${ms(percentile(eight, 50))} | ${ms(percentile(eight, 95))} | ${ms(eight[eight.length - 1])} |`,
      '',
      '| query type (1 client) | queries | p50 ms | p95 ms |',
      '|---|---:|---:|---:|',
      ...[...byType].map(([type, t]) => {
        const sorted = [...t].sort((a, b) => a - b);
        return `| ${type} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} |`;
      }),
      '',
      `Judged set: ${top3} of ${judged.length} queries (${((top3 / judged.length) * 100).toFixed(0)} %) have an expected article in the top 3 articles.`,
      ...(misses.length ? ['', `Not in the top 3: ${misses.join('；')}`] : []),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await orm.close();
    await dropDatabase(adminUrl, name).catch(() => undefined);
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
