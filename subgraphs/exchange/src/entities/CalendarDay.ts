import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 工作日历: every day from 2000 to 2035, working or not (weekends, plus the holidays and make-up working days
 * (调休) set as overrides), with the running count of working days so that "within N working days" is one
 * subtraction in SQL. Rebuilt from the overrides whenever they change.
 */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property()
  working!: boolean;

  /** Working days from 2000-01-01 up to and including this day. */
  @Property()
  workingIndex!: number;
}
