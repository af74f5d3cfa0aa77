import { Migration } from '@mikro-orm/migrations';

export class Migration20261123175823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "exchange";`);
    this.addSql(`create table "exchange"."import_batch" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "batch_key" varchar(200) not null, "record_type" varchar(40) not null, "dept_code" varchar(20) not null, "channel" varchar(10) not null, "file_name" varchar(300) null, "status" varchar(12) not null, "received" int not null default 0, "stored" int not null default 0, "rejected" int not null default 0, "duplicates" int not null default 0, "warnings" int not null default 0, "checkpoint_row" int not null default 0, "rule_set_version" int null, "created_by" varchar(64) not null, "finished_at" timestamptz(3) null, "error" varchar(1000) null, constraint "import_batch_pkey" primary key ("id"), constraint import_batch_counts_add_up check (received = stored + rejected + duplicates));`);
    this.addSql(`create index "import_batch_updated_at_index" on "exchange"."import_batch" ("updated_at");`);
    this.addSql(`alter table "exchange"."import_batch" add constraint "import_batch_batch_key_unique" unique ("batch_key");`);
    this.addSql(`create index "import_batch_dept_code_record_type_created_at_index" on "exchange"."import_batch" ("dept_code", "record_type", "created_at");`);

    this.addSql(`create table "exchange"."record_flag" ("id" uuid not null, "batch_id" uuid not null, "row_number" int not null, "record_type" varchar(40) not null, "record_id" uuid not null, "violations" jsonb not null, constraint "record_flag_pkey" primary key ("id"));`);
    this.addSql(`create index "record_flag_record_type_record_id_index" on "exchange"."record_flag" ("record_type", "record_id");`);
    this.addSql(`alter table "exchange"."record_flag" add constraint "record_flag_batch_id_row_number_unique" unique ("batch_id", "row_number");`);

    this.addSql(`create table "exchange"."rejected_record" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "batch_id" uuid not null, "record_type" varchar(40) not null, "dept_code" varchar(20) not null, "row_number" int not null, "payload" jsonb not null, "violations" jsonb not null, "status" varchar(12) not null default 'open', "attempts" jsonb not null default '[]', "record_id" uuid null, constraint "rejected_record_pkey" primary key ("id"));`);
    this.addSql(`create index "rejected_record_updated_at_index" on "exchange"."rejected_record" ("updated_at");`);
    this.addSql(`create index "rejected_record_dept_code_record_type_status_creat_0a970_index" on "exchange"."rejected_record" ("dept_code", "record_type", "status", "created_at", "id");`);
    this.addSql(`alter table "exchange"."rejected_record" add constraint "rejected_record_batch_id_row_number_unique" unique ("batch_id", "row_number");`);

    this.addSql(`create table "exchange"."rule_set" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "record_type" varchar(40) not null, "rule_version" int not null, "rules" jsonb not null, "note" varchar(200) null, "created_by" varchar(64) not null, constraint "rule_set_pkey" primary key ("id"));`);
    this.addSql(`create index "rule_set_updated_at_index" on "exchange"."rule_set" ("updated_at");`);
    this.addSql(`alter table "exchange"."rule_set" add constraint "rule_set_record_type_rule_version_unique" unique ("record_type", "rule_version");`);

    this.addSql(`alter table "exchange"."record_flag" add constraint "record_flag_batch_id_foreign" foreign key ("batch_id") references "exchange"."import_batch" ("id") on update cascade;`);

    this.addSql(`alter table "exchange"."rejected_record" add constraint "rejected_record_batch_id_foreign" foreign key ("batch_id") references "exchange"."import_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exchange"."record_flag" drop constraint "record_flag_batch_id_foreign";`);

    this.addSql(`alter table "exchange"."rejected_record" drop constraint "rejected_record_batch_id_foreign";`);

    this.addSql(`drop table if exists "exchange"."import_batch" cascade;`);

    this.addSql(`drop table if exists "exchange"."record_flag" cascade;`);

    this.addSql(`drop table if exists "exchange"."rejected_record" cascade;`);

    this.addSql(`drop table if exists "exchange"."rule_set" cascade;`);

    this.addSql(`drop schema if exists "exchange";`);
  }

}
