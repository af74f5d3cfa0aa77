// `npm run import -- <file> --type inspection --dept SCJG [--batch KEY] [--chunk 5000]`: one file through the
// governance pipeline into the hub's database (DATABASE_URL, else the embedded one), with a progress line
// and a summary. Exit 0 when the file was read (rejected rows are listed for rectification, not errors),
// 2 when it cannot be read, 1 on any other failure.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Pool } from 'pg';
import { logger, migrate, openOrm } from '@hub/runtime';
import { hubDatabase } from './hubDatabase';
import { FileError, openRecordFile } from '@hub/governance';
import { ingestOf, organsOf, runImport, rejectsByRule } from '@hub/exchange';
import { argValue, loadSubgraph } from './subgraphs';

const USAGE = '用法：npm run import -- <文件> --type inspection --dept <部门编码> [--batch <批次标识>]';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const type = argValue('type');
  const dept = argValue('dept');
  if (!file || !type || !dept) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const ingest = ingestOf(type);
  let source;
  try {
    source = await openRecordFile(file);
  } catch (error) {
    if (error instanceof FileError) {
      process.stderr.write(`无法读取文件 ${file}：${error.message}（${error.code}）\n`);
      return 2;
    }
    throw error;
  }

  const database = await hubDatabase();
  const databaseUrl = database.url;
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    for (const name of ['identity', ingest.spec.library, 'exchange']) {
      const definition = loadSubgraph(name);
      const orm = await openOrm({ clientUrl: databaseUrl, schema: name, entities: definition.entities, migrationsPath: definition.migrationsPath });
      await migrate(orm);
      await orm.close();
    }
    const orgs = await organsOf(pool, dept);
    if (!orgs.length) {
      process.stderr.write(`未知的部门编码 ${dept}（部门库中没有它的机关）\n`);
      return 2;
    }
    const batchKey = argValue('batch') ?? `file:${await sha256(file)}:${type}:${dept}`;
    const started = Date.now();
    const result = await runImport({
      pool, ingest, source, batchKey, channel: 'file', fileName: file,
      context: { deptCode: dept, orgs, sourceDept: dept },
      actor: { id: `cli:${process.env.USER ?? 'operator'}`, name: process.env.USER ?? 'operator', role: 'system', region: null },
      chunkSize: Number(argValue('chunk') ?? 5000),
      onProgress: (b) => {
        const rate = Math.round(b.received / Math.max((Date.now() - started) / 1000, 0.001));
        process.stderr.write(`\r已处理 ${b.received} 行：入库 ${b.stored}（更新 ${b.updated}、删除 ${b.deleted}），退回 ${b.rejected}，重复 ${b.duplicates}（${rate} 行/秒）   `);
      },
    });
    process.stderr.write('\n');
    const seconds = (Date.now() - started) / 1000;
    const byRule = await rejectsByRule(pool, result.id);
    const lines = [
      result.alreadyImported ? `批次 ${batchKey} 已导入过，本次未重复入库。` : `导入完成，用时 ${seconds.toFixed(1)} 秒（规则集 v${result.ruleSetVersion}）。`,
      `  读取 ${result.received}  入库 ${result.stored}  退回 ${result.rejected}  重复 ${result.duplicates}  带警告 ${result.warnings}`,
      ...(result.updated ? [`  入库中有 ${result.updated} 条是已有记录（同一业务主键）内容有变化，已更新`] : []),
      ...(result.deleted ? [`  入库中有 ${result.deleted} 条按操作类型 D 删除了本部门的记录`] : []),
      ...(result.unknownHeaders.length ? [`  未识别的列（已随退回记录保留）：${result.unknownHeaders.join('、')}`] : []),
      ...(byRule.length ? ['  退回原因：', ...byRule.map((r) => `    ${r.rule.padEnd(34)} ${String(r.count).padStart(8)}  ${r.message}`)] : []),
      `  批次编号 ${result.id}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof FileError) {
      process.stderr.write(`\n无法导入 ${file}：${error.message}（${error.code}）\n`);
      return 2;
    }
    throw error;
  } finally {
    await pool.end();
    await database.stop();
  }
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    logger.fatal({ err: error }, 'import failed');
    process.exit(1);
  },
);
