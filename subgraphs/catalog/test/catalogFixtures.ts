// Inputs and operations shared by the catalogue tests.

export const ITEM_FIELDS = 'id itemCode name versionNo effectiveFrom effectiveTo isCurrent deptCode status';

export const CREATE_ITEM = `mutation($input: CreateRegItemInput!) { createRegItem(input: $input) { ${ITEM_FIELDS} subItems { id subItemCode basisText basisArticles { id } } } }`;
export const UPDATE_ITEM = `mutation($code: String!, $input: RegItemInput!, $v: Int!, $from: LocalDate) {
  updateRegItem(itemCode: $code, input: $input, expectedVersion: $v, effectiveFrom: $from) { ${ITEM_FIELDS} subItems { id subItemCode name } } }`;
export const CREATE_LIST = 'mutation($input: CreateCheckImplListInput!) { createCheckImplList(input: $input) { id code versionNo orgUscc execLevel contents { code } item { itemCode } } }';
export const UPDATE_LIST = `mutation($code: String!, $input: CheckImplListInput!, $v: Int!, $from: LocalDate) {
  updateCheckImplList(code: $code, input: $input, expectedVersion: $v, effectiveFrom: $from) { id code versionNo effectiveFrom checkFreq contents { code content } } }`;

export const subItem = (subItemCode: string, extra: Record<string, unknown> = {}) => ({
  subItemCode, name: '食品经营者经营资质检查', objectCategory: '1', objectDesc: '食品经营者', form: '双随机抽查', method: '现场检查',
  level: '市', basisArticleIds: ['0b3c5c8e-8f5a-5d2e-9c1f-2a7e4b6d8c10'], basisText: '《食品安全法》第一百一十条',
  process: '制定计划→实施检查→记录结果', result: '检查结果依法公示', scope: ['市', '县'], status: 1, ...extra,
});

export const itemInput = (itemCode: string, extra: Record<string, unknown> = {}) => ({
  itemCode, name: '对食品经营者经营资质的行政检查', deptName: '杭州市市场监督管理局', deptCode: 'TEST', dutyCode: 'A020',
  lineCode: 'A0200000001', category: 'INSPECTION', status: 1, subItems: [subItem(`${itemCode}01`)], ...extra,
});

/** The item fields of an update (no code, no effective date: those are arguments). */
export const itemChanges = (extra: Record<string, unknown> = {}) => {
  const { itemCode: _c, subItems: _s, ...fields } = itemInput('00000000000000');
  return { ...fields, ...extra };
};

export const ALIBABA = '91330100716105852F';

export const listFields = (itemCode: string, extra: Record<string, unknown> = {}) => ({
  itemCode, orgName: '杭州市测试实施机构', orgUscc: ALIBABA, execLevel: 3, adCode: '330100', checkMethod: '现场检查',
  checkFreq: '每年不少于1次', checkBasis: '《食品安全法》第一百一十条', objects: '食品经营者', isRandomItem: true, randomRatio: 0.05,
  keyOrGeneral: 'GENERAL',
  contents: [{ code: 'C01', content: '检查经营资质', method: '查阅资料', penaltyBasis: '《食品安全法》第一百二十二条', checkType: 'RANDOM' }],
  ...extra,
});

export const listInput = (code: string, itemCode: string, extra: Record<string, unknown> = {}) => ({ code, ...listFields(itemCode), ...extra });

export const problemsOf = (errors: any[] | undefined) => (errors?.[0].extensions.problems ?? [errors?.[0].extensions]).map((p: any) => [p.code, p.field]);
