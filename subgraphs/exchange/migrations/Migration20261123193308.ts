import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193308 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "exchange"."import_batch" add column "updated" int not null default 0, add column "deleted" int not null default 0;`);
    this.addSql(`alter table "exchange"."import_batch" add constraint import_batch_updated_deleted_within_stored check(updated >= 0 and deleted >= 0 and updated + deleted <= stored);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exchange"."import_batch" drop constraint import_batch_updated_deleted_within_stored;`);
    this.addSql(`alter table "exchange"."import_batch" drop column "updated", drop column "deleted";`);
  }

}
