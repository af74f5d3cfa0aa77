import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181112 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "exchange"."calendar_day" ("day" date not null, "working" boolean not null, "working_index" int not null, constraint "calendar_day_pkey" primary key ("day"));`);

    this.addSql(`create table "exchange"."calendar_override" ("day" date not null, "working" boolean not null, "note" varchar(50) not null, "set_by" varchar(64) not null, constraint "calendar_override_pkey" primary key ("day"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange"."calendar_day" cascade;`);

    this.addSql(`drop table if exists "exchange"."calendar_override" cascade;`);
  }

}
