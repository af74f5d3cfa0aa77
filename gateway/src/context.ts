import type { HubUser, Logger } from '@hub/runtime';

/** What the gateway keeps per GraphQL request; data sources read it to forward the request id and the user. */
export interface GatewayContext {
  requestId: string;
  log: Logger;
  /** Who is asking, as verified by the authentication step (the public user when anonymous). */
  user: HubUser;
  /** The signed `x-hub-user` header for this request: signed on first use, then shared by every subgraph call. */
  signedUser(): Promise<string>;
}
