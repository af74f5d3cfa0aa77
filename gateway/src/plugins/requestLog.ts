import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { codeOf } from './formatError';

/**
 * One structured line per GraphQL request (operation, duration, error count and codes, request id), plus
 * the detail of every error that clients only see as a generic internal error.
 */
export function useRequestLog(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = codeOf(error);
            if (code && code !== 'INTERNAL_SERVER_ERROR') continue;
            const original = error.originalError;
            contextValue.log.error(
              {
                ...(original instanceof Error ? { err: original } : { reason: error.message }),
                subgraph: error.extensions?.serviceName,
                operationName,
                path: error.path,
              },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ contextValue, operationName, errors, response }) {
          const codes = [...new Set((errors ?? []).map((e) => codeOf(e) ?? 'INTERNAL_SERVER_ERROR'))];
          contextValue.log.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round(performance.now() - started),
              errors: errors?.length ?? 0,
              ...(codes.length ? { codes } : {}),
              status: response.http.status ?? 200,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
