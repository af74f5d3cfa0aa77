import { inspectionAt } from './behaviour';
import type { CityFrame } from './frame';

/** How a generated delivery row is broken, so tests and benchmarks know what governance must say. */
export type Defect = 'badCertNo' | 'badDate' | 'unknownItem' | 'missingResult' | 'unknownInspector';

export interface DeliveryRow {
  /** Field name → cell text, as a department's export would have it. */
  cells: Record<string, string>;
  defect: Defect | null;
}

const DEFECTS: Defect[] = ['badCertNo', 'badDate', 'unknownItem', 'missingResult', 'unknownInspector'];

/**
 * 行政检查 records a department would deliver: new behaviour numbers on top of the seed city's real items,
 * implementation lists, enforcers and subjects (so references resolve), with every `invalidEvery`-th row
 * broken in one known way. Deterministic and streamed: a million rows cost no memory.
 */
export function* inspectionDelivery(frame: CityFrame, deptCode: string, count: number, options: { invalidEvery?: number; prefix?: string } = {}): Generator<DeliveryRow> {
  const templates = inspectionTemplates(frame, deptCode);
  if (!templates.length) throw new Error(`the seed city has no inspections of ${deptCode} at scale ${frame.scale}`);
  const prefix = options.prefix ?? 'IMP';
  for (let n = 0; n < count; n++) {
    const t = templates[n % templates.length];
    const cells: Record<string, string> = {
      itemCode: t.itemCode, actionName: t.actionName, actionCode: `${prefix}${String(n + 1).padStart(9, '0')}`, orgName: t.orgName, orgCode: t.orgCode,
      objectType: t.objectType, partyName: t.subject.name, partyNature: t.partyNature, partyCertType: t.subject.certType, partyCertNo: t.subject.certNo,
      regAddress: t.subject.regAddress ?? '', bizAddress: t.subject.bizAddress ?? '', adCode: t.subject.adCode, reportedAt: t.reportedAt, reportedBy: t.reportedBy,
      planId: t.planId ?? '', implListCode: t.implListCode, checkForm: t.checkForm, checkCategory: t.checkCategory, checkMode: t.checkMode, result: t.result,
      checkDate: t.checkDate, inspectors: t.inspectors.map((i) => i.certNo).join(','),
    };
    const defect = options.invalidEvery && (n + 1) % options.invalidEvery === 0 ? DEFECTS[Math.floor((n + 1) / options.invalidEvery) % DEFECTS.length] : null;
    // `I` is in neither alphabet: no longer a USCC nor a citizen ID, whatever the check character says.
    if (defect === 'badCertNo') {
      cells.partyCertNo = `${cells.partyCertNo.slice(0, 10)}I${cells.partyCertNo.slice(11)}`;
      // Only a USCC (001) or a citizen ID (111) has a checksum to break; other documents claim to be a USCC.
      if (cells.partyCertType !== '111') cells.partyCertType = '001';
    }
    if (defect === 'badDate') cells.checkDate = '2024-02-30';
    if (defect === 'unknownItem') cells.itemCode = `${cells.itemCode.slice(0, 6)}99${cells.itemCode.slice(8)}`;
    if (defect === 'missingResult') cells.result = '';
    if (defect === 'unknownInspector') cells.inspectors = `${cells.inspectors.split(',')[0]},9999999999`;
    yield { cells, defect };
  }
}

const templatesOf = new WeakMap<CityFrame, Map<string, ReturnType<typeof inspectionAt>[]>>();

function inspectionTemplates(frame: CityFrame, deptCode: string) {
  let byDept = templatesOf.get(frame);
  if (!byDept) templatesOf.set(frame, (byDept = new Map()));
  let list = byDept.get(deptCode);
  if (!list) {
    const departmentIndex = frame.departments.findIndex((d) => d.code === deptCode);
    list = [];
    for (let j = 0; j < frame.inspectionCount && list.length < 200; j++) {
      const inspection = inspectionAt(frame, j);
      if (inspection.departmentIndex === departmentIndex) list.push(inspection);
    }
    byDept.set(deptCode, list);
  }
  return list;
}
