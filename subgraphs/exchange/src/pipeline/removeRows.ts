import type { ChunkDb, GovernedRow, IngestContext, RecordIngest } from '@hub/governance';

/** 操作类型 D rows: the library deletes what they name, or, for a type that cannot be deleted by delivery, they are sent back. */
export async function removeRows(client: ChunkDb, ingest: RecordIngest, rows: GovernedRow[], context: IngestContext): Promise<Map<number, string>> {
  if (!rows.length) return new Map();
  if (!ingest.remove) {
    for (const row of rows) {
      row.violations.push({
        rule: 'DELETE_NOT_SUPPORTED', field: 'cdOperation', severity: 'error', value: 'D',
        message: `${ingest.spec.title}不能通过数据报送删除（${ingest.spec.type === 'subject' ? '主体注销、吊销请报送登记状态' : '请报送新版本，如废止请填写相应状态'}）`,
      });
    }
    return new Map();
  }
  return ingest.remove(client, rows, context);
}
