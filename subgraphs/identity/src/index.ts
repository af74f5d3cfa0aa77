import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { Department } from './entities/Department';
import { Organ } from './entities/Organ';
import { User } from './entities/User';
import { wellKnownRoutes } from './auth/wellKnownRoutes';
import { AuditLogResolver } from './resolvers/AuditLogResolver';
import { DepartmentResolver } from './resolvers/DepartmentResolver';
import { IdentityResolver } from './resolvers/IdentityResolver';
import { LoginResolver } from './resolvers/LoginResolver';
import { MeResolver } from './resolvers/MeResolver';
import { UserResolver } from './resolvers/UserResolver';
import { seedIdentity } from './seed';

export { BUILTIN_ISSUER, builtinIssuer, HUB_AUDIENCE } from './auth/issuer';
export { DEFAULT_SEED_PASSWORD } from './seed';

/**
 * 统一身份与授权: the department registry, users with their role and region (分级授权), the built-in identity
 * provider (login, JWKS), identity resolution for the gateway, and reading the audit log.
 */
export const identitySubgraph: SubgraphDefinition = {
  name: 'identity',
  entities: [BaseRecord, Department, Organ, User],
  resolvers: [LoginResolver, MeResolver, UserResolver, DepartmentResolver, IdentityResolver, AuditLogResolver],
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  routes: (app) => wellKnownRoutes(app),
  seed: seedIdentity,
};

export default identitySubgraph;
