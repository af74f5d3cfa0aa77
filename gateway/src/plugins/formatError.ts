import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatError, HubError } from '@hub/runtime';

/** The code a client will see for this error (what `gatewayFormatError` keeps), for logs. */
export function codeOf(error: GraphQLError): string | undefined {
  const original = error.originalError;
  if (original instanceof HubError) return original.extensions.code as string | undefined;
  return error.extensions?.code as string | undefined;
}

/**
 * The hub's `formatError`, plus one gateway concern: Apollo Server re-labels every validation-rule error
 * `GRAPHQL_VALIDATION_FAILED`; our own rules (query limits) carry a specific code, which is put back.
 */
export function gatewayFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  if (original instanceof HubError && original.extensions.code) {
    return { ...result, extensions: { ...result.extensions, code: original.extensions.code } };
  }
  return result;
}
