import { Migration } from '@mikro-orm/migrations';

/** The outbox payload as plain json: written once per stored record, read back whole (see OutboxRecord). */
export class Migration20261123195000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "exchange"."outbox" alter column "payload" type json using ("payload"::json);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exchange"."outbox" alter column "payload" type jsonb using ("payload"::jsonb);`);
  }

}
