import { Migration } from '@mikro-orm/migrations';

export class Migration20261123180532 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "exchange"."api_key" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "dept_code" varchar(20) not null, "name" varchar(100) not null, "key_hash" varchar(64) not null, "prefix" varchar(12) not null, "created_by" varchar(64) not null, "revoked_at" timestamptz(3) null, "last_used_at" timestamptz(3) null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_updated_at_index" on "exchange"."api_key" ("updated_at");`);
    this.addSql(`alter table "exchange"."api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(`create index "api_key_dept_code_created_at_index" on "exchange"."api_key" ("dept_code", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exchange"."api_key" cascade;`);
  }

}
