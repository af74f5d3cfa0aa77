import fs from 'node:fs';
import path from 'node:path';
import { lawArticleId } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { lawEntry } from '../src/import/importLaws';
import type { LawFile } from '../src/import/lawFile';
import { generatePenaltyDecisions, loadPenaltyLaws, PENALTY_LAWS, PenaltyDecision } from '../src/import/penaltyDecisions';

const DATA_DIR = resolveDataDir() ?? '/work/shared/data';
const N = 2000;

/** Every law of laws/, read with the importer's reader, by title and by short title. */
function lawsByTitle(): Map<string, LawFile[]> {
  const byTitle = new Map<string, LawFile[]>();
  const root = path.join(DATA_DIR, 'laws');
  for (const level of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of fs.readdirSync(path.join(root, level.name)).filter((n) => n.endsWith('.json'))) {
      const full = path.join(root, level.name, name);
      const entry = lawEntry(fs.readFileSync(full, 'utf8'), full);
      if (!('file' in entry)) throw new Error(`无法读取 ${full}`);
      for (const title of new Set([entry.file.title, entry.file.shortTitle ?? entry.file.title])) byTitle.set(title, [...(byTitle.get(title) ?? []), entry.file]);
    }
  }
  return byTitle;
}

const CN = '零一二三四五六七八九十';
const numeral = (s: string) => (s.length === 1 ? CN.indexOf(s) : s.startsWith('十') ? 10 + (s.length > 1 ? CN.indexOf(s[1]) : 0) : CN.indexOf(s[0]) * 10 + (s.length > 2 ? CN.indexOf(s[2]) : 0));

/** Paragraphs of an article and the items of each: an independent reading of the text's layout. */
function layout(text: string): number[] {
  const items: number[] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    if (/^（[一二三四五六七八九十]+）/.test(line) && items.length) items[items.length - 1] += 1;
    else items.push(0);
  }
  return items;
}

const CITED = /《([^《》]+)》(第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)(?:第([一二三四五六七八九十]+)款)?(?:第([一二三四五六七八九十]+)项)?/g;

let laws: ReturnType<typeof loadPenaltyLaws>;
let decisions: PenaltyDecision[];
let ms: number;

beforeAll(() => {
  laws = loadPenaltyLaws(DATA_DIR);
  const started = performance.now();
  decisions = generatePenaltyDecisions(laws, N);
  ms = performance.now() - started;
});

describe('generated penalty decisions (行政处罚决定书)', () => {
  test('are deterministic: two runs give the same decisions, another seed others', () => {
    expect(generatePenaltyDecisions(laws, N)).toEqual(decisions);
    expect(generatePenaltyDecisions(loadPenaltyLaws(DATA_DIR), N)).toEqual(decisions);
    expect(generatePenaltyDecisions(laws, 100)).toEqual(decisions.slice(0, 100));
    const other = generatePenaltyDecisions(laws, 100, { seed: 'another' });
    expect(other.map((d) => d.text)).not.toEqual(decisions.slice(0, 100).map((d) => d.text));
  });

  test(`${N} decisions take well under a second`, () => {
    expect(decisions).toHaveLength(N);
    expect(ms).toBeLessThan(1000);
  });

  test('have unique ids made of their 文号 and the structure of a 决定书', () => {
    expect(new Set(decisions.map((d) => d.id)).size).toBe(N);
    for (const d of decisions) {
      expect(d.id).toBe(`decision:${d.decisionNo}`);
      expect(d.decisionNo).toMatch(/^杭(市监|药监|应急)[\u4e00-\u9fa5]*罚〔202[345]〕\d+号$/);
      expect(d.authority).toMatch(/^杭州市.+(局|分局)$/);
      expect(d.date).toMatch(/^202[345]-\d{2}-\d{2}$/);
      expect(d.title).toBe(`关于${d.party}${d.violation}的行政处罚决定书`);
      const order = ['行政处罚决定书', `当事人：${d.party}`, '经查，', '以上事实有', '等证据证明', '本局认为，当事人', '的行为违反了', '的规定，决定如下：', '六十日内', '申请行政复议', '六个月内', '提起行政诉讼'];
      let at = -1;
      for (const part of order) {
        const next = d.text.indexOf(part, at + 1);
        expect(next).toBeGreaterThan(at);
        at = next;
      }
      expect(d.text).toMatch(/违反了《[^》]+》第[^，。]+条[^，。]*的规定。/);
      expect(d.text).toMatch(/依据《[^》]+》第[^，。]+条[^，。]*的规定，决定如下：/);
    }
  });

  test('every citation of every text resolves to an article (and paragraph and item) of the data', () => {
    const byTitle = lawsByTitle();
    const cited = new Set<string>();
    let citations = 0;
    for (const d of decisions) {
      for (const m of d.text.matchAll(CITED)) {
        citations += 1;
        const [, title, numberText, paragraph, item] = m;
        const files = byTitle.get(title) ?? [];
        const article = files.flatMap((f) => f.articles).find((a) => a.numberText === numberText);
        if (!article) throw new Error(`${d.id}：引用的条文不存在：${m[0]}`);
        const paragraphs = layout(article.text);
        if (paragraph) expect(paragraphs.length).toBeGreaterThanOrEqual(numeral(paragraph));
        if (item) expect(paragraphs[(paragraph ? numeral(paragraph) : 1) - 1]).toBeGreaterThanOrEqual(numeral(item));
        cited.add(files[0].shortTitle ?? title);
      }
    }
    expect(citations).toBeGreaterThanOrEqual(N * 3);
    expect([...PENALTY_LAWS].filter((l) => !cited.has(l))).toEqual([]);
  });

  test('the structured citations are the articles the text cites, and the quoted words are in the penalty article', () => {
    const byTitle = lawsByTitle();
    for (const d of decisions) {
      const roles = d.citations.map((c) => c.role);
      expect(roles).toContain('basis');
      expect(roles).toContain('violated');
      for (const c of d.citations) {
        expect(d.text).toContain(c.citation);
        const file = (byTitle.get(c.law) ?? []).find((f) => f.id === c.lawFileId)!;
        expect(file).toBeDefined();
        const article = file.articles.find((a) => a.numberText === c.article)!;
        expect(article).toBeDefined();
        expect(c.articleId).toBe(lawArticleId(c.lawFileId, c.article));
        if (c.role === 'basis') {
          expect(article.text).toContain(c.quote);
          expect(d.text).toContain(`${c.citation}规定的“${c.quote}”的情形`);
        }
      }
    }
  });
});
