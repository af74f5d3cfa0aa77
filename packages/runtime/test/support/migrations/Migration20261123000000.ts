import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "notes";`);
    this.addSql(`create table "notes"."note" ("id" uuid not null primary key, "text" varchar(200) not null, "dept" varchar(20) not null, "ad_code" varchar(6) not null, "phone" varchar(20) null);`);
  }
}
