import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "subject_source_dept_created_at_index" on "subjects"."subject" ("source_dept", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "subjects"."subject_source_dept_created_at_index";`);
  }

}
