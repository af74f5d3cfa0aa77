import { Migration } from '@mikro-orm/migrations';

/** Natural keys of imported credit records (issue 4): 许可 by (机关, 文书号), a listing by (主体, 名单, 列入日期). */
export class Migration20261125100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "credit"."license_publicity" add constraint "license_publicity_authority_doc_no_unique" unique ("authority_uscc", "doc_no");`);
    this.addSql(`alter table "credit"."credit_listing" add constraint "credit_listing_uscc_type_listed_at_unique" unique ("uscc", "list_type", "listed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "credit"."license_publicity" drop constraint "license_publicity_authority_doc_no_unique";`);
    this.addSql(`alter table "credit"."credit_listing" drop constraint "credit_listing_uscc_type_listed_at_unique";`);
  }

}
