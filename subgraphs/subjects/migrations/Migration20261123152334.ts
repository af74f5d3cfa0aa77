import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "subjects";`);
    this.addSql(`create table "subjects"."subject" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "kind" text check ("kind" in ('legal', 'natural', 'equipment', 'product', 'place', 'project')) not null, "name" varchar(200) not null, "cert_type" varchar(3) not null, "cert_no" varchar(64) not null, "ad_code" varchar(6) not null, "reg_address" varchar(400) null, "biz_address" varchar(400) null, "industry_code" varchar(5) null, "tags" text[] not null default '{}', "legal_person" jsonb null, "natural_person" jsonb null, "equipment" jsonb null, "product" jsonb null, "place" jsonb null, "project" jsonb null, constraint "subject_pkey" primary key ("id"));`);
    this.addSql(`create index "subject_updated_at_index" on "subjects"."subject" ("updated_at");`);
    this.addSql(`create index "subject_kind_index" on "subjects"."subject" ("kind");`);
    this.addSql(`alter table "subjects"."subject" add constraint "subject_cert_no_unique" unique ("cert_no");`);
    this.addSql(`create index "subject_created_at_id_index" on "subjects"."subject" ("created_at", "id");`);
    this.addSql(`create index "subject_name_id_index" on "subjects"."subject" ("name", "id");`);
    this.addSql(`create index "subject_tags_idx" on "subjects"."subject" using gin ("tags");`);
    this.addSql(`create index "subject_industry_prefix_idx" on "subjects"."subject" ("industry_code" text_pattern_ops, "id");`);
    this.addSql(`create index "subject_ad_code_prefix_idx" on "subjects"."subject" ("ad_code" text_pattern_ops, "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subjects"."subject" cascade;`);

    this.addSql(`drop schema if exists "subjects";`);
  }

}
