import type { Client } from '@elastic/elasticsearch';
import { call } from './errors';

/**
 * The analyzer of the `title` and `text` fields: the best Chinese analysis the cluster has. Matching and
 * ranking use the jieba tokens (`title_tokens`, `text_tokens`), so this only decides how well the plain
 * text fields serve other queries (Kibana, ad-hoc analysis); it is chosen once, when an index is created.
 */
export interface ChineseAnalysis {
  name: 'ik' | 'smartcn' | 'standard';
  /** Index-time analyzer. */
  analyzer: string;
  /** Query-time analyzer, when it differs. */
  searchAnalyzer?: string;
}

export const IK: ChineseAnalysis = { name: 'ik', analyzer: 'ik_max_word', searchAnalyzer: 'ik_smart' };
export const SMARTCN: ChineseAnalysis = { name: 'smartcn', analyzer: 'smartcn' };
export const STANDARD: ChineseAnalysis = { name: 'standard', analyzer: 'standard' };

/** Plugin names as nodes report them (the IK plugin's older builds call themselves elasticsearch-analysis-ik). */
const IK_PLUGINS = ['analysis-ik', 'elasticsearch-analysis-ik'];
const SMARTCN_PLUGINS = ['analysis-smartcn'];

/**
 * IK when every node has the IK plugin, else smartcn when every node has it, else `standard` (a plugin
 * missing on one node would make the index fail there).
 */
export function analysisFor(pluginsPerNode: string[][]): ChineseAnalysis {
  const everywhere = (names: string[]) => pluginsPerNode.length > 0 && pluginsPerNode.every((plugins) => plugins.some((p) => names.includes(p)));
  if (everywhere(IK_PLUGINS)) return IK;
  if (everywhere(SMARTCN_PLUGINS)) return SMARTCN;
  return STANDARD;
}

/** Asks the cluster which analysis plugins its nodes have (`GET /_nodes/plugins`). */
export async function detectChineseAnalysis(client: Client): Promise<ChineseAnalysis> {
  const info = await call('查询分词插件', () => client.nodes.info({ metric: 'plugins' }));
  return analysisFor(Object.values(info.nodes ?? {}).map((node) => (node.plugins ?? []).map((p) => p.name)));
}
