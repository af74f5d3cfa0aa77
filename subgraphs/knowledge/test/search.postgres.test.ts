import path from 'node:path';
import { createContext } from '@hub/runtime';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge, { importCases, importLaws, rebuildSearchIndex, syncSearchIndex } from '../src';
import { CASES_FILE } from '../src/seed';
import { searchContract } from './search.contract';
import { DATA_DIR } from './support';

let hub: TestHub;
const em = () => createContext(hub.subgraphs.knowledge.orm).em;

beforeAll(async () => {
  delete process.env.ELASTICSEARCH_URL;
  hub = await startTestSubgraphs([knowledge]);
  await importLaws(em(), DATA_DIR, { levels: ['法律', '行政法规'] });
  await importCases(em(), path.join(DATA_DIR, CASES_FILE));
  await syncSearchIndex(em());
}, 180_000);
afterAll(() => hub?.stop());

describe('knowledge search on PostgreSQL', () => {
  searchContract(() => hub.subgraphs.knowledge.url, 'postgres');

  test('indexing is incremental: nothing changed, nothing sent; a changed law re-indexes its own documents only', async () => {
    expect(await syncSearchIndex(em())).toEqual({ laws: 0, indexed: 0, removed: 0 });
    const [law] = (await em().getConnection().execute(`select id, article_count from knowledge.law where short_title = '广告法' and status = '现行' limit 1`)) as { id: string; article_count: number }[];
    await em().getConnection().execute(`update knowledge.law_article set text = text || '（测试修改）' where law_id = ? and ordinal = 1`, [law.id]);
    expect(await syncSearchIndex(em())).toEqual({ laws: 1, indexed: 2, removed: 0 }); // the article, and the law (its text shows the first articles)
    const [doc] = (await em().getConnection().execute(`select text from knowledge.search_entry where law_id = ? and number_text = '第一条'`, [law.id])) as { text: string }[];
    expect(doc.text).toContain('（测试修改）');
  });

  test('a full rebuild replaces the whole index in one transaction and reports its progress', async () => {
    const sql = (q: string) => em().getConnection().execute(q) as Promise<Record<string, any>[]>;
    await sql(`insert into knowledge.search_entry (id, kind, title, text, status, tsv, hash) values ('stale', 'case', '旧文档', '旧', '现行', '', 'x')`);
    const before = Number((await sql(`select count(*) as n from knowledge.search_entry where id <> 'stale'`))[0].n);
    const progress: number[] = [];
    const indexed = await rebuildSearchIndex(em(), (n) => progress.push(n));
    expect(indexed).toBe(before);
    expect(progress[progress.length - 1]).toBe(indexed);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const [after] = await sql(`select count(*)::int as n, count(*) filter (where id = 'stale')::int as stale from knowledge.search_entry`);
    expect(after).toEqual({ n: indexed, stale: 0 });
    const [terms] = await sql(`select docs from knowledge.search_term where token = ''`);
    expect(terms.docs).toBe(indexed);
    expect(await syncSearchIndex(em())).toEqual({ laws: 0, indexed: 0, removed: 0 });
  });
});
