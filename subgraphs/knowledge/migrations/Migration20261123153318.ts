import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "knowledge";`);
    this.addSql(`create table "knowledge"."contingency_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "code" varchar(50) not null, "title" varchar(300) not null, "field" varchar(50) not null, "level" varchar(50) not null, "steps" text[] not null, constraint "contingency_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "contingency_plan_updated_at_index" on "knowledge"."contingency_plan" ("updated_at");`);
    this.addSql(`alter table "knowledge"."contingency_plan" add constraint "contingency_plan_code_unique" unique ("code");`);
    this.addSql(`create index "contingency_plan_field_code_id_index" on "knowledge"."contingency_plan" ("field", "code", "id");`);

    this.addSql(`create table "knowledge"."inspection_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "code" varchar(50) not null, "title" varchar(300) not null, "field" varchar(50) not null, "basis_article_ids" uuid[] not null, "discretion" jsonb not null, constraint "inspection_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_rule_updated_at_index" on "knowledge"."inspection_rule" ("updated_at");`);
    this.addSql(`alter table "knowledge"."inspection_rule" add constraint "inspection_rule_code_unique" unique ("code");`);

    this.addSql(`create table "knowledge"."law" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "file_id" varchar(300) not null, "title" varchar(300) not null, "subtitle" varchar(300) null, "short_title" varchar(300) null, "level" text check ("level" in ('宪法', '法律', '行政法规', '部门规章', '地方性法规', '司法解释', '规范性文件')) not null, "category" varchar(100) null, "issuer" varchar(200) null, "doc_no" varchar(100) null, "promulgation_date" date null, "effective_date" date not null, "status" text check ("status" in ('现行', '已修订', '已废止')) not null, "source_status" text check ("source_status" in ('现行', '已修订', '已废止')) not null, "history" text[] not null default '{}', "preamble" text null, "article_count" int not null, "content_hash" varchar(40) not null, constraint "law_pkey" primary key ("id"));`);
    this.addSql(`create index "law_updated_at_index" on "knowledge"."law" ("updated_at");`);
    this.addSql(`alter table "knowledge"."law" add constraint "law_file_id_unique" unique ("file_id");`);
    this.addSql(`create index "law_level_index" on "knowledge"."law" ("level");`);
    this.addSql(`create index "law_issuer_index" on "knowledge"."law" ("issuer");`);
    this.addSql(`create index "law_status_index" on "knowledge"."law" ("status");`);
    this.addSql(`create index "law_effective_date_id_index" on "knowledge"."law" ("effective_date", "id");`);
    this.addSql(`create index "law_title_id_index" on "knowledge"."law" ("title", "id");`);
    this.addSql(`create index "law_short_title_idx" on "knowledge"."law" ("short_title");`);
    this.addSql(`create index "law_title_prefix_idx" on "knowledge"."law" ("title" text_pattern_ops);`);

    this.addSql(`create table "knowledge"."law_article" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "law_id" uuid not null, "number" int not null, "number_text" varchar(30) not null, "ordinal" int not null, "part" varchar(100) null, "chapter" varchar(100) null, "section" varchar(100) null, "text" text not null, constraint "law_article_pkey" primary key ("id"));`);
    this.addSql(`create index "law_article_updated_at_index" on "knowledge"."law_article" ("updated_at");`);
    this.addSql(`create index "law_article_law_id_number_text_index" on "knowledge"."law_article" ("law_id", "number_text");`);
    this.addSql(`alter table "knowledge"."law_article" add constraint "law_article_law_id_ordinal_unique" unique ("law_id", "ordinal");`);

    this.addSql(`create table "knowledge"."legal_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "file_id" varchar(300) not null, "title" varchar(300) not null, "case_name" varchar(300) null, "category" varchar(100) null, "decision_no" varchar(100) null, "keywords" text[] not null default '{}', "citations" text[] not null default '{}', "sections" jsonb not null, "full_text" text not null, "content_hash" varchar(40) not null, constraint "legal_case_pkey" primary key ("id"));`);
    this.addSql(`create index "legal_case_updated_at_index" on "knowledge"."legal_case" ("updated_at");`);
    this.addSql(`alter table "knowledge"."legal_case" add constraint "legal_case_file_id_unique" unique ("file_id");`);
    this.addSql(`create index "legal_case_category_index" on "knowledge"."legal_case" ("category");`);
    this.addSql(`create index "legal_case_keywords_idx" on "knowledge"."legal_case" using gin ("keywords");`);
    this.addSql(`create index "legal_case_title_id_index" on "knowledge"."legal_case" ("title", "id");`);

    this.addSql(`create table "knowledge"."risk_feature" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "code" varchar(20) not null, "name" varchar(200) not null, "parent_code" varchar(20) null, "depth" int not null, "formula" text null, "weight" double precision not null, "threshold" double precision null, "window" varchar(20) null, constraint "risk_feature_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_feature_updated_at_index" on "knowledge"."risk_feature" ("updated_at");`);
    this.addSql(`alter table "knowledge"."risk_feature" add constraint "risk_feature_code_unique" unique ("code");`);
    this.addSql(`create index "risk_feature_parent_code_index" on "knowledge"."risk_feature" ("parent_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge"."contingency_plan" cascade;`);

    this.addSql(`drop table if exists "knowledge"."inspection_rule" cascade;`);

    this.addSql(`drop table if exists "knowledge"."law" cascade;`);

    this.addSql(`drop table if exists "knowledge"."law_article" cascade;`);

    this.addSql(`drop table if exists "knowledge"."legal_case" cascade;`);

    this.addSql(`drop table if exists "knowledge"."risk_feature" cascade;`);

    this.addSql(`drop schema if exists "knowledge";`);
  }

}
