import type { Logger } from '@hub/runtime';

/** What the gateway keeps per GraphQL request; data sources read it to forward the request id. */
export interface GatewayContext {
  requestId: string;
  log: Logger;
}
