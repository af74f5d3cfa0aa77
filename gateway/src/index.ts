export { startGateway } from './createGateway';
export type { GatewayOptions, RunningGateway } from './createGateway';
export { composeSupergraph, readSupergraphConfig, CompositionFailed } from './compose';
export type { SubgraphSource, SupergraphConfig } from './compose';
export { healthUrlOf } from './plugins/health';
export { DEFAULT_QUERY_LIMITS } from './plugins/queryLimits';
export type { QueryLimits } from './plugins/queryLimits';
export { SUBGRAPH_UNAVAILABLE } from './plugins/subgraphDataSource';
