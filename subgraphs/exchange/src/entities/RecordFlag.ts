import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ImportBatch } from './ImportBatch';

/** A record stored with warnings (rules of severity warning): kept beside it for the quality metrics. */
@Entity({ tableName: 'record_flag' })
@Unique({ properties: ['batch', 'rowNumber'] })
@Index({ properties: ['recordType', 'recordId'] })
export class RecordFlag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;

  @Property()
  rowNumber!: number;

  @Property({ length: 40 })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'jsonb' })
  violations!: unknown[];
}
