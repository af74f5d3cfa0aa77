import { loadDivisions, loadIndustries } from '@hub/codes';
import { CITY_CODE, Department, DEPARTMENTS } from './departments';
import { DepartmentLaws, loadDepartmentLaws } from './laws';

/** Sizes at scale 1 (the default `npm start` city); other scales multiply the per-subject volumes. */
export const BASE_SIZES = { subjects: 10_000, enforcers: 500, items: 300, inspections: 50_000, complaints: 20_000 };

/** Seeded data is dated as if generated on this day, so it never changes with the calendar. */
export const CITY_TODAY = '2026-11-01';

export interface CityFrame {
  seed: string;
  scale: number;
  today: string;
  counties: { code: string; name: string }[];
  departments: Department[];
  laws: DepartmentLaws[];
  subjectCount: number;
  enforcerCount: number;
  itemCount: number;
  inspectionCount: number;
  complaintCount: number;
  industryLeavesOf(divisionCodes: string[]): string[];
}

export function createFrame({ scale = 1, seed = 'hangzhou', dataDir }: { scale?: number; seed?: string; dataDir?: string }): CityFrame {
  if (!(scale > 0)) throw new Error(`scale must be positive, got ${scale}`);
  const divisions = loadDivisions(dataDir ?? null);
  const industries = loadIndustries(dataDir ?? null);
  const counties = divisions.children(CITY_CODE).map((code) => ({ code, name: divisions.name(code)! }));
  if (!counties.length) throw new Error(`division table has no counties under ${CITY_CODE}`);
  const leaves = industries.leaves();
  const sections = industries.sections();
  const leafCache = new Map<string, string[]>();
  return {
    seed,
    scale,
    today: CITY_TODAY,
    counties,
    departments: DEPARTMENTS,
    laws: loadDepartmentLaws(dataDir),
    subjectCount: Math.max(20, Math.round(BASE_SIZES.subjects * scale)),
    enforcerCount: Math.max(100, Math.round(BASE_SIZES.enforcers * scale)),
    itemCount: Math.max(DEPARTMENTS.length * 3, Math.round(BASE_SIZES.items * Math.min(scale, 1))),
    inspectionCount: Math.max(40, Math.round(BASE_SIZES.inspections * scale)),
    complaintCount: Math.max(20, Math.round(BASE_SIZES.complaints * scale)),
    industryLeavesOf(divisionCodes) {
      const key = divisionCodes.join(',');
      let found = leafCache.get(key);
      if (!found) {
        found = leaves.filter((code) => divisionCodes.some((d) => code.startsWith(d)));
        // Without the GB/T 4754 file only the 20 门类 are known: subjects get a section letter.
        if (!found.length) found = sections;
        leafCache.set(key, found);
      }
      return found;
    },
  };
}
