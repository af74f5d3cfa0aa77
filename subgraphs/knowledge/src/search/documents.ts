import { createHash } from 'node:crypto';
import type { SqlDb } from '@hub/runtime';
import type { Analyzer } from './analyzer';
import type { PenaltyDecision } from '../import/penaltyDecisions';
import type { SearchDocument } from './types';

/** A law document's text: the preamble, else its first articles (the law as a whole is found by its title). */
const LAW_TEXT_CHARS = 600;

interface LawRow {
  id: string;
  title: string;
  short_title: string | null;
  level: string;
  issuer: string | null;
  status: string;
  effective_date: string;
  preamble: string | null;
  content_hash: string;
}

interface ArticleRow {
  id: string;
  law_id: string;
  number_text: string;
  part: string | null;
  chapter: string | null;
  section: string | null;
  text: string;
}

/** The documents of the given laws (each law and every article of it), built from the knowledge tables. */
export async function lawDocuments(db: SqlDb, analyzer: Analyzer, lawIds: string[]): Promise<SearchDocument[]> {
  if (!lawIds.length) return [];
  const { rows: laws } = await db.query<LawRow>(
    `select id, title, short_title, level, issuer, status, effective_date::text, preamble, content_hash from knowledge.law
     where id = any($1::uuid[]) and data_status = 'normal'`,
    [lawIds],
  );
  const { rows: articles } = await db.query<ArticleRow>(
    `select id, law_id, number_text, part, chapter, section, text from knowledge.law_article
     where law_id = any($1::uuid[]) and data_status = 'normal' order by law_id, ordinal`,
    [lawIds],
  );
  const byLaw = new Map<string, ArticleRow[]>();
  for (const a of articles) byLaw.set(a.law_id, [...(byLaw.get(a.law_id) ?? []), a]);
  const documents: SearchDocument[] = [];
  for (const law of laws) {
    const own = byLaw.get(law.id) ?? [];
    const title = law.short_title && law.short_title !== law.title ? `${law.title}（${law.short_title}）` : law.title;
    const lawText = (law.preamble ?? own.map((a) => `${a.number_text} ${a.text}`).join('\n')).slice(0, LAW_TEXT_CHARS);
    documents.push(document(analyzer, {
      id: law.id, kind: 'law', lawId: law.id, title, numberText: null, chapterPath: null, text: lawText,
      level: law.level, issuer: law.issuer, status: law.status, effectiveDate: law.effective_date,
    }));
    for (const a of own) {
      documents.push(document(analyzer, {
        id: a.id, kind: 'article', lawId: law.id, title: `${law.title} ${a.number_text}`, numberText: a.number_text,
        chapterPath: [a.part, a.chapter, a.section].filter(Boolean).join(' / ') || null, text: a.text,
        level: law.level, issuer: law.issuer, status: law.status, effectiveDate: law.effective_date,
      }));
    }
  }
  return documents;
}

interface CaseRow {
  id: string;
  title: string;
  category: string | null;
  full_text: string;
  keywords: string[];
}

/** The court cases as documents. */
export async function caseDocuments(db: SqlDb, analyzer: Analyzer): Promise<SearchDocument[]> {
  const { rows } = await db.query<CaseRow>(`select id, title, category, full_text, keywords from knowledge.legal_case where data_status = 'normal' order by id`);
  return rows.map((c) => document(analyzer, {
    id: c.id, kind: 'case', lawId: null, title: c.title, numberText: null, chapterPath: c.category, text: [c.keywords.join(' '), c.full_text].filter(Boolean).join('\n'),
    level: null, issuer: null, status: '现行', effectiveDate: null,
  }));
}

/** Generated 行政处罚决定书 (no public source exists; deterministic, citing real articles) as documents. */
export function decisionDocuments(analyzer: Analyzer, decisions: PenaltyDecision[]): SearchDocument[] {
  return decisions.map((d) => document(analyzer, {
    id: d.id, kind: 'decision', lawId: null, title: d.title, numberText: null, chapterPath: d.violation, text: d.text,
    level: null, issuer: d.authority, status: '现行', effectiveDate: d.date,
  }));
}

type Fields = Omit<SearchDocument, 'titleTokens' | 'textTokens' | 'hash'>;

/** A document with its tokens and the hash an incremental re-index compares. */
export function document(analyzer: Analyzer, fields: Fields): SearchDocument {
  const hash = createHash('sha1').update(JSON.stringify(fields)).digest('hex');
  return { ...fields, titleTokens: analyzer.indexTokens(fields.title), textTokens: analyzer.indexTokens(fields.text), hash };
}

