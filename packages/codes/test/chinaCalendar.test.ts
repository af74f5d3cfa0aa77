import { addDays, addWorkingDays, chinaDate, chinaDayStart, daysBetween } from '../src';

describe('China calendar', () => {
  test('weekends do not count as working days', () => {
    expect(addWorkingDays('2024-06-07', 1)).toBe('2024-06-10'); // Friday → Monday
    expect(addWorkingDays('2024-06-08', 1)).toBe('2024-06-10'); // Saturday → Monday
    expect(addWorkingDays('2024-06-03', 4)).toBe('2024-06-07'); // within one week
    expect(addWorkingDays('2024-06-03', 0)).toBe('2024-06-03');
  });

  test('the date of an instant is the date in China, not in UTC', () => {
    expect(chinaDate(new Date('2024-06-07T16:30:00Z'))).toBe('2024-06-08');
    expect(chinaDate(new Date('2024-06-07T15:59:00Z'))).toBe('2024-06-07');
    expect(chinaDayStart('2024-06-08').toISOString()).toBe('2024-06-07T16:00:00.000Z');
  });

  test('calendar arithmetic crosses months and years', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
  });
});
