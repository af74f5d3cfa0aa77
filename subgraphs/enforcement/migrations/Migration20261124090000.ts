import { Migration } from '@mikro-orm/migrations';

/** Natural keys of the governed imports: 行为编号 per 实施机构 for 行政强制 and 其他行为 (as for 行政检查). */
export class Migration20261124090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."coercion" add constraint "coercion_org_code_action_code_unique" unique ("org_code", "action_code");`);
    this.addSql(`alter table "enforcement"."other_action" add constraint "other_action_org_code_action_code_unique" unique ("org_code", "action_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."coercion" drop constraint "coercion_org_code_action_code_unique";`);
    this.addSql(`alter table "enforcement"."other_action" drop constraint "other_action_org_code_action_code_unique";`);
  }

}
