import { Migration } from '@mikro-orm/migrations';

/** 设定依据 links: the sub-items citing an article (LawArticle.citedByItems) through a GIN index on their article ids. */
export class Migration20261123203811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "reg_sub_item_basis_article_ids_idx" on "catalog"."reg_sub_item" using gin ("basis_article_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "catalog"."reg_sub_item_basis_article_ids_idx";`);
  }

}
