// Inputs that pass every rule; each test breaks one thing.

export const enforcerInput = (certNo: string, idNo: string, extra: Record<string, unknown> = {}) => ({
  name: '测试执法员', idNo, certNo, certIssuer: '杭州市人民政府', certValidFrom: '2024-01-01', certValidTo: '2028-12-31',
  fields: ['市场监管'], orgName: '杭州市市场监督管理局', orgUscc: '91330100716105852F', adCode: '330106', ...extra,
});

export const inspectionInput = (actionCode: string, certNos: string[], extra: Record<string, unknown> = {}) => ({
  actionCode, actionName: '食品经营日常检查', itemCode: '12345678901234', implListCode: '91330100716105852F300001',
  orgName: '杭州市市场监督管理局', orgCode: 'TESTORG', objectType: '1', partyName: '杭州测试科技有限公司', partyNature: '法人及非法人组织',
  partyCertType: '001', partyCertNo: '91330100716105852F', adCode: '330106', checkForm: '现场检查', checkCategory: '日常',
  result: '未发现问题', checkDate: '2025-03-01', reportedAt: '2025-03-02T10:00:00+08:00',
  inspectors: certNos.map((certNo) => ({ certNo })), ...extra,
});

export const penaltyInput = (inspectionId: string, decisionNo: string, extra: Record<string, unknown> = {}) => ({
  inspectionId, actionName: '对杭州测试科技有限公司的行政处罚', caseSource: '监督检查', illegalFacts: '经营超过保质期的食品',
  basis: '《食品安全法》第一百二十四条', procedure: '一般', hearing: false, filedAt: '2025-03-05', criminal: false,
  decisionNo, decisionDate: '2025-03-20', penaltyTypes: ['01', '02'], fineYuan: 5000, resultText: '警告并罚款人民币5000元',
  reconsideration: '未申请', litigation: '未提起',
  closing: { mode: '自觉履行', result: '执行完毕', paidYuan: 5000, noPenalty: false, date: '2025-04-10' },
  reportedAt: '2025-04-12T09:30:00+08:00', ...extra,
});

export const CREATE_ENFORCER = 'mutation($input: CreateEnforcerInput!) { createEnforcer(input: $input) { id certNo idNoMasked version } }';
export const CREATE_INSPECTION = `mutation($input: InspectionInput!) { createInspection(input: $input) {
  id version actionCode inspectors { name certNo isLeader enforcer { id certNo } } } }`;
export const CREATE_PENALTY = 'mutation($input: PenaltyInput!) { createPenalty(input: $input) { id decisionNo partyName orgCode inspection { id } } }';
export const CREATE_COERCION = 'mutation($input: CoercionInput!) { createCoercion(input: $input) { id kind itemCode inspection { id } } }';
