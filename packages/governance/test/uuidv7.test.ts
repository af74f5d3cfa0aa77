import { uuidv7 } from '../src';

test('uuidv7: RFC 9562 layout, the time in the first 48 bits, ids of later milliseconds sort after earlier ones', () => {
  const at = Date.UTC(2026, 10, 23, 12, 0, 0, 123);
  const id = uuidv7(at);
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  const ids = Array.from({ length: 1000 }, (_, i) => uuidv7(at + i));
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(Array.from({ length: 10_000 }, () => uuidv7(at))).size).toBe(10_000);
});
