import { Migration } from '@mikro-orm/migrations';

export class Migration20261123180744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "exchange"."collector" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "name" varchar(60) not null, "dept_code" varchar(20) not null, "record_type" varchar(40) not null, "source_url" varchar(500) not null, "source_query" text not null, "watermark_column" varchar(60) not null, "id_column" varchar(60) not null, "watermark" varchar(100) null, "last_id" varchar(100) null, "enabled" boolean not null default true, "last_run_at" timestamptz(3) null, constraint "collector_pkey" primary key ("id"));`);
    this.addSql(`create index "collector_updated_at_index" on "exchange"."collector" ("updated_at");`);
    this.addSql(`alter table "exchange"."collector" add constraint "collector_name_unique" unique ("name");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange"."collector" cascade;`);
  }

}
