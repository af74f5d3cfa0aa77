import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153248 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "catalog";`);
    this.addSql(`create table "catalog"."check_impl_list" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "version_no" int not null default 1, "effective_from" date not null, "effective_to" date null, "is_current" boolean not null default true, "superseded_at" timestamptz null, "code" varchar(800) not null, "item_code" varchar(14) not null, "sub_item_code" varchar(50) null, "org_name" varchar(200) not null, "org_uscc" varchar(18) not null, "exec_level" smallint not null, "ad_code" varchar(6) not null, "check_method" varchar(200) not null, "check_freq" varchar(200) null, "check_basis" text not null, "objects" varchar(500) not null, "is_random_item" boolean not null, "random_ratio" double precision null, "key_or_general" text check ("key_or_general" in ('重点', '一般')) null, constraint "check_impl_list_pkey" primary key ("id"));`);
    this.addSql(`create index "check_impl_list_updated_at_index" on "catalog"."check_impl_list" ("updated_at");`);
    this.addSql(`create index "check_impl_list_created_at_id_index" on "catalog"."check_impl_list" ("created_at", "id");`);
    this.addSql(`create index "check_impl_list_effective_from_id_index" on "catalog"."check_impl_list" ("effective_from", "id");`);
    this.addSql(`create index "check_impl_list_code_id_index" on "catalog"."check_impl_list" ("code", "id");`);
    this.addSql(`create index "check_impl_list_is_random_item_code_index" on "catalog"."check_impl_list" ("is_random_item", "code");`);
    this.addSql(`create index "check_impl_list_exec_level_code_index" on "catalog"."check_impl_list" ("exec_level", "code");`);
    this.addSql(`create index "check_impl_list_org_uscc_code_index" on "catalog"."check_impl_list" ("org_uscc", "code");`);
    this.addSql(`create index "check_impl_list_item_code_code_index" on "catalog"."check_impl_list" ("item_code", "code");`);
    this.addSql(`create index "check_impl_list_ad_code_prefix_idx" on "catalog"."check_impl_list" ("ad_code" text_pattern_ops, "id");`);
    this.addSql(`create index "check_impl_list_code_effective_idx" on "catalog"."check_impl_list" ("code", "effective_from" desc);`);
    this.addSql(`create unique index "check_impl_list_current_code_uidx" on "catalog"."check_impl_list" ("code") where "is_current";`);
    this.addSql(`alter table "catalog"."check_impl_list" add constraint "check_impl_list_code_version_no_unique" unique ("code", "version_no");`);

    this.addSql(`create table "catalog"."check_content" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "list_id" uuid not null, "list_code" varchar(800) not null, "code" varchar(50) not null, "content" text not null, "method" text not null, "penalty_basis" text not null, "penalty_power_code" varchar(100) null, "check_type" text check ("check_type" in ('DAILY', 'RANDOM', 'SPECIAL', 'TEMPORARY')) not null, "sort_order" smallint not null default 0, constraint "check_content_pkey" primary key ("id"));`);
    this.addSql(`create index "check_content_updated_at_index" on "catalog"."check_content" ("updated_at");`);
    this.addSql(`alter table "catalog"."check_content" add constraint "check_content_list_id_code_unique" unique ("list_id", "code");`);

    this.addSql(`create table "catalog"."item_claim" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "item_code" varchar(14) not null, "dept_code" varchar(50) not null, "dept_name" varchar(200) not null, "claimed_at" timestamptz not null, "claimed_by" varchar(100) null, "status" text check ("status" in ('claimed', 'withdrawn')) not null default 'claimed', "withdrawn_at" timestamptz null, constraint "item_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "item_claim_updated_at_index" on "catalog"."item_claim" ("updated_at");`);
    this.addSql(`create index "item_claim_dept_code_status_item_code_index" on "catalog"."item_claim" ("dept_code", "status", "item_code");`);
    this.addSql(`alter table "catalog"."item_claim" add constraint "item_claim_item_code_dept_code_unique" unique ("item_code", "dept_code");`);

    this.addSql(`create table "catalog"."reg_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "version_no" int not null default 1, "effective_from" date not null, "effective_to" date null, "is_current" boolean not null default true, "superseded_at" timestamptz null, "item_code" varchar(14) not null, "name" varchar(500) not null, "power_item_code" varchar(100) null, "dept_name" varchar(200) not null, "dept_code" varchar(50) not null, "duty_code" varchar(50) not null, "line_code" varchar(50) null, "category" text check ("category" in ('行政检查', '行政处罚', '行政强制', '其他')) not null, "license_item_code" varchar(100) null, "license_item_type" varchar(50) null, "license_item_name" varchar(500) null, "status" smallint not null, constraint "reg_item_pkey" primary key ("id"));`);
    this.addSql(`create index "reg_item_updated_at_index" on "catalog"."reg_item" ("updated_at");`);
    this.addSql(`create index "reg_item_created_at_id_index" on "catalog"."reg_item" ("created_at", "id");`);
    this.addSql(`create index "reg_item_effective_from_id_index" on "catalog"."reg_item" ("effective_from", "id");`);
    this.addSql(`create index "reg_item_name_id_index" on "catalog"."reg_item" ("name", "id");`);
    this.addSql(`create index "reg_item_item_code_id_index" on "catalog"."reg_item" ("item_code", "id");`);
    this.addSql(`create index "reg_item_status_item_code_index" on "catalog"."reg_item" ("status", "item_code");`);
    this.addSql(`create index "reg_item_category_item_code_index" on "catalog"."reg_item" ("category", "item_code");`);
    this.addSql(`create index "reg_item_dept_code_item_code_index" on "catalog"."reg_item" ("dept_code", "item_code");`);
    this.addSql(`create index "reg_item_name_prefix_idx" on "catalog"."reg_item" ("name" text_pattern_ops, "id");`);
    this.addSql(`create index "reg_item_code_effective_idx" on "catalog"."reg_item" ("item_code", "effective_from" desc);`);
    this.addSql(`create unique index "reg_item_current_code_uidx" on "catalog"."reg_item" ("item_code") where "is_current";`);
    this.addSql(`alter table "catalog"."reg_item" add constraint "reg_item_item_code_version_no_unique" unique ("item_code", "version_no");`);

    this.addSql(`create table "catalog"."reg_sub_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "item_id" uuid not null, "item_code" varchar(14) not null, "sub_item_code" varchar(50) not null, "name" varchar(500) not null, "sub_power_code" varchar(100) null, "object_category" varchar(20) not null, "object_desc" varchar(500) not null, "form" varchar(200) not null, "method" varchar(200) not null, "level" varchar(10) not null, "basis_article_ids" uuid[] not null default '{}', "basis_text" text not null, "process" text not null, "result" text not null, "scope" text[] not null default '{}', "impl_list_code" varchar(800) null, "status" smallint not null, "sort_order" smallint not null default 0, constraint "reg_sub_item_pkey" primary key ("id"));`);
    this.addSql(`create index "reg_sub_item_updated_at_index" on "catalog"."reg_sub_item" ("updated_at");`);
    this.addSql(`create index "reg_sub_item_sub_item_code_index" on "catalog"."reg_sub_item" ("sub_item_code");`);
    this.addSql(`alter table "catalog"."reg_sub_item" add constraint "reg_sub_item_item_id_sub_item_code_unique" unique ("item_id", "sub_item_code");`);

    this.addSql(`alter table "catalog"."check_content" add constraint "check_content_list_id_foreign" foreign key ("list_id") references "catalog"."check_impl_list" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "catalog"."reg_sub_item" add constraint "reg_sub_item_item_id_foreign" foreign key ("item_id") references "catalog"."reg_item" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "catalog"."check_content" drop constraint "check_content_list_id_foreign";`);

    this.addSql(`alter table "catalog"."reg_sub_item" drop constraint "reg_sub_item_item_id_foreign";`);

    this.addSql(`drop table if exists "catalog"."check_impl_list" cascade;`);

    this.addSql(`drop table if exists "catalog"."check_content" cascade;`);

    this.addSql(`drop table if exists "catalog"."item_claim" cascade;`);

    this.addSql(`drop table if exists "catalog"."reg_item" cascade;`);

    this.addSql(`drop table if exists "catalog"."reg_sub_item" cascade;`);

    this.addSql(`drop schema if exists "catalog";`);
  }

}
