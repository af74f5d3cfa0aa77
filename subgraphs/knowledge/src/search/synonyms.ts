/**
 * 口语 → 法律用语: words people type for what the texts call otherwise (过期 → 超过保质期). A query term
 * also matches its alternatives; each alternative is one index token. Kept short and reviewed by hand:
 * every entry must be a word the laws really use for the same thing.
 */
export const SYNONYMS: Record<string, string[]> = {
  过期: ['保质期'],
  卖: ['销售'],
  售卖: ['销售'],
  出售: ['销售'],
  贩卖: ['销售'],
  无证: ['许可证', '未取得'],
  无照: ['营业执照'],
  执照: ['营业执照', '许可证'],
  假货: ['假冒', '伪造'],
  山寨: ['假冒', '仿冒'],
  罚钱: ['罚款'],
  罚多少: ['罚款'],
  罚多少钱: ['罚款'],
  缺斤短两: ['计量'],
  短斤少两: ['计量'],
  黑作坊: ['小作坊'],
  地沟油: ['餐厨废弃物'],
  吊销执照: ['吊销'],
  饭店: ['餐饮服务'],
  餐馆: ['餐饮服务'],
  饭馆: ['餐饮服务'],
  小吃店: ['餐饮服务'],
  商店: ['经营者'],
  超市: ['经营者'],
  商家: ['经营者'],
  老板: ['经营者'],
  厂家: ['生产者'],
  工厂: ['生产者'],
  消费者投诉: ['投诉'],
  退钱: ['退货', '赔偿'],
  赔钱: ['赔偿'],
  假药: ['假药', '劣药'],
  农药残留: ['农药残留'],
  偷税: ['偷税', '逃避缴纳'],
  漏税: ['偷税', '逃避缴纳'],
  欠薪: ['拖欠', '工资'],
  拖欠工资: ['拖欠', '工资'],
  黑车: ['非法营运'],
  噪音: ['噪声'],
  乱排: ['排放'],
  偷排: ['排放', '逃避监管'],
};

export function synonymsOf(term: string): string[] {
  return (SYNONYMS[term] ?? []).filter((s) => s !== term);
}
