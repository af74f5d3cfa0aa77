import { Migration } from '@mikro-orm/migrations';

/** 处罚依据 links: the penalties citing an article (LawArticle.citedByPenalties) through a GIN index on their article ids. */
export class Migration20261123203804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "penalty_basis_article_ids_idx" on "enforcement"."penalty" using gin ("basis_article_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enforcement"."penalty_basis_article_ids_idx";`);
  }

}
