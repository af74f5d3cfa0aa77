import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Orm } from '../database/orm';
import { appendAudit } from '../auth/auditLog';
import { currentRequest } from '../auth/requestContext';
import type { Logger } from '../logger';

/**
 * Names a request's mutation fields for the audit entries of what they change, and writes the request's
 * reads of personal data before its response leaves: if they cannot be written, the response is an error
 * instead of unaudited personal data.
 */
export function auditPlugin(orm: Orm, log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation }) {
          const scope = currentRequest();
          if (scope && operation.operation === 'mutation') {
            scope.mutationFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          }
        },
        async willSendResponse({ response }) {
          const scope = currentRequest();
          if (!scope?.pendingReads.length) return;
          try {
            await appendAudit(orm.em.getConnection(), scope.pendingReads);
            scope.pendingReads = [];
          } catch (error) {
            log.error({ err: error, requestId: scope.requestId }, 'audit log write failed');
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: '审计日志暂时无法写入，未返回个人信息', extensions: { code: 'AUDIT_UNAVAILABLE' } }] };
            }
          }
        },
      };
    },
  };
}
