import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153442 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "credit";`);
    this.addSql(`create table "credit"."credit_listing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "list_type" text check ("list_type" in ('abnormal', 'serious', 'red', 'black')) not null, "list_name" varchar(100) not null, "uscc" varchar(18) not null, "party_name" varchar(200) null, "reason" varchar(500) not null, "listed_at" date not null, "listed_by" varchar(200) not null, "basis" varchar(500) not null, "removed_at" date null, "removed_reason" varchar(500) null, "removed_by" varchar(200) null, "until" date null, constraint "credit_listing_pkey" primary key ("id"));`);
    this.addSql(`create index "credit_listing_updated_at_index" on "credit"."credit_listing" ("updated_at");`);
    this.addSql(`create index "credit_listing_created_at_id_index" on "credit"."credit_listing" ("created_at", "id");`);
    this.addSql(`create index "credit_listing_listed_at_id_index" on "credit"."credit_listing" ("listed_at", "id");`);
    this.addSql(`create index "credit_listing_list_type_listed_at_id_index" on "credit"."credit_listing" ("list_type", "listed_at", "id");`);
    this.addSql(`create index "credit_listing_uscc_listed_at_id_index" on "credit"."credit_listing" ("uscc", "listed_at", "id");`);
    this.addSql(`create unique index "credit_listing_open_unique" on "credit"."credit_listing" ("uscc", "list_type") where "removed_at" is null;`);

    this.addSql(`create table "credit"."license_publicity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "party_name" varchar(200) not null, "party_category" varchar(20) not null, "uscc" varchar(18) null, "legal_rep" varchar(50) null, "doc_name" varchar(64) not null, "doc_no" varchar(64) not null, "category" varchar(20) not null, "cert_name" varchar(64) null, "licence_no" varchar(64) null, "content" text not null, "decision_date" date not null, "valid_from" date not null, "valid_to" date not null, "authority" varchar(200) not null, "authority_uscc" varchar(18) not null, "status" text check ("status" in ('valid', 'invalid')) not null, "data_source" varchar(200) not null, "data_source_uscc" varchar(18) null, "remark" varchar(512) null, constraint "license_publicity_pkey" primary key ("id"));`);
    this.addSql(`create index "license_publicity_updated_at_index" on "credit"."license_publicity" ("updated_at");`);
    this.addSql(`create index "license_publicity_licence_no_index" on "credit"."license_publicity" ("licence_no");`);
    this.addSql(`create index "license_publicity_status_index" on "credit"."license_publicity" ("status");`);
    this.addSql(`create index "license_publicity_created_at_id_index" on "credit"."license_publicity" ("created_at", "id");`);
    this.addSql(`create index "license_publicity_valid_to_id_index" on "credit"."license_publicity" ("valid_to", "id");`);
    this.addSql(`create index "license_publicity_decision_date_id_index" on "credit"."license_publicity" ("decision_date", "id");`);
    this.addSql(`create index "license_publicity_authority_uscc_decision_date_index" on "credit"."license_publicity" ("authority_uscc", "decision_date");`);
    this.addSql(`create index "license_publicity_uscc_decision_date_id_index" on "credit"."license_publicity" ("uscc", "decision_date", "id");`);

    this.addSql(`create table "credit"."penalty_publicity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "party_name" varchar(200) not null, "party_category" varchar(20) not null, "uscc" varchar(18) null, "reg_no" varchar(50) null, "org_code" varchar(10) null, "tax_no" varchar(50) null, "inst_cert_no" varchar(50) null, "social_org_no" varchar(50) null, "legal_rep" varchar(50) null, "legal_rep_cert_type" varchar(20) null, "legal_rep_cert_no" varchar(64) null, "decision_no" varchar(128) not null, "illegal_type" text not null, "illegal_facts" text not null, "basis" text not null, "penalty_category" varchar(256) not null, "content" text not null, "fine_wan" numeric(18,6) null, "confiscated_wan" numeric(18,6) null, "licence_info" varchar(200) null, "decision_date" date not null, "valid_until" date null, "public_until" date not null, "published_at" date not null, "publish_deadline" date not null, "authority" varchar(200) not null, "authority_uscc" varchar(18) not null, "data_source" varchar(200) not null, "data_source_uscc" varchar(18) not null, "status" text check ("status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "penalty_id" uuid null, "remark" varchar(512) null, constraint "penalty_publicity_pkey" primary key ("id"));`);
    this.addSql(`create index "penalty_publicity_updated_at_index" on "credit"."penalty_publicity" ("updated_at");`);
    this.addSql(`create index "penalty_publicity_status_index" on "credit"."penalty_publicity" ("status");`);
    this.addSql(`create index "penalty_publicity_penalty_id_index" on "credit"."penalty_publicity" ("penalty_id");`);
    this.addSql(`create index "penalty_publicity_late_idx" on "credit"."penalty_publicity" ("decision_date", "id") where "published_at" > "publish_deadline";`);
    this.addSql(`create index "penalty_publicity_created_at_id_index" on "credit"."penalty_publicity" ("created_at", "id");`);
    this.addSql(`create index "penalty_publicity_published_at_id_index" on "credit"."penalty_publicity" ("published_at", "id");`);
    this.addSql(`create index "penalty_publicity_decision_date_id_index" on "credit"."penalty_publicity" ("decision_date", "id");`);
    this.addSql(`create index "penalty_publicity_uscc_decision_date_id_index" on "credit"."penalty_publicity" ("uscc", "decision_date", "id");`);
    this.addSql(`alter table "credit"."penalty_publicity" add constraint "penalty_publicity_authority_decision_no_unique" unique ("authority_uscc", "decision_no");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit"."credit_listing" cascade;`);

    this.addSql(`drop table if exists "credit"."license_publicity" cascade;`);

    this.addSql(`drop table if exists "credit"."penalty_publicity" cascade;`);

    this.addSql(`drop schema if exists "credit";`);
  }

}
