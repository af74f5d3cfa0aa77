import { addWorkingDays, publishDeadline, todayInChina } from '../src/rules/workingDays';

describe('working days', () => {
  test('weekends do not count', () => {
    expect(addWorkingDays('2024-06-07', 1)).toBe('2024-06-10'); // Friday → Monday
    expect(addWorkingDays('2024-06-08', 1)).toBe('2024-06-10'); // Saturday → Monday
    expect(addWorkingDays('2024-06-03', 4)).toBe('2024-06-07'); // within one week
    expect(addWorkingDays('2024-06-03', 0)).toBe('2024-06-03');
  });

  test('the 双公示 deadline is the 7th working day after the decision', () => {
    expect(publishDeadline('2024-06-07')).toBe('2024-06-18');
    expect(publishDeadline('2024-12-30')).toBe('2025-01-08');
  });

  test('today is the date in China, not in UTC', () => {
    expect(todayInChina(new Date('2024-06-07T16:30:00Z'))).toBe('2024-06-08');
    expect(todayInChina(new Date('2024-06-07T15:59:00Z'))).toBe('2024-06-07');
  });
});
