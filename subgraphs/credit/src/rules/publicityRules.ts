import { Problems } from '@hub/runtime';
import { checkNotBefore } from './dateOrder';

interface PenaltyDates {
  decisionDate: string;
  publishedAt: string;
  publicUntil: string;
  validUntil?: string | null;
}

/** 双公示 行政处罚: published on or after the decision, public and valid until a date not before it. */
export function checkPenaltyPublicityRules(input: PenaltyDates, problems: Problems): void {
  checkNotBefore(problems, input.decisionDate, input.publishedAt, 'publishedAt', '公示日期不能早于处罚决定日期');
  checkNotBefore(problems, input.decisionDate, input.publicUntil, 'publicUntil', '公示截止期不能早于处罚决定日期');
  checkNotBefore(problems, input.decisionDate, input.validUntil, 'validUntil', '处罚有效期不能早于处罚决定日期');
}

/** 双公示 行政许可: a validity period that ends no earlier than it starts. */
export function checkLicensePublicityRules(input: { validFrom: string; validTo: string }, problems: Problems): void {
  checkNotBefore(problems, input.validFrom, input.validTo, 'validTo', '有效期至不能早于有效期自');
}
