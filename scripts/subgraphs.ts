import type { SubgraphDefinition } from '@hub/runtime';

/** Every subgraph of the hub, in supergraph.yaml order; loaded lazily so a script pays only for what it uses. */
export const SUBGRAPH_NAMES = ['catalog', 'subjects', 'enforcement', 'credit', 'complaints', 'knowledge'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function loadSubgraph(name: string): SubgraphDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`@hub/${name}`);
  return mod.default as SubgraphDefinition;
}
