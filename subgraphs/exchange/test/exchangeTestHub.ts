import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { createFrame } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '@hub/catalog';
import subjects from '@hub/subjects';
import enforcement from '@hub/enforcement';
import identity from '@hub/identity';
import exchange from '../src';

export const SCALE = 0.01;
export const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });

export interface ExchangeTestHub {
  hub: TestHub;
  pool: Pool;
  /** A scratch folder for the test's files. */
  dir: string;
  stop(): Promise<void>;
}

/** The libraries an import touches (references, links, storage, bookkeeping), seeded, plus a pg pool. */
export async function startExchangeTestHub(): Promise<ExchangeTestHub> {
  const hub = await startTestSubgraphs([catalog, subjects, enforcement, identity, exchange], { seedScale: SCALE });
  const pool = new Pool({ connectionString: hub.databaseUrl, max: 3 });
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-exchange-'));
  return {
    hub,
    pool,
    dir,
    async stop() {
      await pool.end();
      await hub.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
