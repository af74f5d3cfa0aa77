import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { forbidden, HubError, SubgraphContext, sqlDb } from '@hub/runtime';
import { FileError, RawRow, RecordSource } from '@hub/governance';
import { ImportBatch } from '../entities/ImportBatch';
import { RejectedRecord } from '../entities/RejectedRecord';
import { ingestOf } from '../ingests';
import { organsOf } from '../pipeline/organs';
import { runImport } from '../pipeline/runImport';
import { CellInput } from './ExchangeTypes';
import { knexPool } from './knexPool';

/** The largest online batch; larger deliveries go as files. */
export const MAX_ONLINE_RECORDS = 1000;

@InputType({ description: '一条记录：按表头（或字段名）给出的单元格' })
class RecordInput {
  @Field(() => [CellInput]) cells!: CellInput[];
}

@ObjectType({ description: '在线报送结果' })
class SubmitResult {
  @Field(() => ImportBatch) batch!: ImportBatch;
  @Field(() => [RejectedRecord], { description: '本批退回的记录（含逐字段原因）' }) rejected!: RejectedRecord[];
  @Field({ description: '该批次此前已完整报送，本次未重复入库' }) alreadyImported!: boolean;
}

/**
 * 在线填报: one record or a batch, entered online or sent by a department's system with its own token,
 * through the same governance as files (standardise, rules, references, links, idempotent on `batchKey`).
 */
@Resolver()
export class SubmitRecordsResolver {
  @Authorized('staff', 'leader')
  @Mutation(() => SubmitResult, { description: '在线报送一条或一批记录（同一批次标识重复提交不会重复入库）' })
  async submitRecords(
    @Arg('recordType') recordType: string,
    @Arg('batchKey', { description: '客户端生成的批次标识，用于重试去重' }) batchKey: string,
    @Arg('records', () => [RecordInput]) records: RecordInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<SubmitResult> {
    const ingest = (() => {
      try {
        return ingestOf(recordType);
      } catch (error) {
        throw new HubError('UNKNOWN_RECORD_TYPE', (error as Error).message, 'recordType');
      }
    })();
    if (!records.length) throw new HubError('NO_RECORDS', '没有要报送的记录', 'records');
    if (records.length > MAX_ONLINE_RECORDS) throw new HubError('TOO_MANY_RECORDS', `在线报送每批不超过 ${MAX_ONLINE_RECORDS} 条，更多请用文件导入`, 'records');
    if (!batchKey.trim() || batchKey.length > 150) throw new HubError('INVALID_BATCH_KEY', '批次标识不能为空，且不超过 150 个字符', 'batchKey');
    const user = ctx.user;
    const deptCode = user.dept;
    if (!deptCode && user.role !== 'system') throw forbidden('只有部门人员可以报送数据');
    const dept = deptCode ?? 'SYSTEM';
    const orgs = user.role === 'system' ? await organsOf(sqlDb(ctx.em), dept) : user.orgs;
    const result = await runImport({
      pool: knexPool(ctx.em),
      ingest,
      source: onlineSource(records),
      batchKey: `online:${dept}:${batchKey.trim()}`,
      channel: 'online',
      context: { deptCode: dept, orgs, sourceDept: dept },
      actor: { id: user.id, name: user.name, role: user.role, region: user.region },
      chunkSize: MAX_ONLINE_RECORDS,
    }).catch((error) => {
      throw error instanceof FileError ? new HubError(error.code, error.message, 'records') : error;
    });
    const batch = await ctx.em.findOneOrFail(ImportBatch, { id: result.id }, { refresh: true });
    const rejected = await ctx.em.find(RejectedRecord, { batch: result.id }, { orderBy: { rowNumber: 'asc' } });
    return { batch, rejected, alreadyImported: result.alreadyImported };
  }
}

/** Records as if they were the rows of a file: headers are every header named, rows numbered from 1. */
function onlineSource(records: RecordInput[]): RecordSource {
  const headers = [...new Set(records.flatMap((r) => r.cells.map((c) => c.header.trim())))];
  async function* rows(): AsyncGenerator<RawRow> {
    for (const [index, record] of records.entries()) {
      const cells: Record<string, string | null> = {};
      for (const cell of record.cells) cells[cell.header.trim()] = cell.value === '' ? null : cell.value;
      yield { rowNumber: index + 1, cells, problems: [] };
    }
  }
  return { format: 'csv', headers, rows: rows() };
}
