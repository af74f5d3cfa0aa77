import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CityFrame, inspectionDelivery, Defect } from '@hub/city';
import { inspectionSpec } from '@hub/enforcement';

/** A CSV cell as Excel writes it. */
export const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Writes a department's inspection delivery as CSV with the national headers; returns each row's defect. */
export async function writeInspectionCsv(file: string, frame: CityFrame, deptCode: string, count: number, options: { invalidEvery?: number; prefix?: string } = {}): Promise<(Defect | null)[]> {
  const out = createWriteStream(file);
  const fields = inspectionSpec.fields;
  out.write(`\ufeff${fields.map((f) => quote(f.header)).join(',')}\n`);
  const defects: (Defect | null)[] = [];
  for (const row of inspectionDelivery(frame, deptCode, count, options)) {
    defects.push(row.defect);
    if (!out.write(`${fields.map((f) => quote(row.cells[f.name] ?? '')).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return defects;
}
