/** Valid inputs the tests vary one field at a time (USCCs from domain.md §12). */
export const AUTHORITY_USCC = '91110000710926094P';

export const penaltyInput = (extra: Record<string, unknown> = {}) => ({
  partyName: '阿里巴巴（中国）有限公司', partyCategory: '法人及非法人组织', uscc: '91330100716105852F', legalRep: '张三',
  decisionNo: `杭市监罚〔2024〕${Math.floor(Math.random() * 1e9)}号`, illegalType: '违反《广告法》', illegalFacts: '发布虚假广告',
  basis: '《中华人民共和国广告法》第五十五条', penaltyCategory: '罚款', content: '罚款人民币125元', fineWan: '0.0125',
  decisionDate: '2024-06-07', validUntil: '2027-06-07', publicUntil: '2025-06-07', publishedAt: '2024-06-12',
  authority: '杭州市市场监督管理局', authorityUscc: AUTHORITY_USCC, dataSource: '杭州市市场监督管理局', dataSourceUscc: AUTHORITY_USCC,
  ...extra,
});

export const licenseInput = (extra: Record<string, unknown> = {}) => ({
  partyName: '阿里巴巴（中国）有限公司', partyCategory: '法人及非法人组织', uscc: '91330100716105852F',
  docName: '食品经营许可决定书', docNo: `杭市监许〔2024〕${Math.floor(Math.random() * 1e9)}号`, category: '普通', certName: '食品经营许可证', licenceNo: 'JY13301000000001',
  content: '准予从事食品销售经营活动', decisionDate: '2024-03-01', validFrom: '2024-03-01', validTo: '2029-02-28',
  authority: '杭州市市场监督管理局', authorityUscc: AUTHORITY_USCC, status: 'valid', dataSource: '杭州市市场监督管理局',
  ...extra,
});

export const listingInput = (extra: Record<string, unknown> = {}) => ({
  listType: 'abnormal', listName: '经营异常名录', uscc: '91330100716105852F', partyName: '阿里巴巴（中国）有限公司',
  reason: '未按照规定期限公示年度报告', listedAt: '2024-07-01', listedBy: '杭州市市场监督管理局', basis: '《企业经营异常名录管理暂行办法》',
  ...extra,
});

export const CREATE_PENALTY = 'mutation($input: PenaltyPublicityInput!) { createPenaltyPublicity(input: $input) { id uscc fineWan confiscatedWan publishedOnTime publishDeadline version } }';
export const CREATE_LICENSE = 'mutation($input: LicensePublicityInput!) { createLicensePublicity(input: $input) { id validTo status version } }';
export const LIST_SUBJECT = 'mutation($input: CreditListingInput!) { listSubject(input: $input) { id listedAt version } }';
export const REMOVE_LISTING = `mutation($id: ID!, $removedAt: LocalDate!, $reason: String, $removedBy: String!, $v: Int!) {
  removeListing(id: $id, removedAt: $removedAt, reason: $reason, removedBy: $removedBy, expectedVersion: $v) { removedAt removedReason removedBy version } }`;
