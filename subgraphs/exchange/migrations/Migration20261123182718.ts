import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "exchange"."outbox" ("id" uuid not null, "record_type" varchar(40) not null, "record_id" uuid not null, "operation" varchar(1) not null, "dept_code" varchar(20) not null, "payload" jsonb not null, "created_at" timestamptz(3) not null default now(), "report_batch" uuid null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_report_batch_created_at_index" on "exchange"."outbox" ("report_batch", "created_at");`);

    this.addSql(`create table "exchange"."report_batch" ("id" uuid not null, "cd_batch" varchar(13) not null, "record_count" int not null, "status" varchar(10) not null, "attempts" int not null default 0, "last_error" varchar(500) null, "next_attempt_at" timestamptz(3) not null default now(), "created_at" timestamptz(3) not null default now(), "acked_at" timestamptz(3) null, constraint "report_batch_pkey" primary key ("id"));`);
    this.addSql(`alter table "exchange"."report_batch" add constraint "report_batch_cd_batch_unique" unique ("cd_batch");`);
    this.addSql(`create index "report_batch_status_next_attempt_at_index" on "exchange"."report_batch" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange"."outbox" cascade;`);

    this.addSql(`drop table if exists "exchange"."report_batch" cascade;`);
  }

}
