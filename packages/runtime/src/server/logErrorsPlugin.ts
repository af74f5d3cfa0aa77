import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { HubError } from '../errors';
import type { Logger } from '../logger';

/** Unexpected errors are logged with their stack here, since clients only see a generic message. */
export function logErrorsPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = error.originalError;
            if (!original || original instanceof HubError || (original instanceof GraphQLError && original.extensions?.code)) continue;
            log.error({ err: redacted(original), operationName, path: error.path }, 'unexpected resolver error');
          }
        },
      };
    },
  };
}

/**
 * Database errors carry the whole statement with its values (phone numbers, ID numbers): keep only
 * the driver's own message and SQLSTATE, and the stack.
 */
function redacted(error: Error): Record<string, unknown> {
  const { code, sqlState } = error as Error & { code?: string; sqlState?: string };
  const message = error.message.includes(' - ') ? error.message.slice(error.message.lastIndexOf(' - ') + 3) : error.message;
  return { type: error.name, message, code: code ?? sqlState, stack: error.stack?.split('\n').slice(1).join('\n') };
}
