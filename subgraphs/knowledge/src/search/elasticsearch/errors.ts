import { errors } from '@elastic/elasticsearch';

/** Longest reason kept in a message (an Elasticsearch reason can quote a whole field value). */
const MAX_REASON = 300;

/**
 * `知识检索（Elasticsearch）<operation>失败：<reason>`. The client's error is not attached as `cause`: its
 * diagnostic holds the request, and a bulk request holds the documents, which must never reach a log.
 */
export function searchEngineError(operation: string, reason: string): Error {
  return new Error(`知识检索（Elasticsearch）${operation}失败：${reason}`);
}

/** Runs one client call; a connection failure or an HTTP error becomes a Chinese Error naming the operation. */
export async function call<T>(operation: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw searchEngineError(operation, reasonOf(error));
  }
}

/** Whether the client failed with this HTTP status (e.g. 404 for an alias that does not exist yet). */
export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof errors.ResponseError && error.statusCode === status;
}

/** What went wrong, in one line: the HTTP status and Elasticsearch's error type and reason, or the connection error. */
export function reasonOf(error: unknown): string {
  if (error instanceof errors.ResponseError) {
    const body = error.body as { error?: ErrorBody | string } | string | undefined;
    const cause = typeof body === 'object' && body ? body.error : undefined;
    let detail = typeof body === 'string' ? body : '';
    if (typeof cause === 'string') detail = cause;
    if (typeof cause === 'object' && cause) {
      // The root cause says more than "all shards failed".
      const root = cause.root_cause?.[0];
      detail = describeCause(cause) + (root && root.reason !== cause.reason ? `（${describeCause(root)}）` : '');
    }
    return oneLine(`HTTP ${error.statusCode}${detail ? ` ${detail}` : ''}`);
  }
  if (error instanceof errors.TimeoutError) return oneLine(`请求超时（${error.name}：${error.message}）`);
  if (error instanceof errors.ConnectionError || error instanceof errors.NoLivingConnectionsError) {
    return oneLine(`无法连接（${error.name}：${error.message}）`);
  }
  return oneLine(error instanceof Error ? `${error.name}：${error.message}` : String(error));
}

type ErrorBody = { type?: string; reason?: string; root_cause?: { type?: string; reason?: string }[] };

/** `type：reason` of an Elasticsearch error cause. */
export function describeCause(cause: { type?: string | null; reason?: string | null } | undefined): string {
  if (!cause) return '未知错误';
  return [cause.type, cause.reason].filter(Boolean).join('：') || '未知错误';
}

/** The text on one line, cut to `max` characters. */
export function oneLine(text: string, max = MAX_REASON): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
