import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** 节假日与调休: a day that is a holiday on a weekday, or a working day on a weekend (set by admins each year). */
@Entity({ tableName: 'calendar_override' })
@ObjectType({ description: '节假日或调休工作日' })
export class CalendarOverride {
  @Field({ description: '日期' })
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field({ description: '是否工作日（false：法定节假日；true：调休上班）' })
  @Property()
  working!: boolean;

  @Field({ description: '说明，如 国庆节' })
  @Property({ length: 50 })
  note!: string;

  @Field({ description: '设置人' })
  @Property({ length: 64 })
  setBy!: string;
}
