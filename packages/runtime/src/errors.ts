import { GraphQLError, GraphQLFormattedError } from 'graphql';

export interface Problem {
  code: string;
  field: string;
  message: string;
}

/**
 * A client error: a stable English code, the field it concerns (a path such as `inspectors[1]`) and a
 * Chinese message for the person who sent it.
 */
export class HubError extends GraphQLError {
  constructor(code: string, message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...extra } });
  }
}

/** Several problems at once: the first gives `code`/`field`, all of them are in `extensions.problems`. */
export class HubValidationError extends HubError {
  constructor(public readonly problems: Problem[]) {
    super(problems[0].code, problems.map((p) => p.message).join('；'), problems[0].field, { problems });
  }
}

export const notFound = (what: string, key: string, field?: string) =>
  new HubError('NOT_FOUND', `未找到${what}：${key}`, field);

/** Collects problems and throws them together, so a client fixes a record in one round trip. */
export class Problems {
  readonly list: Problem[] = [];
  add(code: string, field: string, message: string): this {
    this.list.push({ code, field, message });
    return this;
  }
  check(ok: boolean, code: string, field: string, message: string): this {
    return ok ? this : this.add(code, field, message);
  }
  throwIfAny(): void {
    if (this.list.length) throw new HubValidationError(this.list);
  }
}

/** Codes that graphql-js and Apollo Server give to client mistakes; they pass through with their code. */
const GRAPHQL_CLIENT_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语句语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询语句不符合接口定义',
  BAD_USER_INPUT: '输入参数不合法',
  PERSISTED_QUERY_NOT_FOUND: '未找到持久化查询',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化查询',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  BAD_REQUEST: '请求格式错误',
};

/**
 * Apollo `formatError`: our own errors pass as they are; GraphQL client errors keep their code and get a
 * Chinese prefix; anything else is an internal error with a generic message. No stack trace leaves.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  if (original instanceof HubError || extensions.problems) return { ...formatted, extensions };
  const code = extensions.code as string | undefined;
  if (code && GRAPHQL_CLIENT_CODES[code]) {
    return { ...formatted, message: `${GRAPHQL_CLIENT_CODES[code]}：${formatted.message}`, extensions };
  }
  // Errors that already crossed a subgraph boundary keep the code their subgraph gave them.
  if (code && code !== 'INTERNAL_SERVER_ERROR' && (original instanceof GraphQLError || !(original instanceof Error))) {
    return { ...formatted, extensions };
  }
  return {
    message: '服务器内部错误，请稍后重试',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
