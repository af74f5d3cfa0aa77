export { ElasticsearchBackend, DEFAULT_ALIAS, type ElasticsearchBackendOptions } from './elasticsearchBackend';
export { elasticsearchBackendFromEnv } from './fromEnv';
export { BulkIndexError } from './bulk';
export { analysisFor, type ChineseAnalysis } from './analyzers';
