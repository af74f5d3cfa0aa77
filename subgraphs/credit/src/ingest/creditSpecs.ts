import type { FieldSpec, RecordTypeSpec } from '@hub/governance';

/** The party block of the 信用中国 双公示 formats (cf_xdr_* / XK_XDR_*). */
const PARTY: FieldSpec[] = [
  { name: 'partyName', header: '行政相对人名称', aliases: ['cf_xdr_mc', 'XK_XDR_MC', '相对人名称'], kind: 'text', required: true, maxLength: 200, example: '杭州某某食品有限公司' },
  { name: 'partyCategory', header: '行政相对人类别', aliases: ['cf_xdr_lb', 'XK_XDR_LB', '相对人类别'], kind: 'text', required: true, codeTable: 'partyNature', example: '法人及非法人组织' },
  { name: 'uscc', header: '统一社会信用代码', aliases: ['行政相对人代码_1(统一社会信用代码)', '行政相对人代码_1', 'cf_xdr_shxym', 'XK_XDR_SHXYM'], kind: 'certNo', maxLength: 18, example: '91330100716105852F' },
  { name: 'legalRep', header: '法定代表人', aliases: ['cf_frdb', 'XK_FRDB'], kind: 'text', maxLength: 50, example: '张三' },
];

/** 双公示 行政处罚 (信用中国 format, domain.md §4). Amounts in 万元; a file may say 元 in header or cell. */
export const penaltyPublicitySpec: RecordTypeSpec = {
  type: 'penaltyPublicity',
  title: '行政处罚公示',
  library: 'credit',
  naturalKey: ['authorityUscc', 'decisionNo'],
  fields: [
    ...PARTY,
    { name: 'regNo', header: '工商注册号', aliases: ['行政相对人代码_2(工商注册号)', '行政相对人代码_2'], kind: 'code', maxLength: 50, example: '' },
    { name: 'orgCode', header: '组织机构代码', aliases: ['行政相对人代码_3(组织机构代码)', '行政相对人代码_3'], kind: 'code', maxLength: 10, example: '' },
    { name: 'taxNo', header: '税务登记号', aliases: ['行政相对人代码_4(税务登记号)', '行政相对人代码_4'], kind: 'code', maxLength: 50, example: '' },
    { name: 'instCertNo', header: '事业单位证书号', aliases: ['行政相对人代码_5(事业单位证书号)', '行政相对人代码_5'], kind: 'code', maxLength: 50, example: '' },
    { name: 'socialOrgNo', header: '社会组织登记证号', aliases: ['行政相对人代码_6(社会组织登记证号)', '行政相对人代码_6'], kind: 'code', maxLength: 50, example: '' },
    { name: 'legalRepCertType', header: '法定代表人证件类型', kind: 'text', maxLength: 20, example: '' },
    { name: 'legalRepCertNo', header: '法定代表人证件号码', kind: 'certNo', maxLength: 64, example: '' },
    { name: 'decisionNo', header: '行政处罚决定书文号', aliases: ['cf_wsh', '处罚决定书文号', '决定书文号'], kind: 'text', required: true, maxLength: 128, example: '杭市监罚〔2024〕1号' },
    { name: 'illegalType', header: '违法行为类型', aliases: ['cf_wfxw'], kind: 'text', required: true, maxLength: 2000, example: '违反《食品安全法》' },
    { name: 'illegalFacts', header: '违法事实', aliases: ['cf_sy'], kind: 'text', required: true, maxLength: 5000, example: '销售超过保质期的食品' },
    { name: 'basis', header: '处罚依据', aliases: ['cf_yj'], kind: 'text', required: true, maxLength: 2000, example: '《食品安全法》第一百二十四条' },
    { name: 'penaltyCategory', header: '处罚类别', aliases: ['cf_cflb'], kind: 'text', required: true, maxLength: 256, example: '警告;罚款' },
    { name: 'content', header: '处罚内容', aliases: ['cf_nr'], kind: 'text', required: true, maxLength: 4000, example: '警告，罚款人民币5000元' },
    { name: 'fineWan', header: '罚款金额（万元）', aliases: ['罚款金额', 'cf_nr_fk'], kind: 'money', moneyUnit: '万元', example: '0.5' },
    { name: 'confiscatedWan', header: '没收违法所得、没收非法财物的金额（万元）', aliases: ['没收违法所得、没收非法财物的金额', '没收金额', 'cf_nr_wfff'], kind: 'money', moneyUnit: '万元', example: '' },
    { name: 'licenceInfo', header: '暂扣或吊销证照名称及编号', aliases: ['cf_nr_zkdx'], kind: 'text', maxLength: 200, example: '' },
    { name: 'decisionDate', header: '处罚决定日期', aliases: ['cf_jdrq', '作出行政处罚决定日期'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'validUntil', header: '处罚有效期', aliases: ['cf_yxq'], kind: 'date', example: '2027-06-01' },
    { name: 'publicUntil', header: '公示截止期', aliases: ['cf_gsjzq'], kind: 'date', required: true, example: '2025-06-01' },
    { name: 'publishedAt', header: '公示日期', aliases: ['cf_gsrq'], kind: 'date', example: '2024-06-05', description: '不填为导入当日' },
    { name: 'authority', header: '处罚机关', aliases: ['cf_cfjg'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'authorityUscc', header: '处罚机关统一社会信用代码', aliases: ['cf_cfjgdm', '处罚机关代码'], kind: 'code', required: true, maxLength: 18, example: '11330100002510106X' },
    { name: 'dataSource', header: '数据来源单位', aliases: ['cf_sjly'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'dataSourceUscc', header: '数据来源单位统一社会信用代码', aliases: ['cf_sjlydm', '数据来源单位代码'], kind: 'code', required: true, maxLength: 18, example: '11330100002510106X' },
    { name: 'status', header: '公示状态', aliases: ['publicstatus'], kind: 'code', codeTable: 'publicityStatus', example: '0', description: '0 正常、1 撤销、2 删除；不填为0' },
    { name: 'remark', header: '备注', aliases: ['bz'], kind: 'text', maxLength: 512, example: '' },
  ],
};

/** 双公示 行政许可 (XK_* keys, domain.md §4). */
export const licensePublicitySpec: RecordTypeSpec = {
  type: 'licensePublicity',
  title: '行政许可公示',
  library: 'credit',
  naturalKey: ['authorityUscc', 'docNo'],
  fields: [
    ...PARTY,
    { name: 'docName', header: '行政许可决定文书名称', aliases: ['XK_XKWS', '许可文书名称'], kind: 'text', required: true, maxLength: 64, example: '食品经营许可决定书' },
    { name: 'docNo', header: '行政许可决定文书号', aliases: ['XK_WSH', '许可文书号'], kind: 'text', required: true, maxLength: 64, example: '杭市监许〔2024〕1号' },
    { name: 'category', header: '许可类别', aliases: ['XK_XKLB'], kind: 'text', required: true, codeTable: 'licenceCategory', example: '普通' },
    { name: 'certName', header: '许可证书名称', aliases: ['XK_XKZS'], kind: 'text', maxLength: 64, example: '食品经营许可证' },
    { name: 'licenceNo', header: '许可编号', aliases: ['XK_XKBH'], kind: 'code', maxLength: 64, example: 'JY13301020000001' },
    { name: 'content', header: '许可内容', aliases: ['XK_NR'], kind: 'text', required: true, maxLength: 4000, example: '预包装食品销售' },
    { name: 'decisionDate', header: '许可决定日期', aliases: ['XK_JDRQ'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'validFrom', header: '有效期自', aliases: ['XK_YXQZ'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'validTo', header: '有效期至', aliases: ['XK_YXQZI'], kind: 'date', required: true, example: '2029-05-31' },
    { name: 'authority', header: '许可机关', aliases: ['XK_XKJG'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'authorityUscc', header: '许可机关统一社会信用代码', aliases: ['XK_XKJGDM', '许可机关代码'], kind: 'code', required: true, maxLength: 18, example: '11330100002510106X' },
    { name: 'status', header: '当前状态', aliases: ['XK_ZT', '许可状态'], kind: 'text', required: true, codeTable: 'licenceStatus', example: '有效' },
    { name: 'dataSource', header: '数据来源单位', aliases: ['XK_LYDW'], kind: 'text', required: true, maxLength: 200, example: '杭州市市场监督管理局' },
    { name: 'dataSourceUscc', header: '数据来源单位统一社会信用代码', aliases: ['XK_LYDWDM'], kind: 'code', maxLength: 18, example: '11330100002510106X' },
    { name: 'remark', header: '备注', aliases: ['BZ'], kind: 'text', maxLength: 512, example: '' },
  ],
};

/** 信用名单 entries (经营异常名录, 严重违法失信名单, 红黑名单). */
export const creditListingSpec: RecordTypeSpec = {
  type: 'creditListing',
  title: '信用名单',
  library: 'credit',
  naturalKey: ['uscc', 'listType', 'listedAt'],
  fields: [
    { name: 'listType', header: '名单类别', aliases: ['名单类型'], kind: 'text', required: true, codeTable: 'listType', example: '经营异常名录' },
    { name: 'listName', header: '名单名称', kind: 'text', maxLength: 100, example: '经营异常名录', description: '不填为名单类别的名称' },
    { name: 'uscc', header: '统一社会信用代码', aliases: ['主体统一社会信用代码'], kind: 'certNo', required: true, maxLength: 18, example: '91330100716105852F' },
    { name: 'partyName', header: '主体名称', aliases: ['企业名称', '行政相对人名称'], kind: 'text', maxLength: 200, example: '杭州某某食品有限公司' },
    { name: 'reason', header: '列入原因', aliases: ['abnormalPutrs', 'illegalReason'], kind: 'text', required: true, maxLength: 500, example: '未按照规定期限公示年度报告' },
    { name: 'listedAt', header: '列入日期', aliases: ['abnormalPutdate', 'illegalPutdate'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'listedBy', header: '列入机关', aliases: ['作出列入决定机关', 'abnormalPutdptm'], kind: 'text', maxLength: 200, example: '杭州市市场监督管理局', description: '须为报送部门名称；不填则为报送部门' },
    { name: 'basis', header: '列入依据', kind: 'text', required: true, maxLength: 500, example: '《企业经营异常名录管理暂行办法》' },
    { name: 'removedAt', header: '移出日期', aliases: ['abnormalListDate'], kind: 'date', example: '' },
    { name: 'removedReason', header: '移出原因', aliases: ['abnormalListRreasons'], kind: 'text', maxLength: 500, example: '' },
    { name: 'removedBy', header: '移出机关', aliases: ['作出移出决定机关', 'abnormalListPutdptm'], kind: 'text', maxLength: 200, example: '' },
    { name: 'until', header: '列入期限届满日', aliases: ['listPeriodEnd'], kind: 'date', example: '' },
  ],
};
