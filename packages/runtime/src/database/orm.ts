import { DefaultLogger, LoggerOptions, LogContext, MikroORM, Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { queryCounter } from './queryCounter';
import { logger } from '../logger';
import { AuditSubscriber } from '../auth/auditSubscriber';
import { ensureAuditLog } from '../auth/auditLog';

/** MikroORM's logger, counting every statement (see queryCounter) and writing to pino when asked. */
class HubOrmLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, writer: (message) => logger.debug({ orm: true }, message) });
  }
  override logQuery(context: LogContext): void {
    queryCounter.record();
    super.logQuery(context as LogContext & { query: string });
  }
}

export interface OrmOptions {
  clientUrl: string;
  /** The PostgreSQL schema this library owns. */
  schema: string;
  entities: Options['entities'];
  migrationsPath: string;
  poolMax?: number;
}

export type Orm = MikroORM<PostgreSqlDriver>;

export async function openOrm({ clientUrl, schema, entities, migrationsPath, poolMax = 10 }: OrmOptions): Promise<Orm> {
  return MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl,
    schema,
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      glob: '!(*.d).{js,ts}',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    debug: process.env.ORM_DEBUG === '1',
    loggerFactory: (options) => new HubOrmLogger(options),
    // Entities are listed explicitly: no folder scanning at start-up.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    // The audit log belongs to the runtime, not to any library: keep it out of every library's migrations.
    schemaGenerator: { ignoreSchema: ['audit'], skipTables: ['audit_log'] },
    // Every change made for a user's request is audited in the transaction that makes it.
    subscribers: [new AuditSubscriber()],
  });
}

/** Creates the library's schema and applies its pending migrations. */
export async function migrate(orm: Orm): Promise<void> {
  const schema = orm.config.get('schema')!;
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await orm.getMigrator().up();
  await ensureAuditLog(orm.em.getConnection());
}
