import { Pool } from 'pg';
import { logger } from '@hub/runtime';
import { reportOnce, startProvinceSimulator } from '@hub/exchange';

export interface UpwardReporting {
  /** Where batches go: HUB_REPORT_URL, or the built-in provincial simulator. */
  url: string;
  stop(): Promise<void>;
}

/**
 * 向上报送 inside `npm start`: every HUB_REPORT_INTERVAL seconds (default 60) the outbox is reported to
 * HUB_REPORT_URL, or — the laptop default — to a simulator of the provincial endpoint on loopback.
 */
export async function startUpwardReporting(databaseUrl: string): Promise<UpwardReporting> {
  const simulator = process.env.HUB_REPORT_URL ? undefined : await startProvinceSimulator({ port: Number(process.env.HUB_PROVINCE_SIMULATOR_PORT ?? 0) });
  const url = process.env.HUB_REPORT_URL ?? simulator!.url;
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const log = logger.child({ component: 'upward-reporting' });
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = reportOnce(pool, url)
      .then(({ exported, pushed }) => {
        if (exported.length || pushed.length) log.info({ exported, pushed }, 'upward report round');
      })
      .catch((error) => log.warn({ err: error }, 'upward report round failed; retried next round'));
  }, Number(process.env.HUB_REPORT_INTERVAL ?? 60) * 1000);
  timer.unref();
  log.info({ url, simulator: !!simulator }, 'upward reporting on');
  return {
    url,
    async stop() {
      clearInterval(timer);
      await running;
      await pool.end();
      await simulator?.stop();
    },
  };
}
