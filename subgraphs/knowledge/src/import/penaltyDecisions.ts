import fs from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS, lawArticleId, organsOf, Rng } from '@hub/city';
import { makeUscc } from '@hub/codes';
import { toChineseNumeral } from '../citation/chineseNumerals';
import { LawFile, lawFileProblem } from './lawFile';

/**
 * Generated 行政处罚决定书 (no public data exists for them, see shared/data/README.md). Every decision
 * cites real articles of the law files and quotes the penalty article it applies; the output depends only
 * on the law texts, the count and the seed.
 */
export interface PenaltyDecision {
  /** `decision:<决定书文号>` */
  id: string;
  title: string;
  /** 决定书文号, e.g. 杭市监西湖罚〔2024〕37号 */
  decisionNo: string;
  /** The deciding organ (an organ of the seed city, named as @hub/city names it). */
  authority: string;
  /** Decision date, YYYY-MM-DD. */
  date: string;
  party: string;
  text: string;
  /** The violation in a few words (销售超过保质期的食品). */
  violation: string;
  /** Every article the text cites, in order of appearance. */
  citations: DecisionCitation[];
}

export interface DecisionCitation {
  /** 违反的条款 / 处罚依据 / 从轻依据 / 加处罚款依据 / 定性依据 */
  role: 'violated' | 'basis' | 'mitigation' | 'enforcement' | 'definition';
  /** Law title as in the data (中华人民共和国食品安全法). */
  law: string;
  lawFileId: string;
  /** 第一百二十四条 */
  article: string;
  articleId: string;
  paragraph: number | null;
  item: number | null;
  /** `《中华人民共和国食品安全法》第一百二十四条第一款第五项` as written in the text. */
  citation: string;
  /** The words of the article the text quotes (the penalty basis only). */
  quote: string | null;
}

/** The laws the decisions cite, by short title: the latest file of each in `laws/法律`. */
export const PENALTY_LAWS = ['食品安全法', '药品管理法', '产品质量法', '安全生产法', '消费者权益保护法', '价格法', '广告法', '反不正当竞争法', '特种设备安全法', '行政处罚法'] as const;
type LawKey = (typeof PENALTY_LAWS)[number];
export type PenaltyLaws = ReadonlyMap<string, LawFile>;

/** Reads the laws the decisions cite from `<dataDir>/laws/法律` (latest version of each). */
export function loadPenaltyLaws(dataDir: string): PenaltyLaws {
  const folder = path.join(dataDir, 'laws', '法律');
  if (!fs.existsSync(folder)) throw new Error(`未找到法律目录：${folder}`);
  const names = fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort();
  const laws = new Map<string, LawFile>();
  for (const short of PENALTY_LAWS) {
    const name = names.filter((n) => n.startsWith(`${short}(`)).at(-1);
    if (!name) throw new Error(`法律目录中没有《${short}》：${folder}`);
    const file = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as LawFile;
    const problem = lawFileProblem(file);
    if (problem) throw new Error(`《${short}》文件格式不符（${problem}）：${name}`);
    laws.set(short, file);
  }
  return laws;
}

export interface PenaltyDecisionOptions {
  /** Same seed, same decisions (default 'hangzhou'). */
  seed?: string;
}

/**
 * `count` decisions. Decision i depends only on the seed, i and the decisions before it (its number is
 * the next of its organ and year), so a larger count extends a smaller one. Throws when a scenario cites
 * an article, paragraph or item the law files do not have, or quotes words its article does not contain.
 */
export function generatePenaltyDecisions(laws: PenaltyLaws, count: number, { seed = 'hangzhou' }: PenaltyDecisionOptions = {}): PenaltyDecision[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`决定书数量应为非负整数：${count}`);
  const cites = new CiteCache(laws);
  const resolved = SCENARIOS.map((s) => resolveScenario(cites, s));
  const weights = resolved.map((r, i) => [i, r.scenario.weight] as const);
  const organs = organsByDept();
  const numbers = new Map<string, number>();
  const out: PenaltyDecision[] = [];
  for (let i = 0; i < count; i++) {
    const rng = new Rng('penalty-decision', seed, i);
    const r = resolved[rng.weighted(weights)];
    out.push(buildDecision(rng, r, organs, cites, numbers));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Citations

interface Cite {
  law: LawKey;
  article: string;
  paragraph?: number;
  item?: number;
}

interface ResolvedCite extends Cite {
  file: LawFile;
  /** The cited words: the item, the paragraph, or the whole article. */
  clause: string;
}

/** Paragraphs (款) of an article; lines starting with （一）… are items (项) of the paragraph before them. */
function paragraphsOf(text: string): { text: string; items: string[] }[] {
  const out: { text: string; items: string[] }[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (/^（[一二三四五六七八九十]+）/.test(line) && out.length) out[out.length - 1].items.push(line);
    else out.push({ text: line, items: [] });
  }
  return out;
}

function resolveCite(laws: PenaltyLaws, cite: Cite): ResolvedCite {
  const file = laws.get(cite.law);
  if (!file) throw new Error(`缺少《${cite.law}》的法律文件`);
  const article = file.articles.find((a) => a.numberText === cite.article);
  const where = `《${cite.law}》${cite.article}`;
  if (!article) throw new Error(`${where}不存在`);
  let clause = article.text;
  if (cite.paragraph !== undefined || cite.item !== undefined) {
    const paragraphs = paragraphsOf(article.text);
    const p = paragraphs[(cite.paragraph ?? 1) - 1];
    if (!p) throw new Error(`${where}没有第${toChineseNumeral(cite.paragraph ?? 1)}款`);
    clause = p.text;
    if (cite.item !== undefined) {
      const item = p.items.find((t) => t.startsWith(`（${toChineseNumeral(cite.item!)}）`));
      if (!item) throw new Error(`${where}第${toChineseNumeral(cite.paragraph ?? 1)}款没有第${toChineseNumeral(cite.item)}项`);
      clause = item;
    }
  }
  return { ...cite, file, clause };
}

const citeText = (c: ResolvedCite) =>
  `《${c.file.title}》${c.article}${c.paragraph ? `第${toChineseNumeral(c.paragraph)}款` : ''}${c.item ? `第${toChineseNumeral(c.item)}项` : ''}`;

function citation(c: ResolvedCite, role: DecisionCitation['role'], quote: string | null = null): DecisionCitation {
  return {
    role, law: c.file.title, lawFileId: c.file.id, article: c.article, articleId: lawArticleId(c.file.id, c.article),
    paragraph: c.paragraph ?? null, item: c.item ?? null, citation: citeText(c), quote,
  };
}

/** Citations resolved and checked once per generation (a decision gets its own copy). */
class CiteCache {
  private resolved = new Map<string, ResolvedCite>();
  private citations = new Map<string, DecisionCitation>();
  constructor(private readonly laws: PenaltyLaws) {}
  resolve(cite: Cite): ResolvedCite {
    const key = `${cite.law}|${cite.article}|${cite.paragraph ?? ''}|${cite.item ?? ''}`;
    let r = this.resolved.get(key);
    if (!r) this.resolved.set(key, (r = resolveCite(this.laws, cite)));
    return r;
  }
  citation(cite: Cite, role: DecisionCitation['role'], quote: string | null = null): DecisionCitation {
    const r = this.resolve(cite);
    const key = `${role}|${citeText(r)}|${quote ?? ''}`;
    let c = this.citations.get(key);
    if (!c) this.citations.set(key, (c = citation(r, role, quote)));
    return { ...c };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios

type Dept = 'SCJG' | 'YPJG' | 'YJGL';
type Mitigation = 'none' | 'lighter' | 'reduced';

interface Ctx {
  rng: Rng;
  party: Party;
  /** Dates of the inspection and of the order to correct (for 逾期不改正 cases). */
  inspected: Date;
  /** 从轻 / 减轻 (行政处罚法 第三十二条) or neither. */
  mitigation: Mitigation;
}

interface Outcome {
  /** What the inspectors found (after 发现). */
  finding: string;
  /** The facts of 经查 (before the quote of the penalty article). */
  facts: string;
  /** The decision items (一、二、…), each without its number and final punctuation. */
  decisions: string[];
  /** Evidence this case adds to the scenario's (the order to correct and its recheck). */
  evidence?: string[];
  /** Why the penalty is lighter, when it is (after 鉴于). */
  mitigationReason?: string;
  /** Extra citations in the facts: 定性依据 such as 劣药 (药品管理法 第九十八条第三款第五项). */
  definitions?: { cite: Cite; sentence: (citation: string) => string }[];
}

interface Scenario {
  key: string;
  dept: Dept;
  weight: number;
  /** In the title and the 本局认为 sentence: 当事人<violation>的行为违反了… */
  violation: string;
  /** Shop types of 个体工商户 (the name ends with one) and company name endings; `individuals` is their share. */
  shops: string[];
  companies: string[];
  individuals: number;
  violated: Cite;
  basis: Cite;
  /** Words of the penalty clause quoted in the facts; the item's own words when omitted. */
  quote?: string;
  evidence: string[];
  /** May the penalty be lighter (a fine that 行政处罚法 第三十二条 can lower)? */
  mitigable: boolean;
  outcome: (ctx: Ctx) => Outcome;
}

interface ResolvedScenario {
  scenario: Scenario;
  violated: ResolvedCite;
  basis: ResolvedCite;
  quote: string;
}

function resolveScenario(cites: CiteCache, s: Scenario): ResolvedScenario {
  const violated = cites.resolve(s.violated);
  const basis = cites.resolve(s.basis);
  const quote = s.quote ?? basis.clause.replace(/^（[一二三四五六七八九十]+）/, '').replace(/[；。：:，]+$/, '');
  if (!basis.clause.includes(quote)) throw new Error(`情形 ${s.key}：引用的文字不在${citeText(basis)}中：${quote}`);
  return { scenario: s, violated, basis, quote };
}

const money = (n: number) => (Number.isInteger(n) ? `${n}元` : `${n.toFixed(2)}元`);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A fine between min and max, rounded; lighter ones in the lower part of the range, 减轻 ones below it. */
function fineIn(rng: Rng, min: number, max: number, m: Mitigation): number {
  let lo = min + (max - min) * 0.15;
  let hi = min + (max - min) * 0.7;
  if (m === 'lighter') [lo, hi] = [min, min + (max - min) * 0.25];
  if (m === 'reduced') [lo, hi] = [min * 0.1, min * 0.6];
  const step = hi >= 100_000 ? 10_000 : hi >= 10_000 ? 1_000 : 100;
  const a = Math.ceil(lo / step);
  const b = Math.floor(hi / step);
  if (a > b) return Math.round(lo * 100) / 100;
  return rng.int(a, b) * step;
}

function goodsLot(rng: Rng, goods: readonly (readonly [string, string, number, number])[], qty: [number, number]) {
  const [name, unit, low, high] = rng.pick(goods);
  const price = round2(low + rng.next() * (high - low));
  const count = rng.int(qty[0], qty[1]);
  const sold = rng.int(1, Math.max(1, Math.floor(count / 2)));
  return { name, unit, price, count, sold, value: round2(price * count), gain: round2(price * sold) };
}

const FOOD_RETAIL = ['便利店', '超市', '食品商行', '副食品店', '生鲜超市'];
const FOOD_RETAIL_CO = ['商贸有限公司', '超市有限公司', '便利连锁有限公司', '食品销售有限公司'];
const CATERING = ['小吃店', '面馆', '餐馆', '快餐店', '奶茶店', '烧烤店'];
const CATERING_CO = ['餐饮管理有限公司', '餐饮有限公司', '酒店管理有限公司'];
const FOOD_MAKER_CO = ['食品有限公司', '食品科技有限公司'];
const PHARMACY = ['大药房', '药店'];
const PHARMACY_CO = ['大药房有限公司', '医药连锁有限公司', '医药零售有限公司'];
const GOODS_SHOP = ['五金店', '电器商行', '日用品商店', '建材经营部'];
const GOODS_CO = ['贸易有限公司', '电器有限公司', '实业有限公司', '建材有限公司'];
const FACTORY_CO = ['机械制造有限公司', '五金制品有限公司', '塑料制品有限公司', '化工有限公司', '包装材料有限公司', '纺织有限公司'];
const ONLINE_CO = ['电子商务有限公司', '网络科技有限公司', '生物科技有限公司', '健康管理有限公司', '美容有限公司'];
const PROPERTY_CO = ['物业管理有限公司', '商业管理有限公司', '酒店有限公司'];

const FOOD_EVIDENCE = ['现场检查笔录', '现场照片', '询问调查笔录', '进货单据', '销售记录', '扣押决定书及财物清单', '当事人营业执照复印件', '当事人身份证明材料'];
const SAFETY_EVIDENCE = ['现场检查记录', '现场照片及视频', '询问笔录', '责令限期整改指令书', '整改复查意见书', '当事人营业执照复印件', '主要负责人身份证明'];
const AD_EVIDENCE = ['网页截图及电子数据取证记录', '询问调查笔录', '广告发布合同及付款凭证', '销售数据', '当事人营业执照复印件', '法定代表人身份证明'];

const ORDER_EVIDENCE = ['责令改正通知书', '复查记录'];
const refused = (ctx: Ctx, what: string) => {
  const order = addDays(ctx.inspected, 1);
  const recheck = addDays(order, ctx.rng.int(10, 20));
  return `本局于${dateText(order)}向当事人送达《责令改正通知书》，责令其限期改正${what}；${dateText(recheck)}复查时，当事人仍未改正。`;
};

const SCENARIOS: Scenario[] = [
  {
    key: 'food-expired', dept: 'SCJG', weight: 9, violation: '销售超过保质期的食品', mitigable: true,
    shops: FOOD_RETAIL, companies: FOOD_RETAIL_CO, individuals: 0.6,
    violated: { law: '食品安全法', article: '第三十四条', item: 10 },
    basis: { law: '食品安全法', article: '第一百二十四条', paragraph: 1, item: 5 },
    evidence: FOOD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['纯牛奶', '盒', 3, 8], ['面包', '袋', 4, 12], ['火腿肠', '根', 1, 3], ['酸奶', '杯', 4, 9], ['方便面', '桶', 3, 6], ['饼干', '袋', 5, 18], ['速冻水饺', '袋', 12, 30], ['调味酱', '瓶', 6, 20], ['果汁饮料', '瓶', 3, 8], ['月饼', '盒', 38, 168]], [4, 90]);
      const shelf = rng.pick(['货架', '冷藏柜', '促销堆头', '收银台旁货架']);
      return {
        finding: `其${shelf}上陈列待售的${g.name}共${g.count}${g.unit}已超过标签标注的保质期`,
        facts: `当事人于检查前一个月内从供货商处购进涉案${g.name}，售价${money(g.price)}/${g.unit}。检查时陈列待售的${g.name}共${g.count}${g.unit}已超过保质期，货值金额${money(g.value)}；此前已售出超过保质期的同批次${g.name}${g.sold}${g.unit}，违法所得${money(g.gain)}。`,
        decisions: [`没收超过保质期的${g.name}${g.count}${g.unit}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineFood(rng, g.value, 50_000, 100_000, 10, 20, mitigation))}`],
        mitigationReason: '当事人在检查当日即主动下架并自行清查同类食品，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'food-unlicensed', dept: 'SCJG', weight: 6, violation: '未取得食品经营许可从事食品经营活动', mitigable: true,
    shops: CATERING, companies: CATERING_CO, individuals: 0.75,
    violated: { law: '食品安全法', article: '第三十五条', paragraph: 1 },
    basis: { law: '食品安全法', article: '第一百二十二条', paragraph: 1 },
    quote: '未取得食品生产经营许可从事食品生产经营活动',
    evidence: FOOD_EVIDENCE,
    outcome: ({ rng, mitigation, inspected }) => {
      const activity = rng.pick(['餐饮服务', '现制现售饮品', '糕点现场制售', '熟食卤味制售', '外卖餐饮服务']);
      const months = rng.int(1, 10);
      const value = round2(rng.int(1_500, 30_000) + rng.int(0, 99) / 100);
      const gain = round2(value * (0.2 + rng.next() * 0.3));
      const tools = rng.pick(['燃气灶具', '冷藏冰柜', '封口机', '烤箱', '蒸煮设备']);
      return {
        finding: `当事人在未取得《食品经营许可证》的情况下从事${activity}`,
        facts: `当事人自${dateText(addDays(inspected, -months * 30))}起在上述场所从事${activity}，至检查之日未取得《食品经营许可证》。经营期间违法经营的食品货值金额${money(value)}，违法所得${money(gain)}。`,
        decisions: [`没收违法所得${money(gain)}`, `没收用于违法经营的${tools}`, `罚款${money(fineFood(rng, value, 50_000, 100_000, 10, 20, mitigation))}`],
        mitigationReason: '当事人在立案后已主动停止经营并申请办理食品经营许可，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'food-spoiled', dept: 'SCJG', weight: 4, violation: '经营腐败变质、感官性状异常的食品', mitigable: true,
    shops: [...CATERING, ...FOOD_RETAIL], companies: [...CATERING_CO, ...FOOD_RETAIL_CO], individuals: 0.6,
    violated: { law: '食品安全法', article: '第三十四条', item: 6 },
    basis: { law: '食品安全法', article: '第一百二十四条', paragraph: 1, item: 4 },
    evidence: FOOD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['冷鲜猪肉', '千克', 18, 32], ['牛肉', '千克', 60, 90], ['鸡爪', '千克', 20, 36], ['豆腐', '千克', 4, 8], ['卤味熟食', '千克', 30, 70], ['鲜切水果', '盒', 8, 20]], [2, 40]);
      const place = rng.pick(['操作间冷藏柜', '仓库', '后厨', '展示柜']);
      return {
        finding: `其${place}内存放的${g.name}${g.count}${g.unit}有明显异味、表面发黏，感官性状异常`,
        facts: `经现场检查及当事人确认，涉案${g.name}${g.count}${g.unit}已腐败变质，仍存放于${place}内用于经营，货值金额${money(g.value)}；当事人已使用或售出同批次${g.name}${g.sold}${g.unit}，违法所得${money(g.gain)}。`,
        decisions: [`没收腐败变质的${g.name}${g.count}${g.unit}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineFood(rng, g.value, 50_000, 100_000, 10, 20, mitigation))}`],
        mitigationReason: '当事人当场销毁涉案食品并对库存食品进行全面清理，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'food-additive', dept: 'SCJG', weight: 3, violation: '生产经营超范围、超限量使用食品添加剂的食品', mitigable: true,
    shops: ['食品加工坊', '糕点坊', '卤味店'], companies: FOOD_MAKER_CO, individuals: 0.4,
    violated: { law: '食品安全法', article: '第三十四条', item: 4 },
    basis: { law: '食品安全法', article: '第一百二十四条', paragraph: 1, item: 3 },
    evidence: ['抽样检验报告', '检验结果通知书', '现场检查笔录', '生产记录', '销售台账', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['馒头', '千克', 6, 10], ['油条', '千克', 10, 16], ['腌制蔬菜', '千克', 8, 20], ['卤制肉制品', '千克', 40, 80], ['蛋糕', '千克', 30, 60], ['鲜湿面条', '千克', 5, 9]], [20, 300]);
      const additive = rng.pick(['甜蜜素（以环己基氨基磺酸计）', '苯甲酸及其钠盐（以苯甲酸计）', '脱氢乙酸及其钠盐（以脱氢乙酸计）', '铝的残留量（干样品，以Al计）', '糖精钠（以糖精计）', '山梨酸及其钾盐（以山梨酸计）']);
      return {
        finding: `经抽样检验，当事人生产的${g.name}中${additive}项目不符合GB 2760-2014《食品安全国家标准 食品添加剂使用标准》的要求，检验结论为不合格`,
        facts: `当事人共生产涉案批次${g.name}${g.count}${g.unit}，出厂价${money(g.price)}/${g.unit}，货值金额${money(g.value)}；已销售${g.sold}${g.unit}，违法所得${money(g.gain)}，其余产品已被本局依法扣押。当事人对检验结论无异议。`,
        decisions: [`没收扣押的${g.name}${g.count - g.sold}${g.unit}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineFood(rng, g.value, 50_000, 100_000, 10, 20, mitigation))}`],
        mitigationReason: '当事人在收到检验报告后立即召回已售产品并整改生产工艺，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'food-no-label', dept: 'SCJG', weight: 3, violation: '经营无标签的预包装食品', mitigable: true,
    shops: FOOD_RETAIL, companies: FOOD_RETAIL_CO, individuals: 0.6,
    violated: { law: '食品安全法', article: '第六十七条', paragraph: 1 },
    basis: { law: '食品安全法', article: '第一百二十五条', paragraph: 1, item: 2 },
    evidence: FOOD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['分装坚果', '袋', 12, 35], ['饼干', '袋', 6, 15], ['花生油', '桶', 50, 120], ['蜂蜜', '瓶', 30, 80], ['茶叶', '盒', 60, 300], ['糖果', '袋', 8, 20]], [5, 80]);
      return {
        finding: `其销售的${g.name}${g.count}${g.unit}为预包装食品，包装上无标签，未标明名称、生产者、生产日期和保质期等事项`,
        facts: `涉案${g.name}系当事人从他人处购进后销售，售价${money(g.price)}/${g.unit}，检查时尚有${g.count}${g.unit}，货值金额${money(g.value)}；已售出${g.sold}${g.unit}，违法所得${money(g.gain)}。`,
        decisions: [`没收无标签的${g.name}${g.count}${g.unit}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineFood(rng, g.value, 5_000, 50_000, 5, 10, mitigation))}`],
        mitigationReason: '当事人当场下架涉案食品并如实说明进货来源，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'food-purchase-check', dept: 'SCJG', weight: 4, violation: '进货时未查验许可证和相关证明文件', mitigable: false,
    shops: [...FOOD_RETAIL, ...CATERING], companies: [...FOOD_RETAIL_CO, ...CATERING_CO], individuals: 0.5,
    violated: { law: '食品安全法', article: '第五十三条', paragraph: 1 },
    basis: { law: '食品安全法', article: '第一百二十六条', paragraph: 1, item: 3 },
    evidence: ['现场检查笔录', '现场照片', '询问调查笔录', '当事人营业执照复印件'],
    outcome: (ctx) => {
      const goods = ctx.rng.pick(['冷冻肉制品', '乳制品', '散装食用油', '米面制品', '水产品', '进口冷链食品']);
      const refuses = ctx.rng.chance(0.5);
      const fine = refuses ? fineIn(ctx.rng, 5_000, 50_000, 'none') : 0;
      return {
        finding: `当事人无法提供所经营${goods}的供货者许可证和食品出厂检验合格证或者其他合格证明`,
        facts: `当事人采购${goods}时未查验供货者的许可证和食品合格证明文件，亦未如实记录进货信息。${refuses ? refused(ctx, '上述违法行为') : '当事人在检查后已补齐相关证明文件。'}`,
        decisions: ['责令改正', '给予警告', ...(refuses ? [`罚款${money(fine)}`] : [])],
        evidence: refuses ? ORDER_EVIDENCE : [],
      };
    },
  },
  {
    key: 'food-health-cert', dept: 'SCJG', weight: 3, violation: '安排未取得健康证明的人员从事接触直接入口食品的工作', mitigable: false,
    shops: CATERING, companies: CATERING_CO, individuals: 0.6,
    violated: { law: '食品安全法', article: '第四十五条', paragraph: 2 },
    basis: { law: '食品安全法', article: '第一百二十六条', paragraph: 1, item: 6 },
    evidence: ['现场检查笔录', '从业人员名单', '询问调查笔录', '当事人营业执照复印件'],
    outcome: (ctx) => {
      const people = ctx.rng.int(1, 5);
      const refuses = ctx.rng.chance(0.4);
      const fine = refuses ? fineIn(ctx.rng, 5_000, 50_000, 'none') : 0;
      return {
        finding: `当事人后厨有${people}名从业人员未取得健康证明即从事接触直接入口食品的工作`,
        facts: `当事人安排${people}名未取得健康证明的人员从事${ctx.rng.pick(['凉菜制作', '餐食分装', '饮品调制', '面点制作'])}等接触直接入口食品的工作。${refuses ? refused(ctx, '上述违法行为') : '上述人员已于检查后暂停相关工作并办理健康证明。'}`,
        decisions: ['责令改正', '给予警告', ...(refuses ? [`罚款${money(fine)}`] : [])],
        evidence: refuses ? ORDER_EVIDENCE : [],
      };
    },
  },
  {
    key: 'food-tableware', dept: 'SCJG', weight: 2, violation: '餐具、饮具使用前未经洗净、消毒', mitigable: false,
    shops: CATERING, companies: CATERING_CO, individuals: 0.6,
    violated: { law: '食品安全法', article: '第三十三条', paragraph: 1, item: 5 },
    basis: { law: '食品安全法', article: '第一百二十六条', paragraph: 1, item: 5 },
    evidence: ['现场检查笔录', '现场照片', '餐饮具抽样检验报告', '询问调查笔录'],
    outcome: (ctx) => {
      const refuses = ctx.rng.chance(0.4);
      const fine = refuses ? fineIn(ctx.rng, 5_000, 50_000, 'none') : 0;
      return {
        finding: '当事人供顾客使用的餐具未经消毒，消毒柜未通电运行，经抽样检验大肠菌群项目不合格',
        facts: `当事人餐饮具使用前仅用清水冲洗，未按规定进行消毒即供顾客使用。${refuses ? refused(ctx, '餐饮具清洗消毒行为') : '当事人已于检查当日恢复使用消毒设施并建立消毒记录。'}`,
        decisions: ['责令改正', '给予警告', ...(refuses ? [`罚款${money(fine)}`] : [])],
        evidence: refuses ? ORDER_EVIDENCE : [],
      };
    },
  },
  {
    key: 'food-storage', dept: 'SCJG', weight: 1, violation: '将食品与有毒、有害物品一同贮存', mitigable: false,
    shops: [...FOOD_RETAIL, ...CATERING], companies: FOOD_RETAIL_CO, individuals: 0.6,
    violated: { law: '食品安全法', article: '第三十三条', paragraph: 1, item: 6 },
    basis: { law: '食品安全法', article: '第一百三十二条' },
    quote: '未按要求进行食品贮存、运输和装卸的',
    evidence: ['现场检查笔录', '现场照片', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const toxic = rng.pick(['杀虫剂', '消毒液', '灭鼠药', '油漆']);
      return {
        finding: `其仓库内将待售食品与${toxic}混放于同一货架`,
        facts: `当事人将食品与${toxic}一同贮存，未采取有效隔离措施，尚未造成危害后果。`,
        decisions: ['责令改正', '给予警告'],
      };
    },
  },
  {
    key: 'food-raw-material', dept: 'SCJG', weight: 2, violation: '采购、使用不符合食品安全标准的食品原料', mitigable: true,
    shops: CATERING, companies: CATERING_CO, individuals: 0.5,
    violated: { law: '食品安全法', article: '第五十五条', paragraph: 1 },
    basis: { law: '食品安全法', article: '第一百二十五条', paragraph: 1, item: 4 },
    evidence: ['抽样检验报告', '检验结果通知书', '进货单据', '现场检查笔录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const [material, item] = rng.pick([['食用植物油', '酸价'], ['大米', '镉（以Cd计）'], ['辣椒粉', '苏丹红Ⅰ'], ['豆芽', '4-氯苯氧乙酸钠'], ['鸡蛋', '氟苯尼考']] as const);
      const value = round2(rng.int(100, 3_000) + rng.int(0, 99) / 100);
      return {
        finding: `经抽样检验，当事人后厨使用的${material}${item}项目不符合食品安全国家标准`,
        facts: `当事人采购涉案${material}用于加工菜品，货值金额${money(value)}，未能提供供货者的许可证和产品合格证明。涉案原料已全部被本局扣押，当事人尚无违法所得。`,
        decisions: [`没收扣押的${material}`, `罚款${money(fineFood(rng, value, 5_000, 50_000, 5, 10, mitigation))}`],
        mitigationReason: '当事人如实说明进货来源并配合追溯上游供货者，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'drug-unlicensed', dept: 'YPJG', weight: 2, violation: '未取得药品经营许可证销售药品', mitigable: false,
    shops: ['便利店', '日用品商店', '诊所药柜', '母婴用品店'], companies: ['商贸有限公司', '健康管理有限公司'], individuals: 0.7,
    violated: { law: '药品管理法', article: '第五十一条', paragraph: 1 },
    basis: { law: '药品管理法', article: '第一百一十五条' },
    quote: '未取得药品生产许可证、药品经营许可证或者医疗机构制剂许可证生产、销售药品的',
    evidence: ['现场检查笔录', '现场照片', '询问调查笔录', '进货单据', '先行登记保存通知书及物品清单', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const drugs = rng.sample(['布洛芬缓释胶囊', '复方氨酚烷胺片', '阿莫西林胶囊', '板蓝根颗粒', '藿香正气水', '蒙脱石散', '氯雷他定片'], rng.int(2, 4));
      const value = round2(rng.int(300, 9_000) + rng.int(0, 99) / 100);
      const gain = round2(value * (0.1 + rng.next() * 0.3));
      const base = Math.max(value, 100_000);
      const fine = fineIn(rng, base * 15, base * 30, 'lighter');
      return {
        finding: `当事人在未取得《药品经营许可证》的情况下，在其经营场所销售${drugs.join('、')}等药品`,
        facts: `当事人从非法渠道购进${drugs.join('、')}等药品对外销售，违法销售的药品货值金额${money(value)}（已售出和未售出的合计），违法所得${money(gain)}。根据该条规定，货值金额不足十万元的，按十万元计算。`,
        decisions: ['责令关闭', '没收违法销售的药品', `没收违法所得${money(gain)}`, `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'drug-expired', dept: 'YPJG', weight: 3, violation: '销售超过有效期的药品（劣药）', mitigable: true,
    shops: PHARMACY, companies: PHARMACY_CO, individuals: 0.35,
    violated: { law: '药品管理法', article: '第九十八条', paragraph: 1 },
    basis: { law: '药品管理法', article: '第一百一十七条', paragraph: 1 },
    quote: '生产、销售劣药的',
    evidence: ['现场检查笔录', '现场照片', '药品购进记录', '销售记录', '询问调查笔录', '查封扣押决定书', '当事人《药品经营许可证》复印件'],
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['维生素C片', '瓶', 3, 8], ['感冒灵颗粒', '盒', 12, 20], ['头孢克肟分散片', '盒', 18, 40], ['复方甘草片', '瓶', 6, 12], ['红霉素软膏', '支', 3, 9], ['六味地黄丸', '盒', 15, 35]], [2, 30]);
      const base = Math.max(g.value, 10_000);
      return {
        finding: `其药品货架上陈列待售的${g.name}${g.count}${g.unit}已超过有效期`,
        facts: `涉案${g.name}售价${money(g.price)}/${g.unit}，检查时${g.count}${g.unit}已超过有效期仍在销售，货值金额${money(g.value)}；此前已售出同批号药品${g.sold}${g.unit}，违法所得${money(g.gain)}。`,
        definitions: [{ cite: { law: '药品管理法', article: '第九十八条', paragraph: 3, item: 5 }, sentence: (c) => `依照${c}的规定，超过有效期的药品为劣药。` }],
        decisions: [`没收超过有效期的${g.name}${g.count}${g.unit}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineIn(rng, base * 10, base * 20, mitigation))}`],
        mitigationReason: '当事人主动对在售药品的有效期进行全面清查，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'drug-channel', dept: 'YPJG', weight: 2, violation: '从不具有药品生产、经营资格的企业购进药品', mitigable: true,
    shops: PHARMACY, companies: PHARMACY_CO, individuals: 0.3,
    violated: { law: '药品管理法', article: '第五十五条' },
    basis: { law: '药品管理法', article: '第一百二十九条' },
    quote: '未从药品上市许可持有人或者具有药品生产、经营资格的企业购进药品的',
    evidence: ['现场检查笔录', '询问调查笔录', '购进票据', '微信聊天记录截图', '销售记录', '当事人《药品经营许可证》复印件'],
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['阿托伐他汀钙片', '盒', 20, 45], ['苯磺酸氨氯地平片', '盒', 15, 30], ['奥美拉唑肠溶胶囊', '盒', 10, 25], ['二甲双胍缓释片', '盒', 12, 28]], [10, 200]);
      const base = Math.max(g.value, 50_000);
      return {
        finding: `当事人无法提供所售${g.name}的合法购进票据`,
        facts: `当事人从无药品经营资格的个人处购进${g.name}${g.count}${g.unit}，购进药品货值金额${money(g.value)}，已销售${g.sold}${g.unit}，违法所得${money(g.gain)}。根据该条规定，货值金额不足五万元的，按五万元计算。`,
        decisions: ['责令改正', `没收违法购进的${g.name}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : []), `罚款${money(fineIn(rng, base * 2, base * 10, mitigation))}`],
        mitigationReason: '当事人主动供述购进来源并协助查处上游违法行为，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'drug-dispensing', dept: 'YPJG', weight: 2, violation: '零售药品未按照规定调配处方', mitigable: false,
    shops: PHARMACY, companies: PHARMACY_CO, individuals: 0.3,
    violated: { law: '药品管理法', article: '第五十八条', paragraph: 1 },
    basis: { law: '药品管理法', article: '第一百三十条' },
    quote: '零售药品未正确说明用法、用量等事项，或者未按照规定调配处方的',
    evidence: ['现场检查笔录', '处方药销售记录', '询问调查笔录', '监控视频截图', '当事人《药品经营许可证》复印件'],
    outcome: ({ rng }) => {
      const drug = rng.pick(['阿莫西林胶囊', '头孢呋辛酯片', '左氧氟沙星片', '布地奈德鼻喷雾剂']);
      return {
        finding: `当事人在执业药师不在岗的情况下，未凭处方向顾客销售处方药${drug}`,
        facts: `当事人销售处方药${drug}时未经药师审核处方、未核对即调配，亦未向顾客正确说明用法、用量，尚未造成危害后果。`,
        decisions: ['责令改正', '给予警告'],
      };
    },
  },
  {
    key: 'drug-gsp', dept: 'YPJG', weight: 2, violation: '未遵守药品经营质量管理规范', mitigable: false,
    shops: PHARMACY, companies: PHARMACY_CO, individuals: 0.2,
    violated: { law: '药品管理法', article: '第五十三条', paragraph: 1 },
    basis: { law: '药品管理法', article: '第一百二十六条' },
    quote: '未遵守药品生产质量管理规范、药品经营质量管理规范',
    evidence: ['现场检查笔录', '温湿度监测记录', '询问调查笔录', '当事人《药品经营许可证》复印件'],
    outcome: (ctx) => {
      const issue = ctx.rng.pick(['冷藏药品未按规定在2℃至8℃条件下储存', '阴凉区温湿度监测记录缺失', '质量负责人长期不在岗', '未按规定对拆零药品建立拆零销售记录']);
      const overdue = ctx.rng.chance(0.35);
      const fine = overdue ? fineIn(ctx.rng, 100_000, 500_000, 'lighter') : 0;
      return {
        finding: `当事人${issue}`,
        facts: `当事人${issue}，不符合药品经营质量管理规范的要求。${overdue ? refused(ctx, '上述问题') : '当事人已在本局责令的期限内完成整改。'}`,
        decisions: overdue ? ['给予警告', `罚款${money(fine)}`] : ['责令限期改正', '给予警告'],
        evidence: overdue ? ORDER_EVIDENCE : [],
      };
    },
  },
  {
    key: 'product-unsafe', dept: 'SCJG', weight: 3, violation: '销售不符合保障人身、财产安全的国家标准的产品', mitigable: true,
    shops: GOODS_SHOP, companies: GOODS_CO, individuals: 0.5,
    violated: { law: '产品质量法', article: '第十三条', paragraph: 2 },
    basis: { law: '产品质量法', article: '第四十九条' },
    quote: '生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的',
    evidence: ['产品质量监督抽查检验报告', '检验结果通知书', '进货凭证', '销售记录', '现场检查笔录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const [name, unit, low, high, item] = rng.pick([['电热水壶', '台', 40, 120, '泄漏电流和电气强度'], ['转换插座', '个', 10, 40, '插头尺寸和防触电保护'], ['电动自行车充电器', '个', 60, 150, '输出电压和温升'], ['儿童塑胶玩具', '件', 15, 60, '邻苯二甲酸酯增塑剂'], ['电线', '卷', 80, 260, '导体电阻'], ['电吹风', '台', 50, 150, '发热和非正常工作']] as const);
      const count = rng.int(5, 120);
      const price = round2(low + rng.next() * (high - low));
      const sold = rng.int(1, count);
      const value = round2(price * (count + sold));
      const gain = round2(price * sold * 0.3);
      return {
        finding: `经检验，当事人销售的${name}${item}项目不符合强制性国家标准，检验结论为不合格`,
        facts: `当事人共购进涉案${name}${count + sold}${unit}，售价${money(price)}/${unit}，已售出${sold}${unit}，库存${count}${unit}，货值金额${money(value)}（包括已售出和未售出的产品），违法所得${money(gain)}。`,
        decisions: ['责令停止销售', `没收库存的${name}${count}${unit}`, `罚款${money(fineIn(rng, value, value * 3, mitigation))}`, ...(gain ? [`没收违法所得${money(gain)}`] : [])],
        mitigationReason: '当事人配合召回已售产品并如实说明进货来源，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'product-fake-qualified', dept: 'SCJG', weight: 2, violation: '以不合格产品冒充合格产品销售', mitigable: true,
    shops: GOODS_SHOP, companies: GOODS_CO, individuals: 0.4,
    violated: { law: '产品质量法', article: '第三十九条' },
    basis: { law: '产品质量法', article: '第五十条' },
    quote: '以不合格产品冒充合格产品的',
    evidence: ['产品质量监督抽查检验报告', '进货凭证', '销售记录', '现场检查笔录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const [name, unit, low, high] = rng.pick([['安全帽', '顶', 20, 60], ['手提式干粉灭火器', '具', 60, 150], ['钢管扣件', '只', 4, 9], ['PVC电工套管', '根', 3, 10], ['电力电缆', '米', 10, 40]] as const);
      const count = rng.int(20, 500);
      const price = round2(low + rng.next() * (high - low));
      const value = round2(price * count);
      const gain = round2(value * (0.05 + rng.next() * 0.15));
      return {
        finding: `当事人销售的${name}经检验多项指标不合格，但产品上附有合格证明`,
        facts: `当事人明知涉案${name}未经检验，仍附以合格证明对外销售，共计${count}${unit}，货值金额${money(value)}，违法所得${money(gain)}。`,
        decisions: ['责令停止销售', `没收尚未售出的${name}`, `罚款${money(fineIn(rng, value * 0.5, value * 3, mitigation))}`, `没收违法所得${money(gain)}`],
        mitigationReason: '当事人主动联系购买者退换涉案产品，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'product-expired', dept: 'SCJG', weight: 1, violation: '销售失效、变质的产品', mitigable: true,
    shops: GOODS_SHOP, companies: GOODS_CO, individuals: 0.6,
    violated: { law: '产品质量法', article: '第三十五条' },
    basis: { law: '产品质量法', article: '第五十二条' },
    quote: '销售失效、变质的产品的',
    evidence: ['现场检查笔录', '现场照片', '进货凭证', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['内墙涂料', '桶', 80, 260], ['瓷砖胶粘剂', '袋', 25, 60], ['防水涂料', '桶', 120, 380], ['复合肥料', '袋', 90, 180]], [3, 40]);
      return {
        finding: `其销售的${g.name}${g.count}${g.unit}已超过标注的有效期，部分已结块失效`,
        facts: `涉案${g.name}货值金额${money(g.value)}，已售出${g.sold}${g.unit}，违法所得${money(g.gain)}。`,
        decisions: ['责令停止销售', `没收失效的${g.name}${g.count}${g.unit}`, `罚款${money(fineIn(rng, Math.max(100, g.value * 0.1), g.value * 2, mitigation))}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : [])],
        mitigationReason: '当事人主动下架并销毁失效产品，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'product-fake-mark', dept: 'SCJG', weight: 1, violation: '冒用认证标志', mitigable: true,
    shops: GOODS_SHOP, companies: [...GOODS_CO, ...ONLINE_CO], individuals: 0.3,
    violated: { law: '产品质量法', article: '第三十八条' },
    basis: { law: '产品质量法', article: '第五十三条' },
    quote: '伪造或者冒用认证标志等质量标志的',
    evidence: ['现场检查笔录', '认证信息查询记录', '进货凭证', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const g = goodsLot(rng, [['电源适配器', '个', 15, 40], ['移动电源', '个', 40, 120], ['插线板', '个', 20, 60], ['LED灯具', '个', 15, 80]], [10, 200]);
      return {
        finding: `其销售的${g.name}上标注CCC认证标志，但经查询该产品未获得强制性产品认证`,
        facts: `当事人销售冒用CCC认证标志的${g.name}${g.count + g.sold}${g.unit}，货值金额${money(round2(g.price * (g.count + g.sold)))}，违法所得${money(g.gain)}。`,
        decisions: ['责令改正', `没收冒用认证标志的${g.name}${g.count}${g.unit}`, `罚款${money(fineIn(rng, Math.max(100, g.value * 0.1), round2(g.price * (g.count + g.sold)), mitigation))}`, ...(g.gain ? [`没收违法所得${money(g.gain)}`] : [])],
        mitigationReason: '当事人立即停止销售并主动召回已售产品，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'safety-training', dept: 'YJGL', weight: 3, violation: '未按照规定对从业人员进行安全生产教育和培训', mitigable: true,
    shops: [], companies: FACTORY_CO, individuals: 0,
    violated: { law: '安全生产法', article: '第二十八条', paragraph: 1 },
    basis: { law: '安全生产法', article: '第九十七条', item: 3 },
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const people = rng.int(3, 40);
      return {
        finding: `当事人无法提供${people}名一线从业人员的安全生产教育和培训记录`,
        facts: `当事人${people}名从业人员未经安全生产教育和培训合格即上岗作业，当事人亦未如实记录安全生产教育和培训情况。`,
        decisions: ['责令限期改正', `罚款${money(fineIn(rng, 10_000, 100_000, mitigation))}`],
        mitigationReason: '当事人在检查后立即组织全员安全培训并经考核合格，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'safety-special-worker', dept: 'YJGL', weight: 2, violation: '特种作业人员未经专门的安全作业培训并取得相应资格上岗作业', mitigable: true,
    shops: [], companies: FACTORY_CO, individuals: 0,
    violated: { law: '安全生产法', article: '第三十条', paragraph: 1 },
    basis: { law: '安全生产法', article: '第九十七条', item: 7 },
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const work = rng.pick(['电焊作业', '低压电工作业', '高处作业', '制冷与空调作业']);
      return {
        finding: `当事人安排未取得特种作业操作证的员工从事${work}`,
        facts: `当事人安排${rng.int(1, 4)}名未经专门安全作业培训、未取得特种作业操作证的员工从事${work}。`,
        decisions: ['责令限期改正', `罚款${money(fineIn(rng, 10_000, 100_000, mitigation))}`],
        mitigationReason: '当事人立即停止相关人员作业并安排其参加培训考核，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'safety-equipment', dept: 'YJGL', weight: 2, violation: '未对安全设备进行经常性维护、保养和定期检测', mitigable: true,
    shops: [], companies: FACTORY_CO, individuals: 0,
    violated: { law: '安全生产法', article: '第三十六条', paragraph: 2 },
    basis: { law: '安全生产法', article: '第九十九条', item: 3 },
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const device = rng.pick(['可燃气体报警器', '除尘系统泄爆装置', '冲床光电保护装置', '通风排毒设施']);
      return {
        finding: `当事人${device}未进行定期检测，部分已失效`,
        facts: `当事人未对${device}进行经常性维护、保养和定期检测，亦无维护保养记录。`,
        decisions: ['责令限期改正', `罚款${money(fineIn(rng, 5_000, 50_000, mitigation))}`],
        mitigationReason: '当事人立即停用相关设备并委托检测机构检测合格，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'safety-gas-alarm', dept: 'YJGL', weight: 3, violation: '餐饮场所使用燃气未安装可燃气体报警装置', mitigable: true,
    shops: CATERING, companies: CATERING_CO, individuals: 0.6,
    violated: { law: '安全生产法', article: '第三十六条', paragraph: 4 },
    basis: { law: '安全生产法', article: '第九十九条', item: 8 },
    evidence: ['现场检查记录', '现场照片', '询问笔录', '责令限期整改指令书', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => ({
      finding: `当事人后厨使用${rng.pick(['瓶装液化石油气', '管道天然气'])}，未安装可燃气体报警装置`,
      facts: '当事人作为餐饮行业生产经营单位使用燃气，未按规定安装可燃气体报警装置。',
      decisions: ['责令限期改正', `罚款${money(fineIn(rng, 2_000, 50_000, mitigation))}`],
      mitigationReason: '当事人在检查当日即安装可燃气体报警装置并投入使用，主动消除违法行为危害后果',
    }),
  },
  {
    key: 'safety-hazard', dept: 'YJGL', weight: 2, violation: '未采取措施消除事故隐患', mitigable: true,
    shops: [], companies: [...FACTORY_CO, ...PROPERTY_CO], individuals: 0,
    violated: { law: '安全生产法', article: '第四十一条', paragraph: 2 },
    basis: { law: '安全生产法', article: '第一百零二条' },
    quote: '生产经营单位未采取措施消除事故隐患的',
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const hazard = rng.pick(['危险化学品仓库超量储存', '配电箱线路私拉乱接', '有限空间作业未落实审批', '粉尘涉爆区域积尘未清理']);
      return {
        finding: `当事人存在${hazard}的事故隐患`,
        facts: `本局此前已指出当事人存在${hazard}的事故隐患，当事人未采取技术、管理措施予以消除，隐患排查治理情况亦未如实记录。`,
        decisions: ['责令立即消除事故隐患', `罚款${money(fineIn(rng, 5_000, 50_000, mitigation))}`],
        mitigationReason: '当事人在立案后立即完成隐患整改，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'safety-exits', dept: 'YJGL', weight: 2, violation: '锁闭、封堵生产经营场所的出口、疏散通道', mitigable: true,
    shops: [], companies: [...FACTORY_CO, ...PROPERTY_CO], individuals: 0,
    violated: { law: '安全生产法', article: '第四十二条', paragraph: 2 },
    basis: { law: '安全生产法', article: '第一百零五条', item: 2 },
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => ({
      finding: `当事人${rng.pick(['生产车间', '仓库', '员工宿舍'])}的安全出口被${rng.pick(['货物堆放封堵', '铁链上锁', '杂物占用'])}`,
      facts: '当事人占用、锁闭、封堵生产经营场所的出口和疏散通道，不能满足紧急疏散的需要。',
      decisions: ['责令限期改正', `罚款${money(fineIn(rng, 5_000, 50_000, mitigation))}`],
      mitigationReason: '当事人当场清除堵塞物、恢复疏散通道畅通，主动消除违法行为危害后果',
    }),
  },
  {
    key: 'safety-plan', dept: 'YJGL', weight: 1, violation: '未按照规定制定生产安全事故应急救援预案或者未定期组织演练', mitigable: true,
    shops: [], companies: FACTORY_CO, individuals: 0,
    violated: { law: '安全生产法', article: '第八十一条' },
    basis: { law: '安全生产法', article: '第九十七条', item: 6 },
    evidence: SAFETY_EVIDENCE,
    outcome: ({ rng, mitigation }) => ({
      finding: '当事人未制定生产安全事故应急救援预案，近一年内未组织应急演练',
      facts: '当事人未按照规定制定本单位生产安全事故应急救援预案，也未定期组织演练。',
      decisions: ['责令限期改正', `罚款${money(fineIn(rng, 10_000, 100_000, mitigation))}`],
      mitigationReason: '当事人已编制应急救援预案并组织全员演练，主动消除违法行为危害后果',
    }),
  },
  {
    key: 'consumer-false-promotion', dept: 'SCJG', weight: 2, violation: '对商品作虚假或者引人误解的宣传', mitigable: true,
    shops: ['美容店', '保健品店', '养生馆'], companies: ONLINE_CO, individuals: 0.3,
    violated: { law: '消费者权益保护法', article: '第二十条', paragraph: 1 },
    basis: { law: '消费者权益保护法', article: '第五十六条', paragraph: 1, item: 6 },
    evidence: ['现场检查笔录', '宣传资料', '销售记录', '消费者投诉材料', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const product = rng.pick(['保健床垫', '净水器', '养生茶', '美容仪', '足浴包']);
      const claim = rng.pick(['能降血压', '可治疗失眠', '能排出体内毒素', '可修复受损细胞']);
      const gain = round2(rng.int(2_000, 60_000) + rng.int(0, 99) / 100);
      return {
        finding: `当事人在店内宣传资料中称其销售的${product}“${claim}”`,
        facts: `当事人无法提供证明其${product}“${claim}”的依据，上述宣传与实际情况不符，误导消费者购买，违法所得${money(gain)}。`,
        decisions: ['责令改正', `没收违法所得${money(gain)}`, `罚款${money(fineIn(rng, gain, gain * 10, mitigation))}`],
        mitigationReason: '当事人主动为购买涉案商品的消费者办理退款，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'consumer-refund', dept: 'SCJG', weight: 1, violation: '无理拒绝消费者的退货要求', mitigable: false,
    shops: [], companies: ONLINE_CO, individuals: 0,
    violated: { law: '消费者权益保护法', article: '第二十五条', paragraph: 1 },
    basis: { law: '消费者权益保护法', article: '第五十六条', paragraph: 1, item: 8 },
    evidence: ['消费者投诉材料', '网店交易记录', '客服聊天记录截图', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const n = rng.int(3, 30);
      const fine = fineIn(rng, 5_000, 50_000, 'none');
      return {
        finding: `当事人网店对${n}名消费者在收到商品之日起七日内提出的无理由退货要求予以拒绝`,
        facts: `当事人通过网络销售商品，对${n}名消费者在七日内提出的无理由退货要求，以“商品一经售出概不退换”为由拒绝办理，上述商品不属于不适用无理由退货的情形。`,
        decisions: ['责令改正', '给予警告', `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'consumer-privacy', dept: 'SCJG', weight: 1, violation: '侵害消费者个人信息依法得到保护的权利', mitigable: true,
    shops: [], companies: [...ONLINE_CO, '房地产营销策划有限公司', '教育咨询有限公司'], individuals: 0,
    violated: { law: '消费者权益保护法', article: '第二十九条', paragraph: 2 },
    basis: { law: '消费者权益保护法', article: '第五十六条', paragraph: 1, item: 9 },
    evidence: ['电子数据取证记录', '询问调查笔录', '数据交易记录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const n = rng.int(500, 20_000);
      return {
        finding: `当事人将收集的${n}条消费者个人信息提供给第三方用于营销`,
        facts: `当事人未经消费者同意，向他人提供其在经营活动中收集的消费者姓名、电话等个人信息${n}条，无违法所得。`,
        decisions: ['责令改正', `罚款${money(fineIn(rng, 10_000, 500_000, mitigation === 'none' ? 'lighter' : mitigation))}`],
        mitigationReason: '当事人立即删除相关数据并建立个人信息保护制度，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'price-tag', dept: 'SCJG', weight: 3, violation: '违反明码标价规定', mitigable: false,
    shops: [...FOOD_RETAIL, '停车场', '洗车店', '理发店'], companies: [...FOOD_RETAIL_CO, '停车管理有限公司', '酒店管理有限公司'], individuals: 0.5,
    violated: { law: '价格法', article: '第十三条', paragraph: 1 },
    basis: { law: '价格法', article: '第四十二条' },
    quote: '经营者违反明码标价规定的',
    evidence: ['现场检查笔录', '现场照片', '收费票据', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const extra = rng.chance(0.5);
      const gain = extra ? round2(rng.int(50, 3_000) + rng.int(0, 99) / 100) : 0;
      const fine = rng.int(5, 50) * 100;
      return {
        finding: extra ? '当事人在标价之外加收未予标明的服务费' : '当事人销售的部分商品未标明价格，价签品名、规格与实物不符',
        facts: extra ? `当事人在标价之外加收“${rng.pick(['开瓶费', '包装费', '服务费', '夜间费'])}”，该项费用未予标明，违法所得${money(gain)}。` : `当事人店内${rng.int(5, 60)}种商品未明码标价，或者价签标注的品名、规格与实际不符。`,
        decisions: ['责令改正', ...(gain ? [`没收违法所得${money(gain)}`] : []), `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'price-fake-discount', dept: 'SCJG', weight: 2, violation: '利用虚假的或者使人误解的价格手段诱骗消费者进行交易', mitigable: true,
    shops: ['服装店', '珠宝店', '家具店'], companies: [...ONLINE_CO, '服饰有限公司', '家居有限公司'], individuals: 0.3,
    violated: { law: '价格法', article: '第十四条', item: 4 },
    basis: { law: '价格法', article: '第四十条', paragraph: 1 },
    quote: '经营者有本法第十四条所列行为之一的',
    evidence: ['现场检查笔录', '促销宣传页面截图', '历史交易价格记录', '销售记录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const product = rng.pick(['羽绒服', '黄金饰品', '实木沙发', '床垫', '智能手表']);
      const gain = round2(rng.int(1_000, 40_000) + rng.int(0, 99) / 100);
      return {
        finding: `当事人以“原价”划线价标示${product}的促销价格，但该“原价”在促销前七日内从未成交`,
        facts: `当事人虚构${product}的原价，以虚假折扣诱骗消费者购买，违法所得${money(gain)}。`,
        decisions: ['责令改正', `没收违法所得${money(gain)}`, `罚款${money(fineIn(rng, gain * 0.5, gain * 5, mitigation))}`],
        mitigationReason: '当事人立即撤下虚假价格标示并向消费者退还差价，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'price-gouging', dept: 'SCJG', weight: 1, violation: '哄抬价格', mitigable: false,
    shops: ['药店', '农贸市场摊位', '便利店'], companies: ['商贸有限公司', '医药零售有限公司'], individuals: 0.5,
    violated: { law: '价格法', article: '第十四条', item: 3 },
    basis: { law: '价格法', article: '第四十条', paragraph: 1 },
    quote: '经营者有本法第十四条所列行为之一的',
    evidence: ['现场检查笔录', '进货凭证', '销售记录', '价格监测数据', '询问调查笔录'],
    outcome: ({ rng }) => {
      const product = rng.pick(['医用外科口罩', '退烧药', '生姜', '抗原检测试剂']);
      const gain = round2(rng.int(500, 20_000) + rng.int(0, 99) / 100);
      return {
        finding: `当事人销售的${product}在进货成本未明显上涨的情况下大幅提高售价`,
        facts: `当事人在市场供应紧张期间大幅提高${product}的销售价格，进销差价率明显高于正常水平，推动商品价格过高上涨，违法所得${money(gain)}。`,
        decisions: ['责令改正', `没收违法所得${money(gain)}`, `罚款${money(fineIn(rng, gain, gain * 5, 'none'))}`],
      };
    },
  },
  {
    key: 'ad-false', dept: 'SCJG', weight: 2, violation: '发布虚假广告', mitigable: true,
    shops: [], companies: [...ONLINE_CO, '教育科技有限公司', '装饰工程有限公司'], individuals: 0,
    violated: { law: '广告法', article: '第二十八条', paragraph: 2, item: 2 },
    basis: { law: '广告法', article: '第五十五条', paragraph: 1 },
    quote: '发布虚假广告的',
    evidence: AD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const [what, claim] = rng.pick([['培训课程', '“保过”“通过率98%”'], ['装修套餐', '“全国销量第一”'], ['减肥代餐粉', '“一个月瘦20斤”'], ['空气净化器', '“除甲醛率99.9%”']] as const);
      const fee = round2(rng.int(1_000, 30_000));
      return {
        finding: `当事人在其网店及微信公众号发布的${what}广告中宣称${claim}`,
        facts: `当事人无法提供${claim}的真实依据，广告内容与实际情况不符，对消费者的购买行为有实质性影响。该广告的广告费用为${money(fee)}。`,
        decisions: ['责令停止发布广告，在相应范围内消除影响', `罚款${money(fineIn(rng, fee * 3, fee * 5, mitigation))}`],
        mitigationReason: '当事人在立案后立即删除全部涉案广告，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'ad-superlative', dept: 'SCJG', weight: 3, violation: '在广告中使用绝对化用语', mitigable: true,
    shops: ['服装店', '茶叶店', '餐馆'], companies: [...ONLINE_CO, '茶业有限公司', '家居有限公司'], individuals: 0.3,
    violated: { law: '广告法', article: '第九条', item: 3 },
    basis: { law: '广告法', article: '第五十七条', item: 1 },
    evidence: AD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const word = rng.pick(['最佳', '最高级', '国家级', '第一品牌', '顶级']);
      const m: Mitigation = mitigation === 'none' ? 'lighter' : 'reduced';
      return {
        finding: `当事人在其${rng.pick(['网店商品详情页', '店招及宣传海报', '微信公众号推文'])}中使用“${word}”等用语宣传其商品`,
        facts: `当事人自行设计并发布含有“${word}”用语的广告，该广告违反广告法禁止使用绝对化用语的规定。`,
        decisions: ['责令停止发布广告', `罚款${money(fineIn(rng, 200_000, 1_000_000, m))}`],
        mitigationReason: '当事人系初次违法，广告发布范围小、时间短，且在检查后立即删除，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'ad-medical-claims', dept: 'SCJG', weight: 2, violation: '在普通商品广告中涉及疾病治疗功能', mitigable: true,
    shops: ['保健品店', '养生馆', '茶叶店'], companies: ONLINE_CO, individuals: 0.3,
    violated: { law: '广告法', article: '第十七条' },
    basis: { law: '广告法', article: '第五十八条', paragraph: 1, item: 2 },
    evidence: AD_EVIDENCE,
    outcome: ({ rng, mitigation }) => {
      const product = rng.pick(['固体饮料', '压片糖果', '代用茶', '艾灸贴']);
      const claim = rng.pick(['治疗糖尿病', '根治颈椎病', '降血压', '治疗失眠']);
      const fee = rng.chance(0.5) ? round2(rng.int(1_000, 20_000)) : 0;
      return {
        finding: `当事人在${product}的广告中宣称该产品可“${claim}”`,
        facts: `当事人销售的${product}不属于药品或者医疗器械，其广告中使用“${claim}”等涉及疾病治疗功能的用语。${fee ? `该广告的广告费用为${money(fee)}。` : '该广告由当事人自行发布，广告费用无法计算。'}`,
        decisions: ['责令停止发布广告，在相应范围内消除影响', `罚款${money(fee ? fineIn(rng, fee, fee * 3, mitigation) : fineIn(rng, 100_000, 200_000, mitigation))}`],
        mitigationReason: '当事人在检查后立即删除涉案广告并主动为消费者办理退货，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'ad-spam', dept: 'SCJG', weight: 1, violation: '未经当事人同意以电子信息方式发送广告', mitigable: false,
    shops: [], companies: [...ONLINE_CO, '房地产营销策划有限公司', '教育咨询有限公司'], individuals: 0,
    violated: { law: '广告法', article: '第四十三条', paragraph: 1 },
    basis: { law: '广告法', article: '第六十二条', paragraph: 1 },
    quote: '违反本法第四十三条规定发送广告的',
    evidence: ['消费者举报材料', '短信发送记录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const n = rng.int(1_000, 50_000);
      const fine = fineIn(rng, 5_000, 30_000, 'none');
      return {
        finding: `当事人未经接收者同意，以短信方式向${n}个手机号码发送商业广告`,
        facts: `当事人向未同意接收的用户发送商业广告短信${n}条，短信中未提供拒绝继续接收的方式。`,
        decisions: ['责令停止违法行为', `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'competition-fake-sales', dept: 'SCJG', weight: 2, violation: '通过组织虚假交易对商品销售状况作虚假商业宣传', mitigable: true,
    shops: [], companies: ONLINE_CO, individuals: 0,
    violated: { law: '反不正当竞争法', article: '第八条', paragraph: 1 },
    basis: { law: '反不正当竞争法', article: '第二十条', paragraph: 1 },
    quote: '对其商品作虚假或者引人误解的商业宣传',
    evidence: ['电子数据取证记录', '刷单资金流水', '网店后台交易数据', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const n = rng.int(200, 5_000);
      return {
        finding: `当事人网店商品的销量和好评中有${n}笔系组织他人虚假交易产生`,
        facts: `当事人通过支付佣金的方式组织他人在其网店虚假购买商品并给予好评，虚构交易${n}笔，对其商品的销售状况和用户评价作虚假的商业宣传，欺骗、误导消费者。`,
        decisions: ['责令停止违法行为', `罚款${money(fineIn(rng, 200_000, 1_000_000, mitigation === 'none' ? 'lighter' : mitigation))}`],
        mitigationReason: '当事人主动删除虚假交易记录和评价，积极配合调查，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'competition-confusion', dept: 'SCJG', weight: 1, violation: '擅自使用与他人有一定影响的商品包装、装潢近似的标识', mitigable: true,
    shops: FOOD_RETAIL, companies: [...FOOD_MAKER_CO, '日化有限公司'], individuals: 0.3,
    violated: { law: '反不正当竞争法', article: '第六条', item: 1 },
    basis: { law: '反不正当竞争法', article: '第十八条', paragraph: 1 },
    quote: '实施混淆行为的',
    evidence: ['现场检查笔录', '涉案商品及包装照片', '权利人证明材料', '销售记录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const product = rng.pick(['饮料', '洗衣液', '辣椒酱', '饼干']);
      const turnover = round2(rng.int(3_000, 49_000));
      return {
        finding: `当事人销售的${product}使用了与他人有一定影响的商品包装、装潢近似的标识`,
        facts: `当事人销售的${product}的包装、装潢与他人有一定影响的商品近似，足以引人误认为是他人商品，违法经营额${money(turnover)}。`,
        decisions: ['责令停止违法行为', `没收违法商品${product}`, `罚款${money(fineIn(rng, 10_000, 250_000, mitigation === 'none' ? 'lighter' : mitigation))}`],
        mitigationReason: '当事人主动下架全部涉案商品并如实提供进货来源，主动减轻违法行为危害后果',
      };
    },
  },
  {
    key: 'competition-bribery', dept: 'SCJG', weight: 1, violation: '采用财物手段贿赂交易相对方的工作人员', mitigable: false,
    shops: [], companies: ['医疗器械有限公司', '建材有限公司', '食品有限公司', '酒业有限公司'], individuals: 0,
    violated: { law: '反不正当竞争法', article: '第七条', paragraph: 1 },
    basis: { law: '反不正当竞争法', article: '第十九条' },
    quote: '贿赂他人的',
    evidence: ['银行转账记录', '财务凭证', '询问调查笔录', '购销合同', '当事人营业执照复印件'],
    outcome: ({ rng }) => {
      const gain = round2(rng.int(10_000, 300_000));
      return {
        finding: '当事人向交易相对方的采购人员支付未入账的“回扣”',
        facts: `当事人为谋取交易机会，向交易相对方的采购人员支付现金及购物卡共计${money(round2(gain * 0.3))}，未如实入账，因此获得的违法所得为${money(gain)}。`,
        decisions: [`没收违法所得${money(gain)}`, `罚款${money(fineIn(rng, 100_000, 3_000_000, 'lighter'))}`],
      };
    },
  },
  {
    key: 'competition-lottery', dept: 'SCJG', weight: 1, violation: '抽奖式有奖销售最高奖的金额超过五万元', mitigable: true,
    shops: [], companies: ['汽车销售服务有限公司', '房地产开发有限公司', '商业管理有限公司'], individuals: 0,
    violated: { law: '反不正当竞争法', article: '第十条', item: 3 },
    basis: { law: '反不正当竞争法', article: '第二十二条' },
    quote: '进行有奖销售的',
    evidence: ['活动宣传资料', '抽奖规则', '中奖名单', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const prize = rng.pick(['价值8万元的轿车一辆', '价值6.8万元的黄金饰品', '价值10万元的购房抵用券']);
      return {
        finding: `当事人开展的促销抽奖活动设置最高奖为${prize}`,
        facts: `当事人开展抽奖式有奖销售，最高奖为${prize}，超过五万元。`,
        decisions: ['责令停止违法行为', `罚款${money(fineIn(rng, 50_000, 500_000, mitigation === 'none' ? 'lighter' : mitigation))}`],
        mitigationReason: '当事人在检查后立即调整奖项设置，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'equipment-registration', dept: 'SCJG', weight: 2, violation: '使用特种设备未按照规定办理使用登记', mitigable: false,
    shops: [], companies: [...PROPERTY_CO, ...FACTORY_CO], individuals: 0,
    violated: { law: '特种设备安全法', article: '第三十三条' },
    basis: { law: '特种设备安全法', article: '第八十三条', item: 1 },
    evidence: ['现场检查笔录', '特种设备使用登记查询记录', '特种设备安全监察指令书', '复查记录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: (ctx) => {
      const device = ctx.rng.pick(['乘客电梯', '载货电梯', '叉车', '桥式起重机', '储气罐']);
      const n = ctx.rng.int(1, 6);
      const fine = fineIn(ctx.rng, 10_000, 100_000, 'lighter');
      return {
        finding: `当事人使用的${n}台${device}未办理使用登记`,
        facts: `当事人${n}台${device}投入使用已超过三十日，未向特种设备安全监督管理部门办理使用登记。${refused(ctx, '上述违法行为')}`,
        decisions: [`责令停止使用未办理使用登记的${device}`, `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'equipment-inspection', dept: 'SCJG', weight: 2, violation: '使用未经定期检验的特种设备', mitigable: true,
    shops: [], companies: [...PROPERTY_CO, ...FACTORY_CO], individuals: 0,
    violated: { law: '特种设备安全法', article: '第四十条', paragraph: 3 },
    basis: { law: '特种设备安全法', article: '第八十四条', item: 1 },
    evidence: ['现场检查笔录', '现场照片', '定期检验报告查询记录', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const device = rng.pick(['乘客电梯', '自动扶梯', '叉车', '压力容器', '燃气锅炉']);
      const months = rng.int(1, 14);
      return {
        finding: `当事人使用的${device}定期检验合格有效期已届满${months}个月，仍在使用`,
        facts: `当事人未在检验合格有效期届满前提出定期检验要求，${device}超期未检仍继续使用。`,
        decisions: [`责令停止使用超期未检的${device}`, `罚款${money(fineIn(rng, 30_000, 300_000, mitigation === 'none' ? 'lighter' : mitigation))}`],
        mitigationReason: '当事人立即停用相关设备并申报检验，检验合格后方恢复使用，主动消除违法行为危害后果',
      };
    },
  },
  {
    key: 'equipment-operators', dept: 'SCJG', weight: 1, violation: '使用未取得相应资格的人员从事特种设备作业', mitigable: false,
    shops: [], companies: FACTORY_CO, individuals: 0,
    violated: { law: '特种设备安全法', article: '第十四条' },
    basis: { law: '特种设备安全法', article: '第八十六条', item: 2 },
    evidence: ['现场检查笔录', '作业人员资格查询记录', '特种设备安全监察指令书', '复查记录', '询问调查笔录'],
    outcome: (ctx) => {
      const work = ctx.rng.pick(['叉车司机', '起重机指挥', '锅炉操作', '电梯安全管理']);
      const fine = fineIn(ctx.rng, 10_000, 50_000, 'none');
      return {
        finding: `当事人安排未取得《特种设备安全管理和作业人员证》的人员从事${work}`,
        facts: `当事人使用未取得相应资格的人员从事${work}。${refused(ctx, '上述违法行为')}`,
        decisions: ['责令停止使用有关特种设备', `罚款${money(fine)}`],
      };
    },
  },
  {
    key: 'equipment-elevator-maintenance', dept: 'SCJG', weight: 1, violation: '未按照安全技术规范的要求进行电梯维护保养', mitigable: true,
    shops: [], companies: ['电梯工程有限公司', '电梯安装维修有限公司', '机电设备有限公司'], individuals: 0,
    violated: { law: '特种设备安全法', article: '第四十五条', paragraph: 2 },
    basis: { law: '特种设备安全法', article: '第八十八条', paragraph: 2 },
    quote: '电梯的维护保养单位未按照本法规定以及安全技术规范的要求，进行电梯维护保养的',
    evidence: ['现场检查笔录', '电梯维护保养记录', '电梯运行监测数据', '询问调查笔录', '当事人营业执照复印件'],
    outcome: ({ rng, mitigation }) => {
      const n = rng.int(2, 30);
      return {
        finding: `当事人负责维护保养的${n}台电梯存在维保记录与实际不符、半月维保项目漏项等问题`,
        facts: `当事人对其负责的${n}台电梯未按照安全技术规范的要求进行维护保养，部分维保记录系事后补填。`,
        decisions: ['责令停止违法行为', `罚款${money(fineIn(rng, 10_000, 100_000, mitigation))}`],
        mitigationReason: '当事人立即对涉及电梯重新进行全面维护保养，主动消除违法行为危害后果',
      };
    },
  },
];

/** 食品安全法 fines: a fixed range below 10,000 yuan of goods, a multiple of the goods' value above it. */
function fineFood(rng: Rng, value: number, min: number, max: number, lowTimes: number, highTimes: number, m: Mitigation): number {
  return value < 10_000 ? fineIn(rng, min, max, m) : fineIn(rng, value * lowTimes, value * highTimes, m);
}

// ---------------------------------------------------------------------------------------------------------
// Parties, organs, dates

/** The counties of the seed city (GB/T 2260 2024), as @hub/city's frame has them. */
const COUNTIES = [
  ['330102', '上城区'], ['330105', '拱墅区'], ['330106', '西湖区'], ['330108', '滨江区'], ['330109', '萧山区'], ['330110', '余杭区'], ['330111', '富阳区'],
  ['330112', '临安区'], ['330113', '临平区'], ['330114', '钱塘区'], ['330122', '桐庐县'], ['330127', '淳安县'], ['330182', '建德市'],
].map(([code, name]) => ({ code, name }));

interface OrganRef { name: string; prefix: string; county: { code: string; name: string } | null }

function organsByDept(): Map<Dept, OrganRef[]> {
  const out = new Map<Dept, OrganRef[]>();
  for (const code of ['SCJG', 'YPJG', 'YJGL'] as Dept[]) {
    const dept = DEPARTMENTS.find((d) => d.code === code)!;
    out.set(code, organsOf({ counties: COUNTIES }, dept).map((o) => {
      const county = COUNTIES.find((c) => c.code === o.adCode) ?? null;
      return { name: o.name, county, prefix: `${dept.shortName}${county ? county.name.replace(/[区县市]$/, '') : ''}` };
    }));
  }
  return out;
}

interface Party { name: string; kind: 'company' | 'individual'; uscc: string; address: string; person: string }

const TRADE = ['华', '瑞', '恒', '信', '达', '鑫', '源', '泰', '安', '康', '和', '丰', '盛', '联', '通', '兴', '宏', '正', '嘉', '明', '新', '光', '远', '德', '晟', '钱', '湖', '江', '禾', '绿', '悦', '朗', '创', '佳'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '沈', '俞', '金', '方'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '文', '辉', '建', '华', '红', '玲', '斌', '宇', '浩', '婷'];
/** A few real roads of each county (addresses are made up: road and number). */
const ROADS: Record<string, string[]> = {
  上城区: ['解放路', '延安路', '秋涛路', '凤起东路'], 拱墅区: ['湖墅南路', '莫干山路', '上塘路', '和睦路'], 西湖区: ['文一路', '文二西路', '天目山路', '古墩路'],
  滨江区: ['江南大道', '滨盛路', '长河路', '西兴路'], 萧山区: ['市心中路', '金城路', '人民路', '通惠中路'], 余杭区: ['文一西路', '良睦路', '荆长路', '五常大道'],
  富阳区: ['金桥北路', '新登路', '江滨西大道', '恩波大道'], 临安区: ['钱王大街', '石镜街', '万马路', '城中街'], 临平区: ['临平大道', '迎宾路', '世纪大道', '藕花洲大街'],
  钱塘区: ['江东大道', '学源街', '下沙路', '义蓬路'], 桐庐县: ['迎春南路', '白云源路', '学圣路', '春江路'], 淳安县: ['新安东路', '环湖北路', '开发路', '排岭路'],
  建德市: ['新安江路', '严州大道', '江滨中路', '洋安大道'],
};
const BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function makeParty(rng: Rng, s: Scenario, county: { code: string; name: string }): Party {
  const individual = s.shops.length > 0 && (s.companies.length === 0 || rng.chance(s.individuals));
  const trade = rng.pick(TRADE) + rng.pick(TRADE);
  const person = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
  let body = '';
  for (let i = 0; i < 8; i++) body += BODY_CHARS[rng.int(0, BODY_CHARS.length - 1)];
  const address = `浙江省杭州市${county.name}${rng.pick(ROADS[county.name] ?? ['人民路'])}${rng.int(1, 999)}号${rng.chance(0.4) ? `${rng.int(1, 30)}幢${rng.int(1, 12)}${String(rng.int(1, 20)).padStart(2, '0')}室` : ''}`;
  return individual
    ? { kind: 'individual', name: `杭州市${county.name}${trade}${rng.pick(s.shops)}`, uscc: makeUscc('92', county.code, body), address, person }
    : { kind: 'company', name: `杭州${trade}${rng.pick(s.companies)}`, uscc: makeUscc('91', county.code, body), address, person };
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 3);
const LAST_DAY = Date.UTC(2025, 5, 30);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateText = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const CN_DIGITS = '〇一二三四五六七八九';
const chineseDate = (d: Date) =>
  `${[...String(d.getUTCFullYear())].map((c) => CN_DIGITS[Number(c)]).join('')}年${toChineseNumeral(d.getUTCMonth() + 1)}月${toChineseNumeral(d.getUTCDate())}日`;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

// ---------------------------------------------------------------------------------------------------------
// One decision

function buildDecision(rng: Rng, r: ResolvedScenario, organs: Map<Dept, OrganRef[]>, cites: CiteCache, numbers: Map<string, number>): PenaltyDecision {
  const s = r.scenario;
  const deptOrgans = organs.get(s.dept)!;
  // Most decisions are made by the county branches; the city bureau takes one in eight.
  const organ = rng.chance(0.125) ? deptOrgans[0] : rng.pick(deptOrgans.slice(1));
  const county = organ.county ?? rng.pick(COUNTIES);
  const decided = new Date(FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY);
  const inspected = addDays(decided, -rng.int(45, 150));
  const filed = addDays(inspected, rng.int(0, 7));
  const noticed = addDays(decided, -rng.int(10, 25));
  const year = decided.getUTCFullYear();
  const seqKey = `${organ.prefix}|${year}`;
  const seq = (numbers.get(seqKey) ?? 0) + 1;
  numbers.set(seqKey, seq);
  const decisionNo = `${organ.prefix}罚〔${year}〕${seq}号`;

  const party = makeParty(rng, s, county);
  const mitigation: Mitigation = s.mitigable && rng.chance(0.3) ? 'lighter' : 'none';
  const outcome = s.outcome({ rng, party, inspected, mitigation });
  // The fine is the amount of the 罚款 item (a decision has at most one).
  const finePart = outcome.decisions.find((d) => d.startsWith('罚款'));
  const hasFine = finePart !== undefined;
  const fine = hasFine ? Number(finePart.replace(/^罚款/, '').replace(/元$/, '')) : 0;
  const hearing = fine >= 50_000 || outcome.decisions.some((d) => /停止使用|责令关闭|停产停业/.test(d));

  const citations: DecisionCitation[] = [];
  const violatedText = citeText(r.violated);
  const basisText = citeText(r.basis);
  citations.push(cites.citation(s.basis, 'basis', r.quote));
  const definitions = (outcome.definitions ?? []).map((d) => {
    const c = cites.citation(d.cite, 'definition');
    citations.push(c);
    return d.sentence(c.citation);
  });
  citations.push(cites.citation(s.violated, 'violated'));

  const lines: string[] = [];
  lines.push(organ.name, '行政处罚决定书', decisionNo, '');
  lines.push(`当事人：${party.name}`);
  lines.push(`统一社会信用代码：${party.uscc}`);
  lines.push(`${party.kind === 'company' ? '住所' : '经营场所'}：${party.address}`);
  lines.push(`${party.kind === 'company' ? '法定代表人' : '经营者'}：${party.person}`, '');
  const lead = outcome.finding.startsWith('经')
    ? `${dateText(inspected)}，本局依法对当事人生产经营的产品组织监督抽查，${outcome.finding}。`
    : `${dateText(inspected)}，本局执法人员依法对当事人位于${party.address}的经营场所进行检查，发现${outcome.finding}。`;
  lines.push(`${lead}${dateText(filed)}，经本局负责人批准，本局对当事人涉嫌${s.violation}一案立案调查。`);
  lines.push(`经查，${outcome.facts}${definitions.join('')}当事人的上述行为属于${basisText}规定的“${r.quote}”的情形。`);
  const evidence = rng.sample(s.evidence, Math.min(s.evidence.length, rng.int(4, 6)));
  lines.push(`以上事实有${[...s.evidence.filter((e) => evidence.includes(e)), ...(outcome.evidence ?? [])].join('、')}等证据证明。`);
  const rights = hearing ? '陈述、申辩和要求听证' : '陈述、申辩';
  const reply = mitigation !== 'none'
    ? '当事人在法定期限内提出陈述、申辩意见，请求从轻处罚。本局经复核，对其合理部分予以采纳。'
    : rng.chance(0.7) ? `当事人在法定期限内未提出陈述、申辩意见${hearing ? '，也未要求听证' : ''}。` : '当事人在法定期限内提出陈述、申辩意见，但未提供新的事实和证据，本局经复核不予采纳。';
  lines.push(`${dateText(noticed)}，本局向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据和处罚内容，以及其依法享有的${rights}的权利。${reply}`);

  let mitigationText = '';
  if (mitigation !== 'none' && hasFine && outcome.mitigationReason) {
    const law = cites.citation({ law: '行政处罚法', article: '第三十二条', item: 1 }, 'mitigation');
    citations.push(law);
    mitigationText = `鉴于${outcome.mitigationReason}，依据${law.citation}的规定，对当事人${s.key === 'ad-superlative' ? '减轻' : '从轻'}处罚。`;
  }
  lines.push(`本局认为，当事人${s.violation}的行为违反了${violatedText}的规定。${mitigationText}依据${basisText}的规定，决定如下：`);
  outcome.decisions.forEach((d, i) => lines.push(`${ORDINALS[i]}、${d}${i === outcome.decisions.length - 1 ? '。' : '；'}`));
  lines.push('');
  if (hasFine || outcome.decisions.some((d) => d.startsWith('没收违法所得'))) {
    const enforcement = cites.citation({ law: '行政处罚法', article: '第七十二条', paragraph: 1, item: 1 }, 'enforcement');
    citations.push(enforcement);
    lines.push(`当事人应当自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚没款。${hasFine ? `到期不缴纳罚款的，本局将依据${enforcement.citation}的规定，每日按罚款数额的百分之三加处罚款。` : ''}`);
  }
  lines.push('如不服本处罚决定，可以在收到本决定书之日起六十日内向杭州市人民政府申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。', '');
  lines.push(organ.name, chineseDate(decided));

  return {
    id: `decision:${decisionNo}`,
    title: `关于${party.name}${s.violation}的行政处罚决定书`,
    decisionNo,
    authority: organ.name,
    date: iso(decided),
    party: party.name,
    text: lines.join('\n'),
    violation: s.violation,
    citations: orderOfAppearance(citations, lines.join('\n')),
  };
}

/** Citations in the order the text first cites them (each once). */
function orderOfAppearance(citations: DecisionCitation[], text: string): DecisionCitation[] {
  const seen = new Set<string>();
  return citations
    .filter((c) => !seen.has(`${c.role}|${c.citation}`) && seen.add(`${c.role}|${c.citation}`))
    .map((c) => ({ c, at: text.indexOf(c.citation) }))
    .sort((a, b) => a.at - b.at)
    .map(({ c }) => c);
}
