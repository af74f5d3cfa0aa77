import { Migration } from '@mikro-orm/migrations';

export class Migration20261123154802 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "knowledge"."contingency_plan" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."contingency_plan" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "knowledge"."inspection_rule" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."inspection_rule" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "knowledge"."law" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."law" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "knowledge"."law_article" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."law_article" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "knowledge"."legal_case" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."legal_case" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);

    this.addSql(`alter table "knowledge"."risk_feature" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);
    this.addSql(`alter table "knowledge"."risk_feature" alter column "updated_at" type timestamptz(3) using ("updated_at"::timestamptz(3));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "knowledge"."contingency_plan" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."contingency_plan" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "knowledge"."inspection_rule" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."inspection_rule" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "knowledge"."law" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."law" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "knowledge"."law_article" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."law_article" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "knowledge"."legal_case" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."legal_case" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);

    this.addSql(`alter table "knowledge"."risk_feature" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);
    this.addSql(`alter table "knowledge"."risk_feature" alter column "updated_at" type timestamptz(6) using ("updated_at"::timestamptz(6));`);
  }

}
