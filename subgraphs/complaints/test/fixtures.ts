import { graphqlRequest } from '@hub/runtime/testing';

/** A valid new complaint; tests override what they are about. */
export const newComplaint = (extra: Record<string, unknown> = {}) => ({
  // The fixed dispute date only fits the default receipt date.
  ...('receivedAt' in extra ? { disputeDate: null } : {}),
  kind: 'complaint',
  channel: 'hotline12345',
  receivedAt: '2026-11-20T10:00:00+08:00',
  complainantName: '王五',
  complainantPhone: '13812345678',
  targetName: '杭州测试餐饮有限公司',
  targetCertNo: '91330100716105852F',
  territory: '330106',
  serviceType: '服务',
  serviceName: '餐饮服务',
  ...('receivedAt' in extra ? {} : { disputeDate: '2026-11-18' }),
  detail: '反映该店销售过期食品，请求依法查处。',
  itemCode: '33010600100001',
  assignedOrg: '杭州市西湖区市场监督管理局',
  ...extra,
});

export const COMPLAINT_FIELDS = `id no kind channel receivedAt complainantName complainantPhoneMasked targetName targetCertNo subjectId
  territory serviceType serviceName disputeDate detail itemCode assignedOrg status dueAt closedAt result satisfaction overdue version
  subject { id } item { itemCode }`;

export const CREATE = `mutation($input: ComplaintInput!) { createComplaint(input: $input) { queryCode complaint { ${COMPLAINT_FIELDS} } } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateComplaintInput!, $v: Int!) { updateComplaint(id: $id, input: $input, expectedVersion: $v) { ${COMPLAINT_FIELDS} } }`;
export const CHANGE_STATUS = `mutation($id: ID!, $status: ComplaintStatus!, $result: String, $closedAt: LocalDate, $v: Int!) {
  changeComplaintStatus(id: $id, status: $status, result: $result, closedAt: $closedAt, expectedVersion: $v) { id status result closedAt version } }`;
export const TRACK = 'query($no: String!, $code: String!) { trackComplaint(no: $no, queryCode: $code) { no status receivedAt dueAt closedAt result } }';

/** Creates a complaint and fails loudly if it was refused. */
export async function create(url: string, extra: Record<string, unknown> = {}) {
  const response = await graphqlRequest(url, CREATE, { input: newComplaint(extra) });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.createComplaint as { queryCode: string; complaint: Record<string, any> };
}

/** [code, field] of every problem of the first error. */
export const problemsOf = (errors: any[] | undefined): [string, string][] =>
  (errors?.[0]?.extensions?.problems ?? [errors?.[0]?.extensions]).map((p: any) => [p?.code, p?.field]);
