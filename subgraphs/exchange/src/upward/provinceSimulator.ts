import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from './envelope';

export interface ProvinceSimulator {
  url: string;
  /** Batches received, by cd_batch (a re-sent batch is acknowledged again, not counted twice). */
  batches: Map<string, Envelope>;
  /** Requests answered with an error so far (the first `failFirst`). */
  failures: number;
  stop(): Promise<void>;
}

const REQUIRED = ['cd_id', 'cd_time', 'cd_source', 'cd_batch', 'cd_operation', 'record_unique_identity'];

/**
 * A stand-in for the provincial "互联网+监管" receiving endpoint: checks the envelope of every record, and
 * acknowledges by cd_batch. `failFirst` answers the first requests with 503, as a provincial system does
 * during maintenance. Used by tests and by `npm start`.
 */
export async function startProvinceSimulator({ port = 0, failFirst = 0 }: { port?: number; failFirst?: number } = {}): Promise<ProvinceSimulator> {
  const batches = new Map<string, Envelope>();
  const state = { failures: 0 };
  const server = http.createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/report') return reply(404, { message: 'not found' });
    if (state.failures < failFirst) {
      state.failures++;
      return reply(503, { message: '省级平台维护中' });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let envelope: Envelope;
    try {
      envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, { message: '报文不是合法的 JSON' });
    }
    if (!/^\d{13}$/.test(envelope.cd_batch ?? '')) return reply(400, { message: 'cd_batch 应为 8 位日期 + 5 位序号' });
    if (!Array.isArray(envelope.records) || envelope.records.length !== envelope.record_count) return reply(400, { message: 'record_count 与记录数不符' });
    const bad = envelope.records.findIndex((r) => REQUIRED.some((f) => !r[f]) || r.cd_batch !== envelope.cd_batch || !['i', 'u', 'd'].includes(String(r.cd_operation)));
    if (bad >= 0) return reply(400, { message: `第 ${bad + 1} 条记录的信封字段不全或不一致` });
    batches.set(envelope.cd_batch, envelope);
    reply(200, { ack: envelope.cd_batch, accepted: envelope.record_count });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/report`,
    batches,
    get failures() {
      return state.failures;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
