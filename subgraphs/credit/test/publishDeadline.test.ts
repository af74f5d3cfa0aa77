import { publishDeadline } from '../src/rules/workingDays';

describe('双公示 deadline', () => {
  test('the 双公示 deadline is the 7th working day after the decision', () => {
    expect(publishDeadline('2024-06-07')).toBe('2024-06-18');
    expect(publishDeadline('2024-12-30')).toBe('2025-01-08');
  });
});
