import type { AnalyzedQuery } from '../types';

/** The alternatives a term is matched by: itself and its synonyms. */
export const groupsOf = (query: AnalyzedQuery): string[][] => query.terms.map((t) => [t, ...(query.alternatives[t] ?? [])]);

/** A tsquery (text for `to_tsquery('simple', …)`) matching any token of the group. */
export const anyOf = (tokens: string[]) => `(${tokens.map(lexeme).join(' | ')})`;

/**
 * The WHERE of a search as SQL with `$n` parameters: `all` — every term group and every phrase's tokens
 * through the GIN index; `pairs` — at least two of `groups`; `any` — at least one of them (and still every
 * phrase); each phrase also as the
 * exact characters (in the title or the text); and the filters.
 */
export function searchConditions(query: AnalyzedQuery, mode: 'all' | 'pairs' | 'any', groups: string[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const and: string[] = [];
  const phraseTokens = [...new Set(query.phrases.flatMap((p) => p.tokens))].map(lexeme);
  const termPart = !groups.length ? '' : mode === 'pairs' ? pairsOf(groups) : groups.map(anyOf).join(mode === 'all' ? ' & ' : ' | ');
  const tsquery = [termPart && `(${termPart})`, ...phraseTokens].filter(Boolean).join(' & ');
  if (tsquery) and.push(`tsv @@ ${param(tsquery)}::tsquery`);
  for (const phrase of query.phrases) {
    const p = param(phrase.text.toLowerCase());
    and.push(`(strpos(lower(text), ${p}) > 0 or strpos(lower(title), ${p}) > 0)`);
  }
  const f = query.filter;
  if (f.kinds?.length) and.push(`kind = any(${param(f.kinds)}::text[])`);
  if (f.levels?.length) and.push(`level = any(${param(f.levels)}::text[])`);
  if (f.status?.length) and.push(`status = any(${param(f.status)}::text[])`);
  if (f.issuer) and.push(`issuer = ${param(f.issuer)}`);
  if (f.effectiveFrom) and.push(`effective_date >= ${param(f.effectiveFrom)}::date`);
  if (f.effectiveTo) and.push(`effective_date <= ${param(f.effectiveTo)}::date`);
  return { sql: and.length ? and.join(' and ') : 'true', params };
}

/** A token as a tsquery lexeme taken literally (quoted, quotes and backslashes escaped). */
export function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Any two of the groups: `(a & b) | (a & c) | (b & c)`. */
function pairsOf(groups: string[][]): string {
  const pairs: string[] = [];
  for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) pairs.push(`(${anyOf(groups[i])} & ${anyOf(groups[j])})`);
  return pairs.join(' | ');
}
