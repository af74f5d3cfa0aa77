import { Problems } from '@hub/runtime';

/** `later` must not precede `earlier` (ISO dates compare as strings); a missing date is not checked here. */
export function checkNotBefore(problems: Problems, earlier: string | null | undefined, later: string | null | undefined, field: string, message: string): void {
  if (earlier && later) problems.check(later >= earlier, 'DATE_ORDER', field, message);
}
