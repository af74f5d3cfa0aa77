import { Problems } from '@hub/runtime';
import { checkNotBefore } from './dateOrder';

/** A listing's term, when it has one, ends no earlier than the listing. */
export function checkListingRules(input: { listedAt: string; until?: string | null }, problems: Problems): void {
  checkNotBefore(problems, input.listedAt, input.until, 'until', '列入期限届满日不能早于列入日期');
}

/** Taking a subject off a list needs a date not before the listing, a reason and the deciding authority. */
export function checkRemovalRules(
  listedAt: string,
  removal: { removedAt: string; reason?: string | null; removedBy?: string | null },
  problems: Problems,
): void {
  checkNotBefore(problems, listedAt, removal.removedAt, 'removedAt', `移出日期不能早于列入日期（${listedAt}）`);
  problems.check(Boolean(removal.reason?.trim()), 'REASON_REQUIRED', 'reason', '移出名单必须填写移出原因');
  problems.check(Boolean(removal.removedBy?.trim()), 'REQUIRED', 'removedBy', '作出移出决定的机关不能为空');
}
