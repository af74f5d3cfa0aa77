import type { Express } from 'express';
import { writeCsvTemplate, writeTemplate } from '@hub/governance';
import { INGESTS } from '../ingests';

/**
 * 模板下载: `GET /templates/<type>.xlsx` (headers of the national field list, an example row, drop-downs for
 * code tables, a sheet of instructions) and `GET /templates/<type>.csv` (UTF-8 with BOM). Public: a template
 * holds no data.
 */
export function templateRoutes(app: Express): void {
  app.get('/templates/:file', async (req, res, next) => {
    const match = /^([A-Za-z]+)\.(xlsx|csv)$/.exec(req.params.file);
    const ingest = match ? INGESTS[match[1]] : undefined;
    if (!match || !ingest) {
      res.status(404).json({ errors: [{ message: `没有该数据类型的模板（可选：${Object.keys(INGESTS).map((t) => `${t}.xlsx`).join('、')}）`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const name = encodeURIComponent(`${ingest.spec.title}导入模板.${match[2]}`);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${name}`);
    try {
      if (match[2] === 'xlsx') {
        res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        await writeTemplate(ingest.spec, ingest.codeTables, res);
      } else {
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        await writeCsvTemplate(ingest.spec, res);
      }
      if (!res.writableEnded) res.end();
    } catch (error) {
      next(error);
    }
  });
}
