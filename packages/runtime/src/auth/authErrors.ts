import { HubError } from '../errors';

/** 401: no identity, or one that does not verify. */
export const unauthenticated = (message = '身份验证失败，请重新登录') =>
  new HubError('UNAUTHENTICATED', message, undefined, { http: { status: 401 } });

/** 403-like: the identity is known but the action is outside its role or scope. */
export const forbidden = (message = '无权执行该操作') => new HubError('FORBIDDEN', message);
