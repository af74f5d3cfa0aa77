import { registerEnumType } from 'type-graphql';

// GraphQL names must be ASCII; the stored values are the Chinese terms of domain.md §11.5.

/** 诉求类型 */
export enum ComplaintKind {
  complaint = '投诉',
  tip = '举报',
  consultation = '咨询',
}
registerEnumType(ComplaintKind, {
  name: 'ComplaintKind',
  description: '诉求类型',
  valuesConfig: { complaint: { description: '投诉' }, tip: { description: '举报' }, consultation: { description: '咨询' } },
});

/** 受理渠道 */
export enum ComplaintChannel {
  hotline12345 = '12345',
  hotline12315 = '12315',
  website = '网站',
  letter = '来信',
  visit = '来访',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '受理渠道',
  valuesConfig: {
    hotline12345: { description: '12345 政务服务便民热线' },
    hotline12315: { description: '12315 市场监管投诉举报热线' },
    website: { description: '网站' },
    letter: { description: '来信' },
    visit: { description: '来访' },
  },
});

/** 办理状态: 受理 → 办理 → 办结, or 受理 → 不予受理. */
export enum ComplaintStatus {
  accepted = '受理',
  handling = '办理',
  closed = '办结',
  rejected = '不予受理',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '办理状态',
  valuesConfig: {
    accepted: { description: '受理' },
    handling: { description: '办理' },
    closed: { description: '办结' },
    rejected: { description: '不予受理' },
  },
});

/** Statuses that end a complaint: they carry a result and a closing date. */
export const FINAL_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.closed, ComplaintStatus.rejected];
