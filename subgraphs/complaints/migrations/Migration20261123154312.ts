import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "complaints";`);
    this.addSql(`create table "complaints"."complaint" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "source_dept" varchar(50) null, "data_status" text check ("data_status" in ('normal', 'revoked', 'deleted')) not null default 'normal', "no" varchar(32) not null, "kind" text check ("kind" in ('投诉', '举报', '咨询')) not null, "channel" text check ("channel" in ('12345', '12315', '网站', '来信', '来访')) not null, "received_at" timestamptz not null, "complainant_name" varchar(50) null, "complainant_phone" varchar(20) null, "query_code_hash" varchar(64) null, "target_name" varchar(200) not null, "target_cert_no" varchar(64) null, "subject_id" uuid null, "territory" varchar(6) not null, "service_type" varchar(50) null, "service_name" varchar(100) null, "dispute_date" date null, "detail" varchar(2000) not null, "item_code" varchar(14) null, "assigned_org" varchar(200) not null, "status" text check ("status" in ('受理', '办理', '办结', '不予受理')) not null default '受理', "due_at" date not null, "closed_at" date null, "result" varchar(1000) null, "closed_late" boolean generated always as (closed_at > due_at) stored null, "satisfaction" smallint null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_updated_at_index" on "complaints"."complaint" ("updated_at");`);
    this.addSql(`alter table "complaints"."complaint" add constraint "complaint_no_unique" unique ("no");`);
    this.addSql(`create index "complaint_kind_index" on "complaints"."complaint" ("kind");`);
    this.addSql(`create index "complaint_channel_index" on "complaints"."complaint" ("channel");`);
    this.addSql(`create index "complaint_assigned_org_index" on "complaints"."complaint" ("assigned_org");`);
    this.addSql(`create index "complaint_status_index" on "complaints"."complaint" ("status");`);
    this.addSql(`create index "complaint_closed_late_index" on "complaints"."complaint" ("closed_late");`);
    this.addSql(`create index "complaint_created_at_id_index" on "complaints"."complaint" ("created_at", "id");`);
    this.addSql(`create index "complaint_due_at_id_index" on "complaints"."complaint" ("due_at", "id");`);
    this.addSql(`create index "complaint_received_at_id_index" on "complaints"."complaint" ("received_at", "id");`);
    this.addSql(`create index "complaint_territory_prefix_idx" on "complaints"."complaint" ("territory" text_pattern_ops, "id");`);
    this.addSql(`create index "complaint_subject_received_idx" on "complaints"."complaint" ("subject_id", "received_at" desc, "id" desc);`);
    // Numbers of generated complaints (TS + date + 7 digits); the ORM does not model sequences.
    this.addSql(`create sequence "complaints"."complaint_no_seq" minvalue 1 maxvalue 9999999 cycle;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."complaint" cascade;`);
    this.addSql(`drop sequence if exists "complaints"."complaint_no_seq";`);

    this.addSql(`drop schema if exists "complaints";`);
  }

}
