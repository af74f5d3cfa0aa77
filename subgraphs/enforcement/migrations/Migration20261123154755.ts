import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."enforcer" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "enforcement"."enforcer" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "enforcement"."inspection" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "enforcement"."inspection" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "enforcement"."coercion" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "enforcement"."coercion" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "enforcement"."other_action" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "enforcement"."other_action" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "enforcement"."penalty" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "enforcement"."penalty" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."coercion" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "enforcement"."coercion" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "enforcement"."enforcer" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "enforcement"."enforcer" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "enforcement"."inspection" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "enforcement"."inspection" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "enforcement"."other_action" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "enforcement"."other_action" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "enforcement"."penalty" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "enforcement"."penalty" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);
  }

}
