import { stableId } from '@hub/codes';
import { CityEnforcer, CityFrame, CityInspection, subjectAt } from '@hub/city';
import { hashIdNo, maskIdNo } from './rules/mask';

// The seed city's records as table rows keyed by column name; every row of a table has the same keys
// (the seed sends them as one JSON array per batch).

const SEED_DEPT = 'SEED';


export function enforcerRow(frame: CityFrame, e: CityEnforcer) {
  return {
    id: e.id, source_dept: SEED_DEPT, name: e.name, id_no_hash: hashIdNo(e.idNo), id_no_masked: maskIdNo(e.idNo),
    cert_no: e.certNo, cert_issuer: e.certIssuer, cert_valid_from: e.certValidFrom, cert_valid_to: e.certValidTo,
    fields: e.fields, org_name: e.orgName, org_uscc: e.orgUscc, ad_code: e.adCode, status: e.status, is_expert: e.isExpert,
    conflicts: e.conflicts.map((c) => ({ subjectId: subjectAt(frame, c.subjectIndex).id, reason: c.reason, until: c.until })),
  };
}

export function inspectionRow(i: CityInspection) {
  const s = i.subject;
  return {
    id: i.id, source_dept: SEED_DEPT, action_code: i.actionCode, action_name: i.actionName.slice(0, 500), item_code: i.itemCode,
    impl_list_code: i.implListCode, plan_id: i.planId, org_name: i.orgName, org_code: i.orgCode, object_type: i.objectType,
    party_name: s.name, party_nature: i.partyNature, party_cert_type: s.certType, party_cert_no: s.certNo,
    reg_address: s.regAddress, biz_address: s.bizAddress, ad_code: s.adCode, check_form: i.checkForm, check_category: i.checkCategory,
    check_mode: i.checkMode, result: i.result, check_date: i.checkDate, reported_at: i.reportedAt, reported_by: i.reportedBy, subject_id: s.id,
  };
}

export const inspectorRows = (i: CityInspection) => i.inspectors.map((x, ordinal) => ({
  id: stableId('inspection-inspector', i.id, ordinal), inspection_id: i.id, enforcer_id: x.enforcerId, name: x.name, cert_no: x.certNo,
  ordinal, is_leader: ordinal === 0,
}));

const copied = (i: CityInspection) => ({
  subject_id: i.subject.id, party_name: i.subject.name, party_cert_no: i.subject.certNo, ad_code: i.subject.adCode, org_name: i.orgName, org_code: i.orgCode,
});

export function penaltyRow(i: CityInspection) {
  const p = i.penalty!;
  const closing = p.closingDate
    ? { mode: p.closingMode, result: '执行完毕', paidYuan: p.paidYuan, noPenalty: false, date: p.closingDate }
    : null;
  return {
    id: p.id, source_dept: SEED_DEPT, inspection_id: i.id, case_no: p.caseNo, action_name: p.actionName.slice(0, 500), case_source: p.caseSource,
    illegal_facts: p.illegalFacts.slice(0, 400), basis: p.basis.citation.slice(0, 400), basis_article_ids: p.basis.articleId ? [p.basis.articleId] : [],
    procedure: p.procedure, hearing: p.hearing, filed_at: p.filedAt, criminal: p.criminal, major: p.major,
    legal_review: p.procedure === '一般' ? { done: true, date: p.decisionDate, opinion: '事实清楚，证据确凿，适用依据正确' } : null,
    collective: p.major ? { done: true, date: p.decisionDate, conclusion: '同意处罚' } : null,
    decision_no: p.decisionNo, decision_date: p.decisionDate, penalty_types: p.penaltyTypes, fine_yuan: p.fineYuan, confiscated_yuan: p.confiscatedYuan,
    result_text: p.resultText.slice(0, 1000), reconsideration: p.reconsideration, litigation: p.litigation,
    closing, reported_at: p.reportedAt, ...copied(i),
  };
}

export function coercionRow(i: CityInspection) {
  const c = i.coercion!;
  return {
    id: c.id, source_dept: SEED_DEPT, inspection_id: i.id, action_code: c.actionCode, action_name: `${c.measureType}（${i.subject.name}）`.slice(0, 400),
    decision_no: c.decisionNo, kind: c.kind, measure_type: c.measureType, basis: c.basis.slice(0, 1000), facts: c.facts.slice(0, 1000),
    start: c.start, end: c.end, reported_at: c.reportedAt, item_code: i.itemCode, ...copied(i),
  };
}

export function otherActionRow(i: CityInspection) {
  const o = i.otherAction!;
  return {
    id: o.id, source_dept: SEED_DEPT, inspection_id: i.id, action_code: o.actionCode, action_name: o.actionName, item_code: i.itemCode,
    source: o.source, measure: o.measure, closing: o.closing, start: o.start, end: o.end, reported_at: o.reportedAt,
    party_cert_type: i.subject.certType, ...copied(i),
  };
}
