import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153621 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "enforcement";`);
    this.addSql(`create table "enforcement"."enforcer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "name" varchar(50) not null, "id_no_hash" varchar(64) not null, "id_no_masked" varchar(18) not null, "cert_no" varchar(32) not null, "cert_issuer" varchar(100) not null, "cert_valid_from" date not null, "cert_valid_to" date not null, "fields" text[] not null, "org_name" varchar(100) not null, "org_uscc" varchar(18) not null, "ad_code" varchar(6) not null, "status" text check ("status" in ('active', 'suspended', 'left')) not null default 'active', "is_expert" boolean not null default false, "conflicts" jsonb not null default '[]', constraint "enforcer_pkey" primary key ("id"));`);
    this.addSql(`create index "enforcer_updated_at_index" on "enforcement"."enforcer" ("updated_at");`);
    this.addSql(`create index "enforcer_id_no_hash_index" on "enforcement"."enforcer" ("id_no_hash");`);
    this.addSql(`alter table "enforcement"."enforcer" add constraint "enforcer_cert_no_unique" unique ("cert_no");`);
    this.addSql(`create index "enforcer_org_uscc_index" on "enforcement"."enforcer" ("org_uscc");`);
    this.addSql(`create index "enforcer_status_index" on "enforcement"."enforcer" ("status");`);
    this.addSql(`create index "enforcer_created_at_id_index" on "enforcement"."enforcer" ("created_at", "id");`);
    this.addSql(`create index "enforcer_cert_valid_to_id_index" on "enforcement"."enforcer" ("cert_valid_to", "id");`);
    this.addSql(`create index "enforcer_name_id_index" on "enforcement"."enforcer" ("name", "id");`);
    this.addSql(`create index "enforcer_cert_valid_from_cert_valid_to_index" on "enforcement"."enforcer" ("cert_valid_from", "cert_valid_to");`);
    this.addSql(`create index "enforcer_fields_idx" on "enforcement"."enforcer" using gin ("fields");`);
    this.addSql(`create index "enforcer_ad_code_prefix_idx" on "enforcement"."enforcer" ("ad_code" text_pattern_ops, "id");`);

    this.addSql(`create table "enforcement"."inspection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "action_code" varchar(50) not null, "action_name" varchar(500) not null, "item_code" varchar(14) not null, "impl_list_code" varchar(40) not null, "plan_id" varchar(64) null, "org_name" varchar(100) not null, "org_code" varchar(20) not null, "entrusted_dept" varchar(100) null, "entrusted_code" varchar(20) null, "object_type" varchar(2) not null, "party_name" varchar(200) not null, "party_nature" varchar(20) not null, "party_cert_type" varchar(3) not null, "party_cert_no" varchar(64) not null, "reg_address" varchar(400) null, "biz_address" varchar(400) null, "ad_code" varchar(6) not null, "check_form" varchar(20) not null, "check_category" varchar(10) not null, "check_mode" varchar(20) null, "result" varchar(200) not null, "check_date" date not null, "reported_at" timestamptz not null default now(), "reported_by" varchar(50) null, "subject_id" uuid null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_updated_at_index" on "enforcement"."inspection" ("updated_at");`);
    this.addSql(`create index "inspection_party_cert_no_index" on "enforcement"."inspection" ("party_cert_no");`);
    this.addSql(`create index "inspection_result_check_date_index" on "enforcement"."inspection" ("result", "check_date");`);
    this.addSql(`create index "inspection_check_category_check_date_index" on "enforcement"."inspection" ("check_category", "check_date");`);
    this.addSql(`create index "inspection_impl_list_code_check_date_index" on "enforcement"."inspection" ("impl_list_code", "check_date");`);
    this.addSql(`create index "inspection_item_code_check_date_index" on "enforcement"."inspection" ("item_code", "check_date");`);
    this.addSql(`create index "inspection_created_at_id_index" on "enforcement"."inspection" ("created_at", "id");`);
    this.addSql(`create index "inspection_reported_at_id_index" on "enforcement"."inspection" ("reported_at", "id");`);
    this.addSql(`create index "inspection_check_date_id_index" on "enforcement"."inspection" ("check_date", "id");`);
    this.addSql(`create index "inspection_ad_code_prefix_idx" on "enforcement"."inspection" ("ad_code" text_pattern_ops, "id");`);
    this.addSql(`create index "inspection_subject_check_date_idx" on "enforcement"."inspection" ("subject_id", "check_date" desc, "id" desc);`);
    this.addSql(`alter table "enforcement"."inspection" add constraint "inspection_org_code_action_code_unique" unique ("org_code", "action_code");`);

    this.addSql(`create table "enforcement"."coercion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "inspection_id" uuid not null, "action_code" varchar(50) not null, "action_name" varchar(400) not null, "decision_no" varchar(100) not null, "kind" varchar(4) not null, "measure_type" varchar(100) null, "exec_type" varchar(100) null, "basis" varchar(1000) not null, "facts" varchar(1000) not null, "result" varchar(200) null, "start" date not null, "extension" date null, "end" date null, "reported_at" timestamptz not null default now(), "item_code" varchar(14) not null, "subject_id" uuid null, "party_name" varchar(200) not null, "party_cert_no" varchar(64) not null, "ad_code" varchar(6) not null, "org_name" varchar(100) not null, "org_code" varchar(20) not null, constraint "coercion_pkey" primary key ("id"));`);
    this.addSql(`create index "coercion_updated_at_index" on "enforcement"."coercion" ("updated_at");`);
    this.addSql(`create index "coercion_inspection_id_index" on "enforcement"."coercion" ("inspection_id");`);
    this.addSql(`create index "coercion_org_code_start_index" on "enforcement"."coercion" ("org_code", "start");`);
    this.addSql(`create index "coercion_start_id_index" on "enforcement"."coercion" ("start", "id");`);
    this.addSql(`create index "coercion_subject_start_idx" on "enforcement"."coercion" ("subject_id", "start" desc, "id" desc);`);

    this.addSql(`create table "enforcement"."inspection_inspector" ("id" uuid not null, "inspection_id" uuid not null, "enforcer_id" uuid not null, "name" varchar(50) not null, "cert_no" varchar(32) not null, "ordinal" smallint not null, "is_leader" boolean not null default false, constraint "inspection_inspector_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_inspector_enforcer_id_index" on "enforcement"."inspection_inspector" ("enforcer_id");`);
    this.addSql(`create index "inspection_inspector_inspection_id_ordinal_index" on "enforcement"."inspection_inspector" ("inspection_id", "ordinal");`);

    this.addSql(`create table "enforcement"."other_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "inspection_id" uuid null, "action_code" varchar(50) not null, "action_name" varchar(300) not null, "item_code" varchar(14) not null, "source" varchar(50) null, "measure" varchar(50) null, "closing" varchar(200) null, "start" date not null, "end" date null, "reported_at" timestamptz not null default now(), "subject_id" uuid null, "party_name" varchar(200) not null, "party_cert_type" varchar(3) not null, "party_cert_no" varchar(64) not null, "ad_code" varchar(6) not null, "org_name" varchar(100) not null, "org_code" varchar(20) not null, constraint "other_action_pkey" primary key ("id"));`);
    this.addSql(`create index "other_action_updated_at_index" on "enforcement"."other_action" ("updated_at");`);
    this.addSql(`create index "other_action_inspection_id_index" on "enforcement"."other_action" ("inspection_id");`);
    this.addSql(`create index "other_action_org_code_start_index" on "enforcement"."other_action" ("org_code", "start");`);
    this.addSql(`create index "other_action_start_id_index" on "enforcement"."other_action" ("start", "id");`);
    this.addSql(`create index "other_action_subject_id_start_index" on "enforcement"."other_action" ("subject_id", "start");`);

    this.addSql(`create table "enforcement"."penalty" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "inspection_id" uuid not null, "case_no" varchar(100) null, "action_name" varchar(500) not null, "case_source" varchar(50) not null, "illegal_facts" varchar(400) not null, "basis" varchar(400) not null, "basis_article_ids" uuid[] not null default '{}', "procedure" varchar(4) not null, "hearing" boolean not null, "filed_at" date null, "criminal" boolean not null, "major" boolean not null default false, "legal_review" jsonb null, "collective" jsonb null, "decision_no" varchar(100) not null, "decision_date" date not null, "penalty_types" text[] not null, "fine_yuan" numeric(18,2) null, "confiscated_yuan" numeric(18,2) null, "licence_revoked" jsonb null, "result_text" varchar(1000) not null, "reconsideration" varchar(20) not null, "litigation" varchar(20) not null, "closing" jsonb null, "transferred_at" date null, "reported_at" timestamptz not null default now(), "subject_id" uuid null, "party_name" varchar(200) not null, "party_cert_no" varchar(64) not null, "ad_code" varchar(6) not null, "org_name" varchar(100) not null, "org_code" varchar(20) not null, constraint "penalty_pkey" primary key ("id"));`);
    this.addSql(`create index "penalty_updated_at_index" on "enforcement"."penalty" ("updated_at");`);
    this.addSql(`create index "penalty_inspection_id_index" on "enforcement"."penalty" ("inspection_id");`);
    this.addSql(`alter table "enforcement"."penalty" add constraint "penalty_decision_no_unique" unique ("decision_no");`);
    this.addSql(`create index "penalty_org_code_decision_date_index" on "enforcement"."penalty" ("org_code", "decision_date");`);
    this.addSql(`create index "penalty_created_at_id_index" on "enforcement"."penalty" ("created_at", "id");`);
    this.addSql(`create index "penalty_reported_at_id_index" on "enforcement"."penalty" ("reported_at", "id");`);
    this.addSql(`create index "penalty_decision_date_id_index" on "enforcement"."penalty" ("decision_date", "id");`);
    this.addSql(`create index "penalty_types_idx" on "enforcement"."penalty" using gin ("penalty_types");`);
    this.addSql(`create index "penalty_subject_decision_date_idx" on "enforcement"."penalty" ("subject_id", "decision_date" desc, "id" desc);`);

    this.addSql(`alter table "enforcement"."coercion" add constraint "coercion_inspection_id_foreign" foreign key ("inspection_id") references "enforcement"."inspection" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."inspection_inspector" add constraint "inspection_inspector_inspection_id_foreign" foreign key ("inspection_id") references "enforcement"."inspection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enforcement"."inspection_inspector" add constraint "inspection_inspector_enforcer_id_foreign" foreign key ("enforcer_id") references "enforcement"."enforcer" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."other_action" add constraint "other_action_inspection_id_foreign" foreign key ("inspection_id") references "enforcement"."inspection" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enforcement"."penalty" add constraint "penalty_inspection_id_foreign" foreign key ("inspection_id") references "enforcement"."inspection" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."inspection_inspector" drop constraint "inspection_inspector_enforcer_id_foreign";`);

    this.addSql(`alter table "enforcement"."coercion" drop constraint "coercion_inspection_id_foreign";`);

    this.addSql(`alter table "enforcement"."inspection_inspector" drop constraint "inspection_inspector_inspection_id_foreign";`);

    this.addSql(`alter table "enforcement"."other_action" drop constraint "other_action_inspection_id_foreign";`);

    this.addSql(`alter table "enforcement"."penalty" drop constraint "penalty_inspection_id_foreign";`);

    this.addSql(`drop table if exists "enforcement"."enforcer" cascade;`);

    this.addSql(`drop table if exists "enforcement"."inspection" cascade;`);

    this.addSql(`drop table if exists "enforcement"."coercion" cascade;`);

    this.addSql(`drop table if exists "enforcement"."inspection_inspector" cascade;`);

    this.addSql(`drop table if exists "enforcement"."other_action" cascade;`);

    this.addSql(`drop table if exists "enforcement"."penalty" cascade;`);

    this.addSql(`drop schema if exists "enforcement";`);
  }

}
