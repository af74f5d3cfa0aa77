import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193734 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "credit_listing_listed_by_listed_at_index" on "credit"."credit_listing" ("listed_by", "listed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "credit"."credit_listing_listed_by_listed_at_index";`);
  }

}
