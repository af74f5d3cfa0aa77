import { CityInspection, inspectionAt } from '@hub/city';
import { frame } from './exchangeTestHub';

export { quote } from './deliveries';

/** A certificate number with its check character changed: no longer valid. */
export const breakCheck = (code: string) => code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');

/** SCJG's seeded inspections of companies (USCC parties): what penalties, coercions and other actions follow. */
export function companyInspections(count: number): CityInspection[] {
  const found: CityInspection[] = [];
  for (let i = 0; i < frame.inspectionCount && found.length < count; i++) {
    const inspection = inspectionAt(frame, i);
    if (inspection.departmentIndex === 0 && inspection.subject.certType === '001') found.push(inspection);
  }
  return found;
}
