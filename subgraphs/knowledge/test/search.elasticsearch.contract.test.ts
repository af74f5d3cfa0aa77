import path from 'node:path';
import { createContext } from '@hub/runtime';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge, { importCases, importLaws, rebuildSearchIndex } from '../src';
import { CASES_FILE } from '../src/seed';
import { searchContract } from './search.contract';
import { DATA_DIR } from './support';

// The same contract as on PostgreSQL, against a real Elasticsearch: runs where ELASTICSEARCH_URL is set
// (no Elasticsearch server can run on the project's own machines; the adapter's requests are unit-tested
// in search.elasticsearch.test.ts). The index is rebuilt under a test alias.
const elasticsearch = process.env.ELASTICSEARCH_URL;
let hub: TestHub;
const em = () => createContext(hub.subgraphs.knowledge.orm).em;

(elasticsearch ? describe : describe.skip)(`knowledge search on Elasticsearch (${elasticsearch ?? 'ELASTICSEARCH_URL not set'})`, () => {
  beforeAll(async () => {
    process.env.HUB_SEARCH_ALIAS ??= `hub-knowledge-test-${process.pid}`;
    hub = await startTestSubgraphs([knowledge]);
    await importLaws(em(), DATA_DIR, { levels: ['法律', '行政法规'] });
    await importCases(em(), path.join(DATA_DIR, CASES_FILE));
    await rebuildSearchIndex(em());
  }, 600_000);
  afterAll(() => hub?.stop());

  searchContract(() => hub.subgraphs.knowledge.url, 'elasticsearch');
});
