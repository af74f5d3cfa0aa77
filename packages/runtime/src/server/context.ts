import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Orm } from '../database/orm';
import { LoaderHost } from '../federation/loaders';

/** What every resolver of every subgraph gets: its own unit of work and its own loaders. */
export interface SubgraphContext extends LoaderHost {
  em: EntityManager;
  requestId: string;
}

export function createContext(orm: Orm, requestId: string = randomUUID()): SubgraphContext {
  return { em: orm.em.fork() as EntityManager, loaders: new Map<string, DataLoader<unknown, unknown>>(), requestId };
}
