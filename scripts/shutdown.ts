import { logger } from '@hub/runtime';

/**
 * Stops in order on SIGINT/SIGTERM (Ctrl+C, a process manager), once; a stop that hangs does not keep
 * the terminal: the process exits after `deadlineMs` anyway.
 */
export function stopOnSignals(stop: () => Promise<void>, deadlineMs = 20_000): void {
  let stopping = false;
  const onSignal = async () => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping');
    setTimeout(() => process.exit(1), deadlineMs).unref();
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
