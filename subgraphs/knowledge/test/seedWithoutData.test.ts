import { createContext } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge from '../src';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestSubgraphs([knowledge]);
});
afterAll(() => hub?.stop());

test('without a data directory the seed writes only the built-ins, idempotently', async () => {
  const em = () => createContext(hub.subgraphs.knowledge.orm).em;
  const first = await knowledge.seed!(em(), { scale: 1, dataDir: undefined });
  expect(first).toEqual({ riskFeatures: 45, contingencyPlans: 6, inspectionRules: 5 });
  const again = await knowledge.seed!(em(), { scale: 1, dataDir: '/nonexistent/data' });
  expect(again).toEqual({ riskFeatures: 0, contingencyPlans: 0, inspectionRules: 0 });

  const url = hub.subgraphs.knowledge.url;
  const { data, errors } = await graphqlRequest(url, '{ laws { totalCount } inspectionRules { totalCount nodes { basisArticles { id } } } riskFeatures(parentCode: "R01") { code children { code } } }');
  expect(errors).toBeUndefined();
  expect(data.laws.totalCount).toBe(0);
  expect(data.inspectionRules.totalCount).toBe(5);
  // Articles not loaded yet are left out rather than failing the rule.
  for (const r of data.inspectionRules.nodes) expect(r.basisArticles).toEqual([]);
  expect(data.riskFeatures.map((f: any) => f.code)).toEqual(['R0101', 'R0102', 'R0103', 'R0104', 'R0105', 'R0106', 'R0107', 'R0108']);
});
