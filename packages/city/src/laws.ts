import fs from 'node:fs';
import path from 'node:path';
import { stableId } from '@hub/codes';
import { DEPARTMENTS } from './departments';

/** How every library names a law and an article of it: ids derived from the law file's id. */
export const lawId = (lawFileId: string) => stableId('law', lawFileId);
export const lawArticleId = (lawFileId: string, numberText: string) => stableId('law-article', lawFileId, numberText);

/** An article a catalogue item or a penalty cites. */
export interface ArticleRef {
  articleId: string | null;
  lawTitle: string;
  shortTitle: string;
  numberText: string;
  /** `《食品安全法》第一百二十四条` */
  citation: string;
  /** 法律责任 articles are penalty bases, the others inspection bases. */
  isPenalty: boolean;
}

interface LawFile {
  id: string;
  title: string;
  shortTitle?: string;
  articles: { numberText: string; chapter?: string; text: string }[];
}

export interface DepartmentLaws {
  inspectionBases: ArticleRef[];
  penaltyBases: ArticleRef[];
}

/**
 * The articles each department cites, read from `laws/法律` of the data directory. Without a data
 * directory, citations carry the law's short title and a plausible article but no article id.
 */
export function loadDepartmentLaws(dataDir: string | undefined): DepartmentLaws[] {
  return DEPARTMENTS.map((department) => {
    const refs: ArticleRef[] = [];
    for (const file of department.laws) {
      const law = readLaw(dataDir, file);
      if (!law) {
        const shortTitle = file.replace(/\(.*$/, '');
        refs.push(placeholder(shortTitle, '第一条', false), placeholder(shortTitle, '第五十条', true));
        continue;
      }
      const shortTitle = law.shortTitle ?? law.title.replace(/^中华人民共和国/, '');
      for (const article of law.articles) {
        const isPenalty = /法律责任/.test(article.chapter ?? '') && /罚款|责令|吊销|没收|警告/.test(article.text);
        const isInspection = /监督检查|检查|监督管理/.test(article.text);
        if (!isPenalty && !isInspection) continue;
        refs.push({
          articleId: lawArticleId(law.id, article.numberText),
          lawTitle: law.title,
          shortTitle,
          numberText: article.numberText,
          citation: `《${shortTitle}》${article.numberText}`,
          isPenalty,
        });
      }
    }
    return { inspectionBases: refs.filter((r) => !r.isPenalty), penaltyBases: refs.filter((r) => r.isPenalty) };
  });
}

function readLaw(dataDir: string | undefined, file: string): LawFile | undefined {
  if (!dataDir) return undefined;
  const full = path.join(dataDir, 'laws', '法律', `${file}.json`);
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as LawFile) : undefined;
}

function placeholder(shortTitle: string, numberText: string, isPenalty: boolean): ArticleRef {
  return { articleId: null, lawTitle: `中华人民共和国${shortTitle}`, shortTitle, numberText, citation: `《${shortTitle}》${numberText}`, isPenalty };
}
