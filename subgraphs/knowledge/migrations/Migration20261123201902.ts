import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201902 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "knowledge"."search_entry" ("id" varchar(200) not null, "kind" varchar(10) not null, "law_id" uuid null, "title" text not null, "number_text" varchar(30) null, "chapter_path" varchar(300) null, "text" text not null, "level" varchar(20) null, "issuer" varchar(200) null, "status" varchar(10) not null, "effective_date" date null, "tsv" tsvector not null, "hash" varchar(40) not null, constraint "search_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "search_entry_law_id_index" on "knowledge"."search_entry" ("law_id");`);
    this.addSql(`create index "search_entry_effective_date_index" on "knowledge"."search_entry" ("effective_date");`);
    this.addSql(`create index "search_entry_issuer_index" on "knowledge"."search_entry" ("issuer");`);
    this.addSql(`create index "search_entry_status_index" on "knowledge"."search_entry" ("status");`);
    this.addSql(`create index "search_entry_level_index" on "knowledge"."search_entry" ("level");`);
    this.addSql(`create index "search_entry_kind_index" on "knowledge"."search_entry" ("kind");`);
    this.addSql(`create index "search_entry_tsv_idx" on "knowledge"."search_entry" using gin ("tsv");`);

    this.addSql(`create table "knowledge"."search_term" ("token" varchar(100) not null, "docs" int not null, constraint "search_term_pkey" primary key ("token"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge"."search_entry" cascade;`);

    this.addSql(`drop table if exists "knowledge"."search_term" cascade;`);
  }

}
