import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One document of the PostgreSQL search index (search/postgres): jieba tokens in a `simple` tsvector —
 * title weighted A, text D — under a GIN index, and the fields the filters and facets use. Written and read
 * with SQL only (no GraphQL type): the API answers with the documents themselves.
 */
@Entity({ tableName: 'search_entry' })
@Index({ name: 'search_entry_tsv_idx', expression: 'create index "search_entry_tsv_idx" on "knowledge"."search_entry" using gin ("tsv")' })
@Index({ properties: ['kind'] })
@Index({ properties: ['level'] })
@Index({ properties: ['status'] })
@Index({ properties: ['issuer'] })
@Index({ properties: ['effectiveDate'] })
@Index({ properties: ['lawId'] })
export class SearchEntry {
  /** The document id (a Law, LawArticle or LegalCase id, or `decision:<决定书文号>`). */
  @PrimaryKey({ length: 200 })
  id!: string;

  @Property({ length: 10 })
  kind!: string;

  @Property({ type: 'uuid', nullable: true })
  lawId?: string | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ length: 30, nullable: true })
  numberText?: string | null;

  @Property({ length: 300, nullable: true })
  chapterPath?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ length: 20, nullable: true })
  level?: string | null;

  @Property({ length: 200, nullable: true })
  issuer?: string | null;

  @Property({ length: 10 })
  status!: string;

  @Property({ type: 'date', nullable: true })
  effectiveDate?: string | null;

  @Property({ columnType: 'tsvector' })
  tsv!: string;

  @Property({ length: 40 })
  hash!: string;
}

/** 词频: in how many documents each index token occurs, for choosing which terms of a long query to require. */
@Entity({ tableName: 'search_term' })
export class SearchTerm {
  @PrimaryKey({ length: 100 })
  token!: string;

  @Property()
  docs!: number;
}
