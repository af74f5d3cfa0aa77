import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Orm } from '../database/orm';
import { LoaderHost } from '../federation/loaders';
import { SYSTEM_USER, HubUser } from '../auth/user';

/** What every resolver of every subgraph gets: its own unit of work, its own loaders, and who is asking. */
export interface SubgraphContext extends LoaderHost {
  em: EntityManager;
  requestId: string;
  /** Verified from the gateway's signed header; the system user for work outside a request (seeds). */
  user: HubUser;
}

export function createContext(orm: Orm, requestId: string = randomUUID(), user: HubUser = SYSTEM_USER): SubgraphContext {
  return { em: orm.em.fork() as EntityManager, loaders: new Map<string, DataLoader<unknown, unknown>>(), requestId, user };
}
