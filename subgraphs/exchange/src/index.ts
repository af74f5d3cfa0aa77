import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { ImportBatch } from './entities/ImportBatch';
import { RecordFlag } from './entities/RecordFlag';
import { RejectedRecord } from './entities/RejectedRecord';
import { RuleSet } from './entities/RuleSet';
import { ImportBatchResolver } from './resolvers/ImportBatchResolver';
import { RejectedRecordResolver } from './resolvers/RejectedRecordResolver';
import { RuleSetResolver } from './resolvers/RuleSetResolver';
import { SubmitRecordsResolver } from './resolvers/SubmitRecordsResolver';
import { templateRoutes } from './routes/templateRoutes';
import { pushRoutes } from './routes/pushRoutes';
import { ApiKey } from './entities/ApiKey';
import { Collector } from './entities/Collector';
import { ApiKeyResolver } from './resolvers/ApiKeyResolver';
import { CollectorResolver } from './resolvers/CollectorResolver';
import { QualityResolver } from './resolvers/QualityResolver';
import { UpwardResolver } from './resolvers/UpwardResolver';
import { CalendarDay } from './entities/CalendarDay';
import { CalendarOverride } from './entities/CalendarOverride';
import { OutboxRecord } from './entities/OutboxRecord';
import { ReportBatch } from './entities/ReportBatch';

export { runImport } from './pipeline/runImport';
export type { ImportRequest, ImportResult } from './pipeline/runImport';
export { rejectsByRule } from './pipeline/reports';
export { organsOf } from './pipeline/organs';
export { ingestOf, INGESTS } from './ingests';
export { runCollector } from './pipeline/collect';
export type { CollectorRow } from './pipeline/collect';
export { exportBatch, pushDueBatches } from './upward/reporter';
export { reportOnce } from './upward/reportCycle';
export { startProvinceSimulator } from './upward/provinceSimulator';
export { toEnvelope, envelopeXml } from './upward/envelope';

/**
 * 数据交换与治理: delivery batches and their counts, records sent back for rectification (在线整改), and the
 * validation rules as versioned data. The pipeline itself (pipeline/) stores each record in its own library.
 */
export const exchangeSubgraph: SubgraphDefinition = {
  name: 'exchange',
  entities: [BaseRecord, ImportBatch, RejectedRecord, RecordFlag, RuleSet, ApiKey, Collector, CalendarDay, CalendarOverride, OutboxRecord, ReportBatch],
  resolvers: [ImportBatchResolver, RejectedRecordResolver, RuleSetResolver, SubmitRecordsResolver, ApiKeyResolver, CollectorResolver, QualityResolver, UpwardResolver],
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  routes: (app, orm) => {
    templateRoutes(app);
    pushRoutes(app, orm);
  },
};

export default exchangeSubgraph;
