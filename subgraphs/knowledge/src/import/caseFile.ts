import { stableId } from '@hub/codes';
import { LegalCaseSection } from '../entities/LegalCase';

/** One case of `cases/*.json` (a JSON array of these). */
export interface CaseRecord {
  id: string;
  title: string;
  caseName?: string | null;
  category?: string | null;
  decisionNo?: string | null;
  sections: LegalCaseSection[];
  fullText?: string | null;
}

export function caseProblem(c: Partial<CaseRecord>): string | undefined {
  if (typeof c?.id !== 'string' || !c.id) return '缺少 id';
  if (typeof c.title !== 'string' || !c.title) return '缺少 title';
  if (!Array.isArray(c.sections) || c.sections.some((s) => typeof s?.heading !== 'string' || typeof s.text !== 'string')) return 'sections 应为 { heading, text } 数组';
  return undefined;
}

const CITATION = /《([^《》]{2,60})》(第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)/g;

/** `《中华人民共和国劳动法》第四十四条` citations in order of first appearance. */
export function citationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((m) => `《${m[1]}》${m[2]}`))];
}

/** Keywords come from a 关键词 section: words separated by spaces or Chinese punctuation. */
export function keywordsOf(sections: LegalCaseSection[]): string[] {
  const text = sections.filter((s) => s.heading.includes('关键词')).map((s) => s.text).join(' ');
  return [...new Set(text.split(/[\s、，,；;。]+/).map((w) => w.trim()).filter(Boolean))];
}

export function caseRow(c: CaseRecord, contentHash: string, now: Date) {
  const fullText = c.fullText ?? c.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
  return {
    id: stableId('case', c.title),
    fileId: c.id,
    title: c.title,
    caseName: c.caseName ?? null,
    category: c.category ?? null,
    decisionNo: c.decisionNo ?? null,
    keywords: keywordsOf(c.sections),
    citations: citationsIn(fullText),
    sections: c.sections.map(({ heading, text }) => ({ heading, text })),
    fullText,
    contentHash,
    sourceDept: 'IMPORT',
    createdAt: now,
    updatedAt: now,
  };
}
