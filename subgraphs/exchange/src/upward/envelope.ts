/**
 * The national upward envelope (domain.md §3.1): every record carries cd_id (its id), cd_time (when it
 * entered the outbox), cd_source (province division code + department code), cd_batch (date + 5-digit
 * sequence) and cd_operation (i/u/d); `record_unique_identity` names it across systems.
 */
export interface OutboxEntry {
  id: string;
  record_type: string;
  record_id: string;
  operation: string;
  dept_code: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
}

export interface Envelope {
  cd_batch: string;
  record_count: number;
  records: Record<string, unknown>[];
}

/** 浙江省 330000 unless the deployment says otherwise (HUB_PROVINCE_CODE). */
export const provinceCode = (): string => process.env.HUB_PROVINCE_CODE ?? '330000';

export function toEnvelope(cdBatch: string, entries: OutboxEntry[]): Envelope {
  return {
    cd_batch: cdBatch,
    record_count: entries.length,
    records: entries.map((e) => ({
      record_type: e.record_type,
      ...e.payload,
      record_unique_identity: `${provinceCode()}${e.dept_code}:${e.record_type}:${e.record_id}`,
      cd_id: e.record_id,
      cd_time: new Date(e.created_at).toISOString(),
      cd_source: `${provinceCode()}${e.dept_code}`,
      cd_batch: cdBatch,
      cd_operation: e.operation,
    })),
  };
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The same envelope as XML, for receivers that take XML: one <record> per record, one element per field. */
export function envelopeXml(envelope: Envelope): string {
  const field = (name: string, value: unknown) => {
    if (value === null || value === undefined) return `<${name}/>`;
    const text = Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return `<${name}>${escapeXml(text)}</${name}>`;
  };
  const records = envelope.records.map((r) => `<record>${Object.entries(r).map(([k, v]) => field(k.replace(/[^A-Za-z0-9_]/g, '_'), v)).join('')}</record>`);
  return `<?xml version="1.0" encoding="UTF-8"?><batch cd_batch="${envelope.cd_batch}" record_count="${envelope.record_count}">${records.join('')}</batch>`;
}
