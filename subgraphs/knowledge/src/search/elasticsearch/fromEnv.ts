import { Client, type ClientOptions } from '@elastic/elasticsearch';
import { ElasticsearchBackend } from './elasticsearchBackend';

/**
 * The backend for `ELASTICSEARCH_URL` (null when it is not set), authenticated with `ELASTICSEARCH_API_KEY`
 * or `ELASTICSEARCH_USERNAME` / `ELASTICSEARCH_PASSWORD` when given; the alias is `HUB_SEARCH_ALIAS` (default
 * hub-knowledge).
 */
export function elasticsearchBackendFromEnv(env: NodeJS.ProcessEnv = process.env): ElasticsearchBackend | null {
  const node = env.ELASTICSEARCH_URL?.trim();
  if (!node) return null;
  const options: ClientOptions = { node };
  if (env.ELASTICSEARCH_API_KEY) options.auth = { apiKey: env.ELASTICSEARCH_API_KEY };
  else if (env.ELASTICSEARCH_USERNAME) options.auth = { username: env.ELASTICSEARCH_USERNAME, password: env.ELASTICSEARCH_PASSWORD ?? '' };
  return new ElasticsearchBackend({ client: new Client(options), alias: env.HUB_SEARCH_ALIAS?.trim() || undefined });
}
