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
            log.error({ err: original, operationName, path: error.path }, 'unexpected resolver error');
          }
        },
      };
    },
  };
}
