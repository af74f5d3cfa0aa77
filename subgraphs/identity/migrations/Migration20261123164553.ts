import { Migration } from '@mikro-orm/migrations';

export class Migration20261123164553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."department" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "code" varchar(20) not null, "name" varchar(100) not null, "short_name" varchar(50) not null, "uscc" varchar(18) not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`create index "department_updated_at_index" on "identity"."department" ("updated_at");`);
    this.addSql(`alter table "identity"."department" add constraint "department_code_unique" unique ("code");`);

    this.addSql(`create table "identity"."organ" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "dept_code" varchar(20) not null, "uscc" varchar(18) not null, "name" varchar(100) not null, "ad_code" varchar(6) not null, constraint "organ_pkey" primary key ("id"));`);
    this.addSql(`create index "organ_updated_at_index" on "identity"."organ" ("updated_at");`);
    this.addSql(`create index "organ_dept_code_index" on "identity"."organ" ("dept_code");`);
    this.addSql(`alter table "identity"."organ" add constraint "organ_uscc_unique" unique ("uscc");`);

    this.addSql(`create table "identity"."user_account" ("id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "username" varchar(64) not null, "name" varchar(50) not null, "role" text check ("role" in ('staff', 'leader', 'city_admin', 'province_admin', 'auditor')) not null, "dept_code" varchar(20) null, "region" varchar(6) not null, "password_hash" varchar(200) null, "oidc_subject" varchar(255) null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz(3) null, "last_login_at" timestamptz(3) null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`create index "user_account_updated_at_index" on "identity"."user_account" ("updated_at");`);
    this.addSql(`alter table "identity"."user_account" add constraint "user_account_username_unique" unique ("username");`);
    this.addSql(`create index "user_account_dept_code_index" on "identity"."user_account" ("dept_code");`);
    this.addSql(`alter table "identity"."user_account" add constraint "user_account_oidc_subject_unique" unique ("oidc_subject");`);
    this.addSql(`create index "user_account_region_prefix_idx" on "identity"."user_account" ("region" text_pattern_ops, "username");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."department" cascade;`);

    this.addSql(`drop table if exists "identity"."organ" cascade;`);

    this.addSql(`drop table if exists "identity"."user_account" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
  }

}
