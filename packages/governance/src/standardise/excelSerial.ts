/**
 * Excel serial dates (1900 system). Excel counts 1900 as a leap year (a Lotus 1-2-3 bug it kept), so
 * serial 60 is the non-existent 1900-02-29 and serials from 61 on are one day ahead of a true count.
 */
import { civilFromDays, daysFromCivil, formatDate } from './civil';

/** Days since 1970-01-01 of 1899-12-30, the true day zero for serials ≥ 61. */
const EPOCH_FROM_61 = daysFromCivil(1899, 12, 30);
/** Serials 1–59 count from 1899-12-31 (serial 1 = 1900-01-01). */
const EPOCH_BEFORE_60 = daysFromCivil(1899, 12, 31);

/** Days since 1970-01-01 of the serial's date, or null for 60 (1900-02-29) and serials below 1. */
export function excelSerialToDays(serial: number): number | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60) return null;
  return (whole < 60 ? EPOCH_BEFORE_60 : EPOCH_FROM_61) + whole;
}

const scratch = [0, 0, 0];

/** `45293` → `2024-01-02`; null for serial 60 (the 1900-02-29 that never was) and non-positive serials. */
export function excelSerialToIsoDate(serial: number): string | null {
  const days = excelSerialToDays(serial);
  if (days === null) return null;
  civilFromDays(days, scratch);
  return formatDate(scratch[0], scratch[1], scratch[2]);
}

/**
 * Serials accepted in a date column: 20000 (1954-10-03) to 80000 (2119-01-11). Outside this range a
 * number is more likely a mistake (an amount, a count) than a date.
 */
export const EXCEL_SERIAL_MIN = 20000;
export const EXCEL_SERIAL_MAX = 80000;
