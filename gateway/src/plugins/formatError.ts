import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatError, HubError } from '@hub/runtime';
import { asQueryTooLarge } from './useArmor';

/** The code a client will see for this error (what `gatewayFormatError` keeps), for logs. */
export function codeOf(error: GraphQLError): string | undefined {
  const original = error.originalError;
  if (original instanceof HubError) return original.extensions.code as string | undefined;
  if (error.extensions?.code === 'GRAPHQL_PARSE_FAILED' && asQueryTooLarge(error.message)) return 'QUERY_TOO_LARGE';
  return error.extensions?.code as string | undefined;
}

const CSRF_MESSAGE =
  '请求已被拦截（疑似跨站请求伪造 CSRF）：请使用 Content-Type: application/json 发送，或在请求中加上 apollo-require-preflight 请求头';

/**
 * The hub's `formatError`, plus gateway concerns: Apollo Server re-labels every validation-rule error
 * `GRAPHQL_VALIDATION_FAILED`, and our own rules (query limits, introspection) carry a specific code, which is
 * put back; the parser's token limit becomes `QUERY_TOO_LARGE`; Apollo's CSRF refusal gets a Chinese message.
 */
export function gatewayFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const tooLarge = asQueryTooLarge(formatted.message);
    if (tooLarge) return { message: tooLarge.message, extensions: tooLarge.extensions };
  }
  if (code === 'BAD_REQUEST' && /Cross-Site Request Forgery/.test(formatted.message)) {
    return { message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST', reason: 'CSRF' } };
  }
  const result = formatError(formatted, error);
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  if (original instanceof HubError && original.extensions.code) {
    return { ...result, extensions: { ...result.extensions, code: original.extensions.code } };
  }
  return result;
}
