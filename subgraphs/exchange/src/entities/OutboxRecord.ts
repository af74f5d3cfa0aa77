import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * 上报发件箱: every governed record, written in the transaction that stored it, waiting to be reported to the
 * provincial / national system (domain.md §3.1). `reportBatch` is set when an upward batch takes it.
 */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['reportBatch', 'createdAt'] })
export class OutboxRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 40 })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** cd_operation: i insert, u update, d delete. */
  @Property({ length: 1 })
  operation!: string;

  @Property({ length: 20 })
  deptCode!: string;

  /**
   * The record in the national field names (the governed values; empty fields left out). Plain `json`:
   * written once per stored record and only ever read back whole, so PostgreSQL keeps the text as it is
   * instead of converting it (jsonb made this the costliest statement of an import).
   */
  @Property({ type: 'json', columnType: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  reportBatch?: string | null;
}
