import type { Client, estypes } from '@elastic/elasticsearch';
import type { SearchDocument } from '../types';
import { call, describeCause, oneLine, searchEngineError } from './errors';
import { sourceOf } from './mapping';

/** One bulk request carries at most this many documents, or about this many bytes of source. */
const BULK_DOCUMENTS = 1000;
const BULK_BYTES = 5 * 1024 * 1024;
/** Failed ids named in an error message (all of them are on the error's `failedIds`). */
const NAMED_FAILURES = 20;

export type Refresh = 'wait_for' | false;

/** A bulk response with failed items: every failed id, and why, in the message and on `failedIds`. */
export class BulkIndexError extends Error {
  constructor(operation: string, readonly failedIds: string[], reasons: string[]) {
    const named = failedIds.slice(0, NAMED_FAILURES).map((id, i) => `${id}（${reasons[i]}）`).join('；');
    const more = failedIds.length > NAMED_FAILURES ? `；另有 ${failedIds.length - NAMED_FAILURES} 个` : '';
    super(searchEngineError(operation, `${failedIds.length} 个文档未成功：${named}${more}`).message);
    this.name = 'BulkIndexError';
  }
}

/** Indexes (adds or replaces by id) the documents into `index` (an index or the alias), in bulk requests. */
export async function bulkIndex(client: Client, index: string, documents: SearchDocument[], refresh: Refresh, operation: string): Promise<void> {
  let operations: unknown[] = [];
  let bytes = 0;
  const send = async () => {
    if (!operations.length) return;
    await bulk(client, index, operations, refresh, operation);
    operations = [];
    bytes = 0;
  };
  for (const document of documents) {
    const source = sourceOf(document);
    operations.push({ index: { _id: document.id } }, source);
    bytes += Buffer.byteLength(JSON.stringify(source));
    if (operations.length / 2 >= BULK_DOCUMENTS || bytes >= BULK_BYTES) await send();
  }
  await send();
}

/** Deletes the documents by id from `index` (an id that is not there is not an error). */
export async function bulkDelete(client: Client, index: string, ids: string[], refresh: Refresh, operation: string): Promise<void> {
  for (let i = 0; i < ids.length; i += BULK_DOCUMENTS) {
    const operations = ids.slice(i, i + BULK_DOCUMENTS).map((id) => ({ delete: { _id: id } }));
    await bulk(client, index, operations, refresh, operation);
  }
}

async function bulk(client: Client, index: string, operations: unknown[], refresh: Refresh, operation: string): Promise<void> {
  const response = await call(operation, () => client.bulk({ index, operations: operations as estypes.BulkOperationContainer[], refresh }));
  if (!response.errors) return;
  const failedIds: string[] = [];
  const reasons: string[] = [];
  for (const item of response.items) {
    for (const result of Object.values(item) as (estypes.BulkResponseItem | undefined)[]) {
      if (!result?.error) continue;
      failedIds.push(result._id ?? '（无 id）');
      reasons.push(oneLine(`HTTP ${result.status} ${describeCause(result.error)}`, 200));
    }
  }
  // errors: true with no failed item is not expected; still not silent.
  if (!failedIds.length) throw searchEngineError(operation, '批量请求报告了错误，但未列出失败的文档');
  throw new BulkIndexError(operation, failedIds, reasons);
}
