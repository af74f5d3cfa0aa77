import { lawArticleId } from '@hub/city';
import { stableId } from '@hub/codes';

/**
 * 裁量基准 for penalty articles the seed city's departments apply. Basis articles are named by law file
 * and article number, so their ids equal those of the loaded laws (`lawArticleId`), loaded or not yet.
 */
const RULES = [
  {
    code: 'CLJZ-SPAQ-124', title: '生产经营不符合食品安全标准的食品', field: '食品安全', basis: [['法律/食品安全法(2021-04-29)', '第一百二十四条']],
    discretion: [
      { circumstance: '情节轻微：货值金额不足一万元，首次违法且及时改正', range: '没收违法所得和违法生产经营的食品，并处五万元以上七万元以下罚款' },
      { circumstance: '情节一般：货值金额不足一万元，或货值金额一万元以上但未造成危害后果', range: '并处七万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上十五倍以下罚款' },
      { circumstance: '情节严重：造成危害后果或一年内再次违法', range: '并处货值金额十五倍以上二十倍以下罚款，吊销许可证' },
    ],
  },
  {
    code: 'CLJZ-SPAQ-122', title: '未取得食品生产经营许可从事食品生产经营活动', field: '食品安全', basis: [['法律/食品安全法(2021-04-29)', '第一百二十二条']],
    discretion: [
      { circumstance: '情节轻微：货值金额不足一万元，主动停止违法行为', range: '没收违法所得和食品，并处五万元以上七万元以下罚款' },
      { circumstance: '情节一般：货值金额不足一万元', range: '并处七万元以上十万元以下罚款' },
      { circumstance: '情节严重：货值金额一万元以上', range: '并处货值金额十倍以上二十倍以下罚款' },
    ],
  },
  {
    code: 'CLJZ-TZSB-84', title: '使用未经检验或检验不合格的特种设备', field: '特种设备安全', basis: [['法律/特种设备安全法(2013-06-29)', '第八十四条']],
    discretion: [
      { circumstance: '情节轻微：检验过期不足三个月且未发生事故', range: '责令停止使用，处三万元以上十万元以下罚款' },
      { circumstance: '情节一般：检验不合格仍继续使用', range: '责令停止使用，处十万元以上二十万元以下罚款' },
      { circumstance: '情节严重：使用国家明令淘汰或已报废的设备', range: '责令停止使用，处二十万元以上三十万元以下罚款' },
    ],
  },
  {
    code: 'CLJZ-AQSC-97', title: '未按规定配备安全生产管理人员或开展安全生产教育培训', field: '安全生产', basis: [['法律/安全生产法(2021-06-10)', '第九十七条']],
    discretion: [
      { circumstance: '情节轻微：责令限期改正后按期改正', range: '处五万元以下罚款' },
      { circumstance: '情节一般：存在两项以上情形', range: '处五万元以上十万元以下罚款' },
      { circumstance: '情节严重：逾期未改正', range: '责令停产停业整顿，并处十万元以上二十万元以下罚款' },
    ],
  },
  {
    code: 'CLJZ-XF-60', title: '消防设施、疏散通道不符合要求', field: '消防安全', basis: [['法律/消防法(2021-04-29)', '第六十条']],
    discretion: [
      { circumstance: '情节轻微：一处违法且当场改正', range: '处五千元以上一万元以下罚款' },
      { circumstance: '情节一般：两处以上违法', range: '处一万元以上三万元以下罚款' },
      { circumstance: '情节严重：人员密集场所或拒不改正', range: '处三万元以上五万元以下罚款' },
    ],
  },
];

export function builtinInspectionRules() {
  return RULES.map(({ basis, ...r }) => ({
    id: stableId('inspection-rule', r.code),
    ...r,
    basisArticleIds: basis.map(([fileId, numberText]) => lawArticleId(fileId, numberText)),
  }));
}
