import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from './authErrors';
import type { Role } from './roles';
import type { HubUser } from './user';

/**
 * type-graphql's `@Authorized(...roles)`: the listed roles may call the field (`system` always may);
 * `@Authorized()` with no roles means any signed-in person (not the public).
 */
export const hubAuthChecker: AuthChecker<{ user: HubUser }, Role> = ({ context }, roles) => {
  const { user } = context;
  if (!user) throw unauthenticated();
  if (user.role === 'system') return true;
  if (roles.length === 0) {
    if (user.role === 'public') throw unauthenticated('请先登录');
    return true;
  }
  if (roles.includes(user.role)) return true;
  if (user.role === 'public') throw unauthenticated('请先登录');
  throw forbidden();
};
