import { Entity, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar, PUBLIC_TAG } from '@hub/runtime';

type VersionOptional = 'versionNo' | 'isCurrent' | 'effectiveTo' | 'supersededAt';

/**
 * A catalogue record kept as a chain of versions: every change writes a new row and closes the
 * previous one, so the version in force on any date can be read back (items change as laws change).
 * `versionNo` is the business version; BaseRecord's `version` stays the row's optimistic lock.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class VersionedRecord<Optional extends string = never> extends BaseRecord<VersionOptional | Optional> {
  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '版本序号（从1开始，每次变更加一）' })
  @Property({ type: 'int', default: 1 })
  versionNo: number = 1;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '本版本生效日期' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '本版本失效日期（下一版本的生效日期；当前版本为空）' })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '是否为当前（最新）版本' })
  @Property({ type: 'boolean', default: true })
  isCurrent: boolean = true;

  @Directive(PUBLIC_TAG)
  @Field(() => Date, { nullable: true, description: '被新版本取代的时间' })
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt?: Date | null;
}
